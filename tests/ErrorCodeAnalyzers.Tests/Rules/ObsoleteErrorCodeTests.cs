using ErrorCodeAnalyzers.Rules;
using Xunit;
using static ErrorCodeAnalyzers.Tests.Rules.MagicErrorCodeTests;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// ECA0002, obsolete error code: Link 1005 (the only obsolete code of the catalogs) where the provider in play is Link,
/// with the catalog's reason; never together with ECA0001, and never for Tencent IM's live 1005.
/// </summary>
public sealed class ObsoleteErrorCodeTests
{
    private const string Reason =
        "Struck through and marked Obsolete in both Link documents: it reported failing to open Link as iFrame because the application's domain " +
        "was not whitelisted (only whitelisted partners could embed Link using an iframe).";

    private const string LinkOnly = "root = true\n[*.cs]\nerror_code_analyzers.providers = immutable-link\n";

    [Fact]
    public Task MessageNamesProviderAndTheCatalogsReason() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0002:1005|};"),
        editorConfig: LinkOnly,
        messages: ["Error code 1005 of Immutable X Link is obsolete: " + Reason]);

    [Fact]
    public Task StringLiteralMessageKeepsTheQuotes() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(string errorCode) => errorCode == {|ECA0002:\"1005\"|};"),
        editorConfig: LinkOnly,
        messages: ["Error code \"1005\" of Immutable X Link is obsolete: " + Reason]);

    /// <summary>Every comparison form, in a Link-only configuration: ECA0002 and nothing else.</summary>
    public static IEnumerable<object[]> EveryForm() => Forms.Keys.Select(form => new object[] { form });

    [Theory]
    [MemberData(nameof(EveryForm))]
    public Task EveryFormReportsTheObsoleteCodeOnly(string form)
    {
        // $V$ = 1005 (obsolete), $V2$ = 2003 (a live Link code of another section), $C2$ its constant.
        var provider = new ProviderCase("link-obsolete", "Immutable X Link", "1005", "2003", "ImmutableLink.General.DomainNotWhitelisted", "ImmutableLink.Deposits.DepositRejectedByApi", "ImmutableLink");
        var template = Forms[form];
        var markup = Instantiate(template, provider)
            .Replace("{|ECA0001:1005", "{|ECA0002:1005", StringComparison.Ordinal)
            .Replace("{|ECA0001:\"1005\"", "{|ECA0002:\"1005\"", StringComparison.Ordinal)
            .Replace("{|ECA0001:(1005)", "{|ECA0002:(1005)", StringComparison.Ordinal);
        return LiteralRules.VerifyAsync(WrapInClass(markup, form == "FluentAssertions Should().Be"), editorConfig: LinkOnly);
    }

    [Fact]
    public Task LinkSwitchMakesTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        string Describe(int errorCode)
        {
            switch (errorCode)
            {
                case {|ECA0001:1000|}: return "sdk";
                case {|ECA0001:1003|}: return "closed";
                case {|ECA0002:1005|}: return "iframe";
                default: return "other";
            }
        }
        """));

    [Fact]
    public Task LinkSwitchExpressionMakesTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        static string Describe(int errorCode) => errorCode switch
        {
            {|ECA0001:1004|} or {|ECA0002:1005|} => "browser",
            {|ECA0001:2002|} => "funds",
            _ => "other",
        };
        """));

    [Fact]
    public Task LinkIfChainMakesTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        string Describe(string code)
        {
            if (code == {|ECA0001:"2002"|}) return "funds";
            else if (code == {|ECA0002:"1005"|}) return "iframe";
            else if (code == {|ECA0001:"7002"|}) return "transfer";
            return "other";
        }
        """));

    [Fact]
    public Task LinkPackageConstantMakesTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int result)
        {
            switch (result)
            {
                case ImmutableLink.General.LinkClosedByUser: break;
                case {|ECA0002:1005|}: break;
            }
        }
        """));

    [Fact]
    public Task LinkTableMakesTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        static readonly Dictionary<int, string> ErrorMessages = new()
        {
            { {|ECA0001:1004|}, "Third-party cookies are blocked." },
            { {|ECA0002:1005|}, "Domain not whitelisted." },
            { {|ECA0001:2002|}, "Insufficient funds." },
        };
        """));

    [Fact]
    public Task LinkCodeArgumentsMakeTheContextLink() => LiteralRules.VerifyAsync(WrapInClass("""
        static void Retry(params int[] errorCodes) { }
        void M() => Retry({|ECA0001:1000|}, {|ECA0002:1005|});
        """));

    [Fact]
    public Task ProvidersPropertyOfTheMSBuildKindMakesTheContextLink() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0002:1005|};"),
        globalConfig: "build_property.ErrorCodeProviders = immutable-link\n");

    [Fact]
    public Task LoneLink1005IsAmbiguousAndNeverObsolete() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:1005|};"),
        messages:
        [
            "Error code 1005 is ambiguous: Immutable X Link \"Only whitelisted partners can currently embed link using an iframe. Please contact support@immutable.com and quote referrer ${address} for information.\" (General Errors, obsolete) " +
            "or Tencent Cloud IM \"The file has expired.\" (Operations Data Error Codes); use TencentIm.Server.OperationsData.FileExpired",
        ]);

    [Fact]
    public Task SwitchOfSharedCodesStaysAmbiguousAndNeverObsolete() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:1003|}: break;
                case {|ECA0001:1004|}: break;
                case {|ECA0001:1005|}: break;
            }
        }
        """), messageFragment: span => "ambiguous: Immutable X Link");

    [Fact]
    public Task Tencent1005InATencentSwitchIsMagicNotObsolete() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:1004|}: break;
                case {|ECA0001:1005|}: break;
                case {|ECA0001:6206|}: break;
            }
        }
        """),
        messages:
        [
            null,
            "Error code 1005 is Tencent Cloud IM \"The file has expired.\" (Operations Data Error Codes); use TencentIm.Server.OperationsData.FileExpired",
            null,
        ]);

    [Fact]
    public Task Tencent1005WithATencentConstantIsMagicNotObsolete() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            if (code == TencentIm.Server.OperationsData.InvalidRequest) { }
            else if (code == {|ECA0001:1005|}) { }
        }
        """), messageFragments: ["is Tencent Cloud IM \"The file has expired.\""]);

    [Fact]
    public Task Tencent1005InATencentOnlyConfigurationIsMagic() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:1005|};"),
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.providers = tencent-im\n",
        messageFragments: ["Error code 1005 is Tencent Cloud IM \"The file has expired.\" (Operations Data Error Codes); use TencentIm.Server.OperationsData.FileExpired"]);

    [Fact]
    public async Task AmbiguousObsoleteCandidateIsNeverOfferedAsAFix()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass("bool M(int code) => code == 1005;")));
        Assert.Equal("ECA0001", diagnostic.Id);
        Assert.Equal("ProviderErrorCodes.TencentIm.Server.OperationsData.FileExpired", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        Assert.Equal("tencent-im", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]);
        Assert.Equal("true", diagnostic.Properties[ErrorCodeLiteralAnalyzer.AmbiguousProperty]);
    }

    [Theory]
    [InlineData("void M(int code) { switch (code) { case 1000: break; case 1005: break; } }", "CaseLabel")]
    [InlineData("void M(int code) { switch (code) { case 1000 or 1005: break; } }", "CasePattern")]
    [InlineData("string M(int code) => code switch { 1000 => \"a\", 1005 => \"b\", _ => \"c\" };", "SwitchArm")]
    [InlineData("void M(int code) { if (code == 1000) { } else if (code == 1005) { } }", "IfCondition")]
    [InlineData("static readonly Dictionary<int, string> ErrorMessages = new() { { 1000, \"a\" }, { 1005, \"b\" } };", "TableKey")]
    [InlineData("static readonly int[] IgnoredErrorCodes = { 1000, 1005 };", "TableElement")]
    [InlineData("static void Ignore(params int[] errorCodes) { } void M() => Ignore(1000, 1005);", "CodeArgument")]
    public async Task SiteKindPropertySaysWhereTheObsoleteCodeStands(string member, string siteKind)
    {
        var diagnostics = await AnalyzerRun.RunAsync(WrapInClass(member));
        var obsolete = Assert.Single(diagnostics, d => d.Id == "ECA0002");
        Assert.Equal(siteKind, obsolete.Properties[ErrorCodeLiteralAnalyzer.SiteKindProperty]);
        Assert.DoesNotContain(diagnostics, d => d.Id == "ECA0001" && d.Location == obsolete.Location);
    }

    [Fact]
    public Task ObsoleteCodeNextToAnUndocumentedOneInALinkHandler() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:1000|}: break;
                case {|ECA0001:1001|}: break;
                case {|ECA0002:1005|}: break;
                case {|ECA0004:1006|}: break;
            }
        }
        """));

    [Fact]
    public Task ObsoleteCodeIsNotReportedWhereTheSubjectIsNoErrorCode() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int retries, int pageSize) => retries == 1005 || pageSize == 1005;"),
        editorConfig: LinkOnly);

    [Fact]
    public Task ObsoleteConstantOfThePackageIsNotReportedByThisRule() => LiteralRules.VerifyAsync(
        WrapInClass("#pragma warning disable CS0618\nbool M(int code) => code == ImmutableLink.General.DomainNotWhitelisted;\n#pragma warning restore CS0618"),
        editorConfig: LinkOnly);
}
