using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.CodeFixes;

public class AddMissingCasesCodeFixTests
{
    private static string Config(params string[] lines) => "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n";

    private static AnalyzerTest CreateTest(string source, string fixedSource, FixMode mode = FixMode.Iterative, string? editorConfig = null)
    {
        var test = new AnalyzerTest
        {
            CodeFix = new AddMissingCasesCodeFix(),
            FixMode = mode,
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = "ECA0003",
            CodeActionTitle = "Add missing error code cases",
        };
        test.Analyzers.Add(new UnhandledMandatoryCodesAnalyzer());
        test.Sources.Add(("Test0.cs", source));
        test.FixedSources.Add(("Test0.cs", fixedSource));
        return test;
    }

    private static Task VerifyFix(string source, string fixedSource, FixMode mode = FixMode.Iterative, string? editorConfig = null) =>
        CreateTest(source, fixedSource, mode, editorConfig).RunAsync();

    // ------------------------------------------------------------------ switch statements

    [Fact]
    public Task SwitchStatementGetsCasesBeforeDefault() => VerifyFix(@"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case 6014:
                return ""not logged in"";
            case 6026:
                return ""never logged in"";
            default:
                return ""other"";
        }
    }
}", @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case 6014:
                return ""not logged in"";
            case 6026:
                return ""never logged in"";
            case TencentIm.Sdk.Account.UserSigExpired:
                throw new NotImplementedException(""Tencent Cloud IM 6206 UserSigExpired: UserSig expired: get a new valid UserSig and log in again."");
            case TencentIm.Sdk.Account.LoggedInOnAnotherDevice:
                throw new NotImplementedException(""Tencent Cloud IM 6208 LoggedInOnAnotherDevice: The same account logged in on another device: this device is forcibly logged out and must log in again."");
            default:
                return ""other"";
        }
    }
}");

    [Fact]
    public Task SwitchStatementWithoutDefaultGetsCasesAtTheEndFullyQualified() => VerifyFix(@"class C
{
    void M(int code)
    {
        [|switch|] (code)
        {
            case ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token:
                break;
            case ProviderErrorCodes.ImmutableLink.Sell.AssetAlreadyListed:
                break;
        }
    }
}", @"class C
{
    void M(int code)
    {
        switch (code)
        {
            case ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token:
                break;
            case ProviderErrorCodes.ImmutableLink.Sell.AssetAlreadyListed:
                break;
            case ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds:
                throw new System.NotImplementedException(""Immutable X Link 2002 InsufficientFunds: Insufficient funds: the user must add funds to L1 wallet."");
            case ProviderErrorCodes.ImmutableLink.Sell.PriceBelowMinimum:
                throw new System.NotImplementedException(""Immutable X Link 6004 PriceBelowMinimum: Price should be at least ${minPrice}: retry operation with different price."");
        }
    }
}");

    [Fact]
    public Task SwitchStatementOverStringsUsesTheStringConstants() => VerifyFix(@"using System;
using ProviderErrorCodes;

class C
{
    string M(string errorCode)
    {
        [|switch|] (errorCode)
        {
            case ""4"":
            case ""12"":
            case ""50"":
            case ""52"":
            case ""53"":
            case ""3005"":
                return ""handled"";
            case var other:
                return other;
        }
    }
}", @"using System;
using ProviderErrorCodes;

class C
{
    string M(string errorCode)
    {
        switch (errorCode)
        {
            case ""4"":
            case ""12"":
            case ""50"":
            case ""52"":
            case ""53"":
            case ""3005"":
                return ""handled"";
            case CoinoneStrings.General.NonceNotBiggerThanLastNonce:
                throw new NotImplementedException(""Coinone Open API 131 NonceNotBiggerThanLastNonce: V2 API Nonce is must be bigger then last nonce: send a nonce bigger than the previous one (이전 Nonce 값보다 커야 합니다)."");
            case CoinoneStrings.General.WithdrawalRestrictedAfterFirstKrwDeposit:
                throw new NotImplementedException(""Coinone Open API 3006 WithdrawalRestrictedAfterFirstKrwDeposit: Withdrawal is restricted for 72 hours after the first KRW deposit: retry the withdrawal only after the 72-hour hold."");
            case CoinoneStrings.General.AccountLocked:
                throw new NotImplementedException(""Coinone Open API 3010 AccountLocked: Account is locked: 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다 (unlock by logging in on the latest app or website)."");
            case var other:
                return other;
        }
    }
}");

    [Fact]
    public Task CasesFollowCatalogOrderAcrossSections() => VerifyFix(@"using ProviderErrorCodes;

class C
{
    string M(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case TencentIm.Sdk.Network.NetworkDisconnected:
                return ""offline"";
            case TencentIm.Sdk.Account.UserSigExpired:
                return ""log in again"";
            default:
                return ""other"";
        }
    }
}", @"using ProviderErrorCodes;

class C
{
    string M(int errorCode)
    {
        switch (errorCode)
        {
            case TencentIm.Sdk.Network.NetworkDisconnected:
                return ""offline"";
            case TencentIm.Sdk.Account.UserSigExpired:
                return ""log in again"";
            case TencentIm.Sdk.Account.LoggedInOnAnotherDevice:
                throw new System.NotImplementedException(""Tencent Cloud IM 6208 LoggedInOnAnotherDevice: The same account logged in on another device: this device is forcibly logged out and must log in again."");
            case TencentIm.Sdk.Network.CallFrequencyLimited:
                throw new System.NotImplementedException(""Tencent Cloud IM 9506 CallFrequencyLimited: Call frequency limit: at most 5 requests per second can be made."");
            default:
                return ""other"";
        }
    }
}");

    // ------------------------------------------------------------------ switch expressions

    [Fact]
    public Task SwitchExpressionGetsArmsBeforeTheDiscard() => VerifyFix(@"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        ImmutableLink.General.SdkClientInstantiationFailed => ""sdk"",
        ImmutableLink.General.LinkClosedByUser => ""closed"",
        _ => ""other"",
    };
}", @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode switch
    {
        ImmutableLink.General.SdkClientInstantiationFailed => ""sdk"",
        ImmutableLink.General.LinkClosedByUser => ""closed"",
        ImmutableLink.General.ThirdPartyCookiesBlocked => throw new NotImplementedException(""Immutable X Link 1004 ThirdPartyCookiesBlocked: Link cannot open as iFrame because 3rd party cookies are blocked: give a feedback regarding 3rd party cookies to the user or change Link mode to be opened as popup.""),
        _ => ""other"",
    };
}");

    [Fact]
    public Task SwitchExpressionWithoutDiscardGetsArmsAtTheEnd() => VerifyFix(@"class C
{
    string M(long errorCode) => errorCode [|switch|]
    {
        50100 => ""frozen"",
        50111 => ""key""
    };
}", @"class C
{
    string M(long errorCode) => errorCode switch
    {
        50100 => ""frozen"",
        50111 => ""key"",
        ProviderErrorCodes.OkxWeb3.Authentication.TimestampExpired => throw new System.NotImplementedException(""OKX Web3 API 50102 TimestampExpired: Timestamp request expired (HTTP 401): re-sign the request with a current OK_ACCESS_TIMESTAMP; resending it unchanged cannot succeed.""),
        ProviderErrorCodes.OkxWeb3.Authentication.InvalidSignature => throw new System.NotImplementedException(""OKX Web3 API 50113 InvalidSignature: Invalid signature (HTTP 401): recompute the OK_ACCESS_SIGN signature; resending the request unchanged cannot succeed."")
    };
}");

    [Fact]
    public Task SwitchExpressionWithTrailingCommaKeepsIt() => VerifyFix(@"class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        2000 => ""wallet"",
        2001 => ""token"",
    };
}", @"class C
{
    string M(int errorCode) => errorCode switch
    {
        2000 => ""wallet"",
        2001 => ""token"",
        ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds => throw new System.NotImplementedException(""Immutable X Link 2002 InsufficientFunds: Insufficient funds: the user must add funds to L1 wallet.""),
    };
}");

    // ------------------------------------------------------------------ if-chains

    [Fact]
    public Task IfChainGetsBranchesBeforeTheFinalElse() => VerifyFix(@"using System;

class Response { public int ErrorCode { get; set; } }

class C
{
    void M(Response response)
    {
        [|if|] (response.ErrorCode == 50000)
        {
            Console.WriteLine(""empty"");
        }
        else if (response.ErrorCode == 50011)
        {
            Console.WriteLine(""slow down"");
        }
        else
        {
            Console.WriteLine(""other"");
        }
    }
}", @"using System;

class Response { public int ErrorCode { get; set; } }

class C
{
    void M(Response response)
    {
        if (response.ErrorCode == 50000)
        {
            Console.WriteLine(""empty"");
        }
        else if (response.ErrorCode == 50011)
        {
            Console.WriteLine(""slow down"");
        }
        else if (response.ErrorCode == ProviderErrorCodes.OkxWeb3.General.RegionNotSupported)
        {
            throw new NotImplementedException(""OKX Web3 API 50047 RegionNotSupported: According to regulations, the X Layer API service is not available in your country or region: tell the user the service is unavailable there; retrying cannot help."");
        }
        else
        {
            Console.WriteLine(""other"");
        }
    }
}");

    [Fact]
    public Task IfChainWithoutFinalElseGetsBranchesAtTheEnd() => VerifyFix(@"using System;

class C
{
    void M(int errorCode)
    {
        [|if|] (errorCode == 11001)
            Console.WriteLine(""failed"");
        else if (errorCode == 11006)
            Console.WriteLine(""format"");
        Console.WriteLine(""done"");
    }
}", @"using System;

class C
{
    void M(int errorCode)
    {
        if (errorCode == 11001)
            Console.WriteLine(""failed"");
        else if (errorCode == 11006)
            Console.WriteLine(""format"");
        else if (errorCode == ProviderErrorCodes.ImmutableLink.CryptoToFiat.InvalidCurrencyAmount)
        {
            throw new NotImplementedException(""Immutable X Link 11005 InvalidCurrencyAmount: Invalid currency amount: retry operation with different amount."");
        }
        Console.WriteLine(""done"");
    }
}");

    [Fact]
    public Task IfChainOverStringsUsesTheStringConstants() => VerifyFix(@"using ProviderErrorCodes;

class C
{
    void M(string errorCode)
    {
        [|if|] (errorCode == ""-10004"") { }
        else if (errorCode == ""-10005"") { }
        else { }
    }
}", @"using ProviderErrorCodes;

class C
{
    void M(string errorCode)
    {
        if (errorCode == ""-10004"") { }
        else if (errorCode == ""-10005"") { }
        else if (errorCode == TencentImStrings.Server.SsoAccessLayer.D2TicketExpired)
        {
            throw new System.NotImplementedException(""Tencent Cloud IM -10001 D2TicketExpired: D2 expired: call the TIMManager.getInstance().login login interface again to generate a new D2."");
        }
        else if (errorCode == TencentImStrings.Server.SsoAccessLayer.A2TicketExpired)
        {
            throw new System.NotImplementedException(""Tencent Cloud IM -10003 A2TicketExpired: A2 expired: call the TIMManager.getInstance().login login interface again to generate a new A2."");
        }
        else { }
    }
}");

    [Fact]
    public Task IfChainOverObjectComparesWithIs() => VerifyFix(@"using ProviderErrorCodes;

class C
{
    void M(object errorCode)
    {
        [|if|] (errorCode is 60002)
        {
        }
        else if (errorCode is 60003)
        {
        }
    }
}", @"using ProviderErrorCodes;

class C
{
    void M(object errorCode)
    {
        if (errorCode is 60002)
        {
        }
        else if (errorCode is 60003)
        {
        }
        else if (errorCode is TencentIm.Server.BackendGeneral.RestApiFrequencyLimitExceeded)
        {
            throw new System.NotImplementedException(""Tencent Cloud IM 60007 RestApiFrequencyLimitExceeded: REST interface call frequency limit exceeded: reduce the request frequency."");
        }
    }
}");

    // ------------------------------------------------------------------ options reach the fix through the diagnostic

    [Fact]
    public Task ProviderScopeAddsEveryMandatoryCode() => VerifyFix(@"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        ImmutableLink.Buy.TradeRequestFailed => ""trade"",
        ImmutableLink.Deposits.InsufficientFunds => ""funds"",
        _ => ""other"",
    };
}", @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode switch
    {
        ImmutableLink.Buy.TradeRequestFailed => ""trade"",
        ImmutableLink.Deposits.InsufficientFunds => ""funds"",
        ImmutableLink.General.LinkClosedByUser => throw new NotImplementedException(""Immutable X Link 1003 LinkClosedByUser: Link forcibly closed by the user: give feedback on the Link closed to the user.""),
        ImmutableLink.General.ThirdPartyCookiesBlocked => throw new NotImplementedException(""Immutable X Link 1004 ThirdPartyCookiesBlocked: Link cannot open as iFrame because 3rd party cookies are blocked: give a feedback regarding 3rd party cookies to the user or change Link mode to be opened as popup.""),
        ImmutableLink.Sell.PriceBelowMinimum => throw new NotImplementedException(""Immutable X Link 6004 PriceBelowMinimum: Price should be at least ${minPrice}: retry operation with different price.""),
        ImmutableLink.CryptoToFiat.InvalidCurrencyAmount => throw new NotImplementedException(""Immutable X Link 11005 InvalidCurrencyAmount: Invalid currency amount: retry operation with different amount.""),
        _ => ""other"",
    };
}", editorConfig: Config("error_code_analyzers.mandatory_scope = provider"));

    [Fact]
    public Task ConfiguredMandatoryAndNotMandatoryCodes() => VerifyFix(@"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode [|switch|]
    {
        Coinone.General.BlockedUserAccess => ""blocked"",
        _ => ""other"",
    };
}", @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode) => errorCode switch
    {
        Coinone.General.BlockedUserAccess => ""blocked"",
        Coinone.General.IpAddressNotAllowed => throw new NotImplementedException(""Coinone Open API 10 IpAddressNotAllowed: This IP address is not allowed.""),
        _ => ""other"",
    };
}", editorConfig: Config("error_code_analyzers.coinone.mandatory = 10, 12", "error_code_analyzers.coinone.not_mandatory = 12"));

    // ------------------------------------------------------------------ Fix All

    private const string TwoHandlers = @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode, int innerCode)
    {
        [|switch|] (errorCode)
        {
            case 6014:
            case 6026:
                return innerCode [|switch|]
                {
                    2000 => ""wallet"",
                    2001 => ""token"",
                    _ => ""other"",
                };
            default:
                return ""other"";
        }
    }

    void N(int errorCode)
    {
        [|if|] (errorCode == 9501) { }
        else if (errorCode == 9508) { }
    }
}";

    private const string TwoHandlersFixed = @"using System;
