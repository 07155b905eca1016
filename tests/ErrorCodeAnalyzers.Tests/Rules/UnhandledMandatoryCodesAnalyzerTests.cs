using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Rules;

public class UnhandledMandatoryCodesAnalyzerTests
{
    private const string Id = "ECA0003";

    private static string Config(params string[] lines) => "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n";

    private static Task VerifyAsync(string markup, string? editorConfig = null, params ExpectedDiagnostic[] expected) =>
        Verify.AnalyzerAsync<UnhandledMandatoryCodesAnalyzer>(markup, editorConfig, expected);

    /// <summary>ECA0003 together with the configuration rule, for the tests of malformed options.</summary>
    private static Task VerifyWithConfigurationAsync(string markup, string editorConfig, params ExpectedDiagnostic[] expected)
    {
        var test = new AnalyzerTest { EditorConfig = editorConfig, DefaultDiagnosticId = Id };
        test.Analyzers.Add(new UnhandledMandatoryCodesAnalyzer());
        test.Analyzers.Add(new ConfigurationAnalyzer());
        test.Sources.Add(("Test0.cs", markup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static ExpectedDiagnostic Configuration(string fragment) => ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining(fragment);

    [Fact]
    public async Task HandlersMissingTheSameCodesShareOneMessageAndOnePropertySet()
    {
        const string source = """
            class C
            {
                string M(int errorCode)
                {
                    switch (errorCode) { case 6014: return "not logged in"; case 6206: return "log in again"; default: return "failed"; }
                }

                string N(int resultCode) => resultCode switch { 6014 => "not logged in", 6206 => "log in again", _ => "failed" };
            }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Shared", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)], TestReferences.Framework);
        var diagnostics = await Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerExtensions.WithAnalyzers(compilation, [new UnhandledMandatoryCodesAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(diagnostics[0].GetMessage(), diagnostics[1].GetMessage());
        Assert.Contains("6208 LoggedInOnAnotherDevice", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Same(diagnostics[0].Properties, diagnostics[1].Properties); // built once, not once per handler
        Assert.Equal("6208", diagnostics[0].Properties[UnhandledMandatoryCodesAnalyzer.MissingCodesProperty]);
    }

    // ------------------------------------------------------------------ Tencent Cloud IM

    [Fact]
    public Task TencentSwitchStatementWithLiterals() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6014: return ""not logged in"";
            case 6206: return ""log in again"";
            default: return ""failed"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithSpan(6, 9, 6, 15).WithMessage(
        "This handler of Tencent Cloud IM error codes does not handle: 6208 LoggedInOnAnotherDevice " +
        "(The same account logged in on another device: this device is forcibly logged out and must log in again)"));

    [Fact]
    public Task TencentSwitchExpressionWithConstants() => VerifyAsync(@"
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        TencentIm.Sdk.Account.NotLoggedIn => ""not logged in"",
        TencentIm.Sdk.Account.LoggedInOnAnotherDevice => ""kicked"",
        _ => ""failed"",
    };
}");

    [Fact]
    public Task TencentIfChainWithLiterals() => VerifyAsync(@"
class Response { public int ErrorCode { get; set; } }

class C
{
    void M(Response response)
    {
        if (response.ErrorCode == 6014)
        {
        }
        else if (response.ErrorCode == 6026)
        {
        }
        else
        {
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 8, 9).WithMessageContaining("6206 UserSigExpired (UserSig expired: get a new valid UserSig and log in again); 6208 LoggedInOnAnotherDevice"));

    [Fact]
    public Task TencentIfChainWithConstantsAndNegativeCodes() => VerifyAsync(@"
using ProviderErrorCodes;

class C
{
    void M(int code)
    {
        if (code == TencentIm.Server.SsoAccessLayer.D2TicketExpired)
        {
        }
        else if (code == TencentIm.Server.SsoAccessLayer.D2KeyEmpty)
        {
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 8, 9).WithMessageContaining("does not handle: -10003 A2TicketExpired (A2 expired"));

    [Fact]
    public Task TencentStringCodes() => VerifyAsync(@"
class C
{
    string M(string errorCode) => errorCode switch
    {
        ""9501"" => ""encryption"",
        ""9508"" => ""offline"",
        _ => ""other"",
    };
}", expected: ExpectedDiagnostic.At(Id, 4, 45).WithMessageContaining("9506 CallFrequencyLimited (Call frequency limit: at most 5 requests per second can be made)"));

    // ------------------------------------------------------------------ Immutable X Link

    [Fact]
    public Task LinkSwitchStatementWithConstants() => VerifyAsync(@"
using ProviderErrorCodes;

class C
{
    string M(int code)
    {
        switch (code)
        {
            case ImmutableLink.Deposits.InvalidErc20Token: return ""token"";
            case ImmutableLink.Sell.AssetAlreadyListed: return ""listed"";
            default: return ""failed"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 8, 9).WithMessage(
        "This handler of Immutable X Link error codes does not handle: 2002 InsufficientFunds (Insufficient funds: the user must add funds to L1 wallet); " +
        "6004 PriceBelowMinimum (Price should be at least ${minPrice}: retry operation with different price)"));

    [Fact]
    public Task LinkSwitchExpressionWithLiterals() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        11001 => ""failed"",
        11006 => ""format"",
        _ => ""other"",
    };
}", expected: ExpectedDiagnostic.At(Id, 4, 42).WithMessageContaining("11005 InvalidCurrencyAmount (Invalid currency amount: retry operation with different amount)"));

    [Fact]
    public Task LinkIfChainWithIsPatterns() => VerifyAsync(@"
class C
{
    void M(int errorCode)
    {
        if (errorCode is 1000 or 1002)
        {
        }
        else if (errorCode is 1003)
        {
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 1004 ThirdPartyCookiesBlocked"));

    // ------------------------------------------------------------------ Coinone

    [Fact]
    public Task CoinoneSwitchStatementWithStringLiterals() => VerifyAsync(@"
class C
{
    string M(string errorCode)
    {
        switch (errorCode)
        {
            case ""4"": return ""blocked"";
            case ""12"": return ""token"";
            case ""50"": return ""kyc"";
            case ""52"": return ""real name"";
            case ""53"": return ""monitoring"";
            case ""3005"": return ""phone"";
            case ""3006"": return ""72 hours"";
            case ""3010"": return ""locked"";
            default: return ""other"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessage(
        "This handler of Coinone Open API error codes does not handle: 131 NonceNotBiggerThanLastNonce " +
        "(V2 API Nonce is must be bigger then last nonce: send a nonce bigger than the previous one (이전 Nonce 값보다 커야 합니다))"));

    [Fact]
    public Task CoinoneSwitchExpressionWithConstants() => VerifyAsync(@"
class C
{
    bool M(int errorCode) => errorCode switch
    {
        ProviderErrorCodes.Coinone.General.BlockedUserAccess => false,
        _ => true,
    };
}", expected: ExpectedDiagnostic.At(Id, 4, 40).WithMessageContaining("12 InvalidAccessToken"));

    [Fact]
    public Task CoinoneIfChain() => VerifyAsync(@"
class C
{
    void M(long errorCode)
    {
        if (errorCode == 4 || errorCode == 10)
        {
        }
        else if (errorCode == 12 || errorCode == 50 || errorCode == 52 || errorCode == 53)
        {
        }
        else if (errorCode == 131 || errorCode == 3005 || errorCode == 3006)
        {
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 3010 AccountLocked"));

    // ------------------------------------------------------------------ OKX Web3

    [Fact]
    public Task OkxSwitchStatementAcrossTwoSections() => VerifyAsync(@"
class C
{
    string M(int code)
    {
        switch (code)
        {
            case 50000: return ""empty body"";
            case 50011: return ""slow down"";
            case 50111: return ""key"";
            default: return ""other"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 50047 RegionNotSupported (According to regulations, the X Layer API service is not available in your country or region: tell the user the service is unavailable there; retrying cannot help); 50102 TimestampExpired (Timestamp request expired (HTTP 401): re-sign the request with a current OK_ACCESS_TIMESTAMP; resending it unchanged cannot succeed); 50113 InvalidSignature"));

    [Fact]
    public Task OkxSwitchExpressionOverJson() => VerifyAsync(@"
using System.Text.Json;

class C
{
    string M(JsonElement body) => body.GetProperty(""code"").GetString() switch
    {
        ""50100"" => ""frozen"",
        ""50111"" => ""key"",
        _ => ""other"",
    };
}", expected: ExpectedDiagnostic.At(Id, 6, 72).WithMessageContaining("does not handle: 50102 TimestampExpired"));

    [Fact]
    public Task OkxIfChainWithEqualsCalls() => VerifyAsync(@"
class C
{
    void M(string code)
    {
        if (code.Equals(""51000""))
        {
        }
        else if (string.Equals(code, ""50006""))
        {
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 50011 RequestsTooFrequent"));

    // ------------------------------------------------------------------ what counts as handled

    [Fact]
    public Task DefaultDoesNotCountInAnyHandlerKind() => VerifyAsync(@"
class C
{
    string S(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case 2000:
            case 2001:
                return ""wallet"";
            default:
                return ""other"";
        }
    }

    string E(int errorCode) => errorCode [|switch|] { 2000 => ""a"", 2003 => ""b"", _ => ""c"" };

    string P(int errorCode) => errorCode [|switch|] { 2000 => ""a"", 2003 => ""b"", var other => other.ToString() };

    void I(int errorCode)
    {
        [|if|] (errorCode == 2000) { }
        else if (errorCode == 2003) { }
        else { }
    }
}");

    [Fact]
    public Task RangePatternCoversTheCode() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        9508 => ""offline"",
        >= 9501 and <= 9525 => ""network"",
        _ => ""other"",
    };
}");

    [Fact]
    public Task RangePatternThatStopsShortDoesNotCover() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 9508: return ""offline"";
            case 9510: return ""timeout"";
            case >= 9501 and < 9506: return ""encryption"";
            case > 9506: return ""network"";
            default: return ""other"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 9506 CallFrequencyLimited"));

    [Fact]
    public Task RelationalPatternCoversTheCode() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 9501: return ""encryption"";
            case 9508: return ""offline"";
            case > 9505: return ""network"";
            default: return ""other"";
        }
    }
}");

    [Fact]
    public Task UserConstantsAndOrPatternsHandleCodes() => VerifyAsync(@"
class C
{
    const int Kicked = 6208;

    string M(int errorCode) => errorCode switch
    {
        6014 or 6206 => ""log in"",
        Kicked => ""kicked"",
        _ => ""other"",
    };
}");

    [Fact]
    public Task EveryMandatoryCodeHandledIsSilent() => VerifyAsync(@"
using ProviderErrorCodes;

class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case ImmutableLink.General.SdkClientInstantiationFailed: return ""sdk"";
            case ImmutableLink.General.LinkClosedByUser: return ""closed"";
            case ImmutableLink.General.ThirdPartyCookiesBlocked: return ""cookies"";
            default: return ""other"";
        }
    }
}");

    [Fact]
    public Task ObsoleteCodesAreNeverDemanded() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        1000 => ""sdk"",
        1003 => ""closed"",
        1004 => ""cookies"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.immutable-link.mandatory = 1003, 1004, 1005"));

    [Fact]
    public Task OneCodeIsNoHandler() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6014: return ""not logged in"";
            default: return ""other"";
        }
    }
}");

    [Fact]
    public Task OnePackageConstantIsAHandler() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case ProviderErrorCodes.TencentIm.Sdk.Account.NotLoggedIn: return ""not logged in"";
            default: return ""other"";
        }
    }
}");

    [Fact]
    public Task SuccessCodesDoNotCount() => VerifyAsync(@"
class C
{
    string M(int code)
    {
        switch (code)
        {
            case 0: return ""ok"";
            case 6014: return ""not logged in"";
            default: return ""other"";
        }
    }

    string N(int code)
    {
        switch (code)
        {
            case ProviderErrorCodes.TencentIm.Sdk.General.NoError: return ""ok"";
            default: return ""other"";
        }
    }
}", Config("error_code_analyzers.mandatory_scope = provider"));

    [Fact]
    public Task NestedHandlersAreJudgedSeparately() => VerifyAsync(@"
class C
{
    string M(int errorCode, int innerCode)
    {
        [|switch|] (errorCode)
        {
            case 6014:
            case 6026:
                return innerCode [|switch|] { 2000 => ""a"", 2001 => ""b"", _ => ""c"" };
            default:
                return ""other"";
        }
    }
}");

    // ------------------------------------------------------------------ sections and scopes

    [Fact]
    public Task SectionScopeDemandsTheSectionsTheHandlerTouches() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6014: return ""account"";
            case 9508: return ""network"";
            case 8501: return ""group"";
            default: return ""other"";
        }
    }
}", expected: ExpectedDiagnostic.At(Id, 6, 9).WithMessage(
        "This handler of Tencent Cloud IM error codes does not handle: 6206 UserSigExpired (UserSig expired: get a new valid UserSig and log in again); " +
        "6208 LoggedInOnAnotherDevice (The same account logged in on another device: this device is forcibly logged out and must log in again); " +
        "9506 CallFrequencyLimited (Call frequency limit: at most 5 requests per second can be made)"));

    [Fact]
    public Task SectionWithoutMandatoryCodesIsSilent() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        8501 => ""id"",
        8502 => ""name"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.mandatory_scope = section"));

    [Fact]
    public Task ProviderScopeDemandsEveryMandatoryCode() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        8501 => ""id"",
        8502 => ""name"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.mandatory_scope = provider"), ExpectedDiagnostic.At(Id, 4, 42).WithMessage(
        "This handler of Tencent Cloud IM error codes does not handle: " +
        "6206 UserSigExpired (UserSig expired: get a new valid UserSig and log in again); " +
        "6208 LoggedInOnAnotherDevice (The same account logged in on another device: this device is forcibly logged out and must log in again); " +
        "9506 CallFrequencyLimited (Call frequency limit: at most 5 requests per second can be made); " +
        "-10001 D2TicketExpired (D2 expired: call the TIMManager.getInstance().login login interface again to generate a new D2); " +
        "-10003 A2TicketExpired (A2 expired: call the TIMManager.getInstance().login login interface again to generate a new A2); " +
        "60007 RestApiFrequencyLimitExceeded (REST interface call frequency limit exceeded: reduce the request frequency); " +
        "70001 UserSigExpired (UserSig expired: generate the UserSig again); " +
        "70114 LoginRestrictedForSecurity (Login restricted for security reasons: reduce the login frequency)"));

    [Fact]
    public Task CodesTheSubjectCannotHoldAreNotDemanded() => VerifyAsync(@"
class C
{
    string M(ushort errorCode) => errorCode switch
    {
        6014 => ""not logged in"",
        6026 => ""never logged in"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.mandatory_scope = provider"), ExpectedDiagnostic.At(Id, 4, 45).WithMessage(
        "This handler of Tencent Cloud IM error codes does not handle: " +
        "6206 UserSigExpired (UserSig expired: get a new valid UserSig and log in again); " +
        "6208 LoggedInOnAnotherDevice (The same account logged in on another device: this device is forcibly logged out and must log in again); " +
        "9506 CallFrequencyLimited (Call frequency limit: at most 5 requests per second can be made); " +
        "60007 RestApiFrequencyLimitExceeded (REST interface call frequency limit exceeded: reduce the request frequency)"));

    [Fact]
    public Task ScopeIsReadPerFolder()
    {
        var test = new AnalyzerTest
        {
            EditorConfig = Config("error_code_analyzers.mandatory_scope = section", "", "[Strict/*.cs]", "error_code_analyzers.mandatory_scope = provider"),
        };
        test.Analyzers.Add(new UnhandledMandatoryCodesAnalyzer());
        const string Source = @"
class {0}
{{
    string M(int errorCode) => errorCode {1} {{ 8501 => ""id"", 8502 => ""name"", _ => ""other"" }};
}}";
        test.Sources.Add(("Test0.cs", string.Format(Source, "Lenient", "switch")));
        test.Sources.Add(("Strict/Test1.cs", string.Format(Source, "Strict", "[|switch|]")));
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ options

    [Fact]
    public Task MandatoryOptionReplacesTheCatalogSet() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6206: return ""sig"";
            case 6208: return ""kicked"";
            default: return ""other"";
        }
    }
}", Config("error_code_analyzers.tencent-im.mandatory = 6014, 6026, 9508, -10004"),
        ExpectedDiagnostic.At(Id, 6, 9).WithMessage(
            "This handler of Tencent Cloud IM error codes does not handle: 6014 NotLoggedIn (Not logged in to the IM SDK. Log in first and retry after the " +
            "success callback, or, if you were forcibly logged out, use TIMManager getLoginUser to check wheth…); " +
            "6026 AutoLoginUserNeverLoggedIn (During automatic login, if the user has never logged in before, call the login interface to log in again)"));

    [Fact]
    public Task MandatoryOptionWithNegativeCodesInProviderScope() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6206: return ""sig"";
            case 6208: return ""kicked"";
            default: return ""other"";
        }
    }
}", Config("error_code_analyzers.mandatory_scope = provider", "error_code_analyzers.tencent-im.mandatory = 6206, 6208, -10004"),
        ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: -10004 A2VerificationFailedOrContentFiltered"));

    [Fact]
    public Task NotMandatoryOptionDropsCodes() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        50000 => ""empty body"",
        50001 => ""unavailable"",
        50047 => ""region"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.okx-web3.not_mandatory = 50011"));

    [Fact]
    public Task NotMandatoryOptionOfAnotherProviderChangesNothing() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        50000 => ""empty body"",
        50006 => ""content type"",
        50047 => ""region"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.tencent-im.not_mandatory = 9506"));

    [Fact]
    public Task NotMandatoryWinsOverMandatory() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 2000: return ""wallet"";
            case 2001: return ""token"";
            default: return ""other"";
        }
    }
}", Config("error_code_analyzers.immutable-link.mandatory = 2002, 2003", "error_code_analyzers.immutable-link.not_mandatory = 2002"),
        ExpectedDiagnostic.At(Id, 6, 9).WithMessageContaining("does not handle: 2003 DepositRejectedByApi"));

    [Fact]
    public Task MalformedCodesAreReportedAndTheValidPartApplies() => VerifyWithConfigurationAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        9501 => ""encryption"",
        9508 => ""offline"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.tencent-im.not_mandatory = 9506, abc, 12345678"),
        Configuration("'abc' is not an integer"),
        Configuration("Tencent Cloud IM does not document code 12345678"));

    [Fact]
    public Task MalformedMandatoryListKeepsItsValidCodes() => VerifyWithConfigurationAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        9501 => ""encryption"",
        9506 => ""slow down"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.tencent-im.mandatory = 9508,, 9,5"),
        Configuration("empty entry in the list"),
        Configuration("Tencent Cloud IM does not document code 9"),
        Configuration("Tencent Cloud IM does not document code 5"),
        ExpectedDiagnostic.At(Id, 4, 42).WithMessageContaining("does not handle: 9508 NetworkDisconnected"));

    [Fact]
    public Task UnknownScopeIsReportedAndSectionScopeApplies() => VerifyWithConfigurationAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        8501 => ""id"",
        8502 => ""name"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.mandatory_scope = everything"),
        Configuration("expected 'section' or 'provider'"));

    [Fact]
    public Task MiscasedScopeIsReportedAndStillApplies() => VerifyWithConfigurationAsync(@"
class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        8501 => ""id"",
        8502 => ""name"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.mandatory_scope = Provider"),
        Configuration("values are lower-case: use 'provider'"));

    [Fact]
    public Task UnknownProviderInOptionKeyIsReported() => VerifyWithConfigurationAsync(@"
class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        9501 => ""encryption"",
        9508 => ""offline"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.tencent.not_mandatory = 9506"),
        Configuration("unknown provider 'tencent'"));

    [Fact]
    public Task ProvidersOptionExcludesAProvider() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        6014 => ""not logged in"",
        6026 => ""never logged in"",
        _ => ""other"",
    };
}", Config("error_code_analyzers.providers = coinone, okx-web3"));

    // ------------------------------------------------------------------ handlers that stay silent

    [Fact]
    public Task UnrelatedIntWhoseCasesAreCatalogCodes() => VerifyAsync(@"
class C
{
    string M(int port, int year)
    {
        switch (port)
        {
            case 6014: return ""a"";
            case 6026: return ""b"";
            default: return ""c"";
        }
    }

    string N(int httpStatusCode) => httpStatusCode switch { 2000 => ""a"", 2001 => ""b"", _ => ""c"" };

    void I(int year)
    {
        if (year == 2000) { }
        else if (year == 2001) { }
    }
}");

    [Fact]
    public Task UserEnum() => VerifyAsync(@"
enum ErrorCode { NotLoggedIn = 6014, NeverLoggedIn = 6026, Kicked = 6208 }

class C
{
    string M(ErrorCode errorCode)
    {
        switch (errorCode)
        {
            case ErrorCode.NotLoggedIn: return ""a"";
            case ErrorCode.NeverLoggedIn: return ""b"";
            default: return ""c"";
        }
    }

    string E(ErrorCode code) => code switch { ErrorCode.NotLoggedIn => ""a"", ErrorCode.NeverLoggedIn => ""b"", _ => ""c"" };
}");

    [Fact]
    public Task CodesSharedByTwoProviders() => VerifyAsync(@"
class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 1001: return ""tokens or invalid request"";
            case 1002: return ""wallet or invalid parameter"";
            default: return ""other"";
        }
    }

    string E(int errorCode) => errorCode switch { 50001 => ""a"", 50002 => ""b"", 50004 => ""c"", _ => ""d"" };
}");

    [Fact]
    public Task CodesOfTwoProvidersInOneHandler() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        6014 => ""tencent"",
        2000 => ""link"",
        2001 => ""link"",
        _ => ""other"",
    };
}");

    [Fact]
    public Task OpaquePatternsAndExclusionsAreNotJudged() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch
    {
        6014 => ""not logged in"",
        6026 => ""never logged in"",
        not 6208 => ""other"",
        _ => ""kicked"",
    };

    void I(int errorCode)
    {
        if (errorCode != 6206 && errorCode != 6208) { }
        else if (errorCode == 6014) { }
        else if (errorCode == 6026) { }
    }
}");

    [Fact]
    public Task IfChainOverDifferentSubjectsOrWithOneBranch() => VerifyAsync(@"
class C
{
    void M(int errorCode, int otherCode)
    {
        if (errorCode == 6014 || errorCode == 6026) { }

        if (errorCode == 6014) { }
        else if (otherCode == 6026) { }
        else { }
    }
}");

    [Fact]
    public Task GeneratedCodeIsSkipped() => VerifyAsync(@"// <auto-generated/>
class C
{
    string M(int errorCode) => errorCode switch { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };
}");

    [Fact]
    public Task SuppressedWithPragma() => VerifyAsync(@"
class C
{
#pragma warning disable ECA0003
    string M(int errorCode) => errorCode switch { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };
#pragma warning restore ECA0003
}");

    [Fact]
    public Task SuppressedWithEditorConfigSeverity() => VerifyAsync(@"
class C
{
    string M(int errorCode) => errorCode switch { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };
}", Config("dotnet_diagnostic.ECA0003.severity = none"));

    [Fact]
    public Task SuppressedWithSuppressMessage() => VerifyAsync(@"
class C
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage(""ErrorCodes"", ""ECA0003"", Justification = ""Login failures are handled by the session layer"")]
    string M(int errorCode) => errorCode switch { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };

    string N(int errorCode) => errorCode [|switch|] { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };
}");
}