using ProviderErrorCodes;

class C
{
    string M(int errorCode, int innerCode)
    {
        switch (errorCode)
        {
            case 6014:
            case 6026:
                return innerCode switch
                {
                    2000 => ""wallet"",
                    2001 => ""token"",
                    ImmutableLink.Deposits.InsufficientFunds => throw new NotImplementedException(""Immutable X Link 2002 InsufficientFunds: Insufficient funds: the user must add funds to L1 wallet.""),
                    _ => ""other"",
                };
            case TencentIm.Sdk.Account.UserSigExpired:
                throw new NotImplementedException(""Tencent Cloud IM 6206 UserSigExpired: UserSig expired: get a new valid UserSig and log in again."");
            case TencentIm.Sdk.Account.LoggedInOnAnotherDevice:
                throw new NotImplementedException(""Tencent Cloud IM 6208 LoggedInOnAnotherDevice: The same account logged in on another device: this device is forcibly logged out and must log in again."");
            default:
                return ""other"";
        }
    }

    void N(int errorCode)
    {
        if (errorCode == 9501) { }
        else if (errorCode == 9508) { }
        else if (errorCode == TencentIm.Sdk.Network.CallFrequencyLimited)
        {
            throw new NotImplementedException(""Tencent Cloud IM 9506 CallFrequencyLimited: Call frequency limit: at most 5 requests per second can be made."");
        }
    }
}";

    [Fact]
    public Task IterativeFixHandlesNestedHandlers() => VerifyFix(TwoHandlers, TwoHandlersFixed);

    [Fact]
    public Task FixAllInDocumentEditsNestedHandlersInOnePass() => VerifyFix(TwoHandlers, TwoHandlersFixed, FixMode.FixAllDocument);

    [Fact]
    public Task FixAllInProject()
    {
        var test = CreateTest(TwoHandlers, TwoHandlersFixed, FixMode.FixAllProject);
        test.Sources.Add(("Test1.cs", @"class D
{
    string M(int errorCode) => errorCode [|switch|] { 50000 => ""a"", 50006 => ""b"", _ => ""c"" };
}"));
        test.FixedSources.Add(("Test1.cs", @"class D
{
    string M(int errorCode) => errorCode switch { 50000 => ""a"", 50006 => ""b"", ProviderErrorCodes.OkxWeb3.General.RequestsTooFrequent => throw new System.NotImplementedException(""OKX Web3 API 50011 RequestsTooFrequent: Requests too frequent (HTTP 429): slow down and retry later instead of failing or retrying at once.""), ProviderErrorCodes.OkxWeb3.General.RegionNotSupported => throw new System.NotImplementedException(""OKX Web3 API 50047 RegionNotSupported: According to regulations, the X Layer API service is not available in your country or region: tell the user the service is unavailable there; retrying cannot help.""), _ => ""c"" };
}"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllInSolution()
    {
        var test = CreateTest(TwoHandlers, TwoHandlersFixed, FixMode.FixAllSolution);
        test.AdditionalProjects["Other"] = new() { ("Test0.cs", @"class D
{
    void M(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case 70002: break;
            case 70003: break;
        }
    }
}") };
        test.AdditionalProjectsFixed["Other"] = new() { ("Test0.cs", @"class D
{
    void M(int errorCode)
    {
        switch (errorCode)
        {
            case 70002: break;
            case 70003: break;
            case ProviderErrorCodes.TencentIm.Server.Account.UserSigExpired:
                throw new System.NotImplementedException(""Tencent Cloud IM 70001 UserSigExpired: UserSig expired: generate the UserSig again."");
            case ProviderErrorCodes.TencentIm.Server.Account.LoginRestrictedForSecurity:
                throw new System.NotImplementedException(""Tencent Cloud IM 70114 LoginRestrictedForSecurity: Login restricted for security reasons: reduce the login frequency."");
        }
    }
}") };
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ no fix

    [Fact]
    public async Task NoFixWithoutTheConstantsAssembly()
    {
        const string Source = @"class C
{
    string M(int errorCode) => errorCode [|switch|] { 6014 => ""a"", 6026 => ""b"", _ => ""c"" };
}";
        var test = CreateTest(Source, Source);
        test.ReferenceConstants = false;
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => test.RunAsync());
        Assert.Contains("registered no code action", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task DocumentationExample() => VerifyFix(@"using System;
using ProviderErrorCodes;

class LoginFlow
{
    string Describe(int errorCode)
    {
        [|switch|] (errorCode)
        {
            case TencentIm.Sdk.Account.NotLoggedIn:
                return ""not logged in"";
            case TencentIm.Sdk.Account.UserSigExpired:
                return ""log in again"";
            default:
                return ""other"";
        }
    }

    string Deposit(int errorCode) => errorCode [|switch|]
    {
        2000 => ""address"",
        2001 => ""token"",
        _ => ""other"",
    };
}", @"using System;
using ProviderErrorCodes;

class LoginFlow
{
    string Describe(int errorCode)
    {
        switch (errorCode)
        {
            case TencentIm.Sdk.Account.NotLoggedIn:
                return ""not logged in"";
            case TencentIm.Sdk.Account.UserSigExpired:
                return ""log in again"";
            case TencentIm.Sdk.Account.LoggedInOnAnotherDevice:
                throw new NotImplementedException(""Tencent Cloud IM 6208 LoggedInOnAnotherDevice: The same account logged in on another device: this device is forcibly logged out and must log in again."");
            default:
                return ""other"";
        }
    }

    string Deposit(int errorCode) => errorCode switch
    {
        2000 => ""address"",
        2001 => ""token"",
        ImmutableLink.Deposits.InsufficientFunds => throw new NotImplementedException(""Immutable X Link 2002 InsufficientFunds: Insufficient funds: the user must add funds to L1 wallet.""),
        _ => ""other"",
    };
}", FixMode.FixAllSolution);
}
