using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;
using static ErrorCodeAnalyzers.Tests.Rules.MagicErrorCodeTests;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// Which provider is in play: configuration (editorconfig per folder or file, global config, the ErrorCodeProviders MSBuild
/// property, their precedence, ECA0100 for unknown names), context (the other cases of a handler or table, package constants),
/// and ambiguity (one ECA0001 naming every candidate, one fix per non-obsolete candidate).
/// </summary>
public sealed class ProviderResolutionTests
{
    private const string AllProviderCodes = """
        bool Link(int code) => code == LINK;
        bool Coinone(string errorCode) => errorCode == COINONE;
        bool Okx(string code) => code == OKX;
        bool Tencent(int code) => code == TENCENT;
        """;

    /// <summary>One unambiguous code of each provider; the ones in <paramref name="reported"/> are marked as ECA0001.</summary>
    private static string OneCodePerProvider(params string[] reported) => WrapInClass(AllProviderCodes
        .Replace("LINK", reported.Contains("immutable-link") ? "{|ECA0001:2002|}" : "2002", StringComparison.Ordinal)
        .Replace("COINONE", reported.Contains("coinone") ? "{|ECA0001:\"104\"|}" : "\"104\"", StringComparison.Ordinal)
        .Replace("OKX", reported.Contains("okx-web3") ? "{|ECA0001:\"50011\"|}" : "\"50011\"", StringComparison.Ordinal)
        .Replace("TENCENT", reported.Contains("tencent-im") ? "{|ECA0001:-10001|}" : "-10001", StringComparison.Ordinal));

    private static string Section(string glob, string providers) => $"root = true\n[{glob}]\nerror_code_analyzers.providers = {providers}\n";

    // ---------------------------------------------------------------- configuration

    [Fact]
    public Task DefaultIsEveryBuiltInProvider() =>
        LiteralRules.VerifyAsync(OneCodePerProvider("immutable-link", "coinone", "okx-web3", "tencent-im"));

    [Theory]
    [InlineData("immutable-link")]
    [InlineData("coinone")]
    [InlineData("okx-web3")]
    [InlineData("tencent-im")]
    public Task EditorConfigSelectsOneProvider(string provider) =>
        LiteralRules.VerifyAsync(OneCodePerProvider(provider), editorConfig: Section("*.cs", provider));

    [Fact]
    public Task EditorConfigSelectsSeveralProviders() =>
        LiteralRules.VerifyAsync(OneCodePerProvider("coinone", "okx-web3"), editorConfig: Section("*.cs", "coinone, okx-web3"));

    [Fact]
    public Task EditorConfigListToleratesSpaces() =>
        LiteralRules.VerifyAsync(OneCodePerProvider("immutable-link", "tencent-im"), editorConfig: Section("*.cs", " immutable-link ,tencent-im "));

    [Theory]
    [InlineData("immutable-link")]
    [InlineData("okx-web3, tencent-im")]
    public Task GlobalConfigKeySelectsProviders(string providers) =>
        LiteralRules.VerifyAsync(
            OneCodePerProvider(providers.Split(',').Select(p => p.Trim()).ToArray()),
            globalConfig: $"error_code_analyzers.providers = {providers}\n");

    [Theory]
    [InlineData("coinone")]
    [InlineData("coinone, okx-web3")]
    [InlineData("immutable-link,tencent-im")]
    public Task MSBuildPropertySelectsProviders(string property) =>
        LiteralRules.VerifyAsync(
            OneCodePerProvider(property.Split(',').Select(p => p.Trim()).ToArray()),
            globalConfig: $"build_property.ErrorCodeProviders = {property}\n");

    [Fact]
    public Task EmptyMSBuildPropertyMeansTheDefault() =>
        LiteralRules.VerifyAsync(
            OneCodePerProvider("immutable-link", "coinone", "okx-web3", "tencent-im"),
            globalConfig: "build_property.ErrorCodeProviders = \n",
            withConfigurationAnalyzer: true);

    [Fact]
    public Task EditorConfigKeyWinsOverTheMSBuildProperty() =>
        LiteralRules.VerifyAsync(
            OneCodePerProvider("okx-web3"),
            editorConfig: Section("*.cs", "okx-web3"),
            globalConfig: "build_property.ErrorCodeProviders = coinone\n");

    [Fact]
    public Task GlobalConfigKeyWinsOverTheMSBuildProperty() =>
        LiteralRules.VerifyAsync(
            OneCodePerProvider("tencent-im"),
            globalConfig: "build_property.ErrorCodeProviders = coinone\nerror_code_analyzers.providers = tencent-im\n");

    [Fact]
    public Task FolderSectionWinsOverTheGlobalConfigKey() => RunFilesAsync(
        editorConfig: Section("Exchange/**.cs", "coinone"),
        globalConfig: "error_code_analyzers.providers = immutable-link\n",
        ("Test0.cs", OneCodePerProvider("immutable-link")),
        ("Exchange/Test1.cs", OneCodePerProvider("coinone").Replace("class C", "class D", StringComparison.Ordinal)));

    [Fact]
    public Task ProvidersPerFolder() => RunFilesAsync(
        editorConfig: "root = true\n[Wallet/**.cs]\nerror_code_analyzers.providers = immutable-link\n[Chat/**.cs]\nerror_code_analyzers.providers = tencent-im\n",
        globalConfig: null,
        ("Wallet/Test0.cs", OneCodePerProvider("immutable-link").Replace("class C", "class A", StringComparison.Ordinal)),
        ("Chat/Test1.cs", OneCodePerProvider("tencent-im").Replace("class C", "class B", StringComparison.Ordinal)),
        ("Test2.cs", OneCodePerProvider("immutable-link", "coinone", "okx-web3", "tencent-im")));

    [Fact]
    public Task ProvidersPerFile() => RunFilesAsync(
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.providers = immutable-link, tencent-im\n[Clients/OkxClient.cs]\nerror_code_analyzers.providers = okx-web3\n",
        globalConfig: null,
        ("Clients/OkxClient.cs", OneCodePerProvider("okx-web3").Replace("class C", "class A", StringComparison.Ordinal)),
        ("Clients/Other.cs", OneCodePerProvider("immutable-link", "tencent-im").Replace("class C", "class B", StringComparison.Ordinal)));

    [Fact]
    public Task MSBuildPropertyIsTheDefaultWhereNoFolderSays() => RunFilesAsync(
        editorConfig: Section("Exchange/**.cs", "coinone"),
        globalConfig: "build_property.ErrorCodeProviders = okx-web3\n",
        ("Test0.cs", OneCodePerProvider("okx-web3")),
        ("Exchange/Test1.cs", OneCodePerProvider("coinone").Replace("class C", "class D", StringComparison.Ordinal)));

    [Fact]
    public Task ConfiguredProvidersNarrowSharedCodes() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:1001|} || code == {|ECA0001:50001|};"),
        editorConfig: Section("*.cs", "tencent-im"),
        messageFragment: span => "is Tencent Cloud IM \"");

    // ---------------------------------------------------------------- ECA0100

    [Fact]
    public Task UnknownProviderIsReportedAndTheValidNamesStillApply() => LiteralRules.VerifyAsync(
        OneCodePerProvider("coinone"),
        editorConfig: Section("*.cs", "coinone, binance"),
        withConfigurationAnalyzer: true,
        expected:
        [
            ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessage(
                "Configuration 'error_code_analyzers.providers = coinone, binance' is not valid: unknown provider 'binance'; " +
                "expected a comma-separated list of: coinone, immutable-link, okx-web3, tencent-im"),
        ]);

    [Fact]
    public Task UnknownProviderIsReportedOncePerCompilation() => RunFilesAsync(
        editorConfig: Section("*.cs", "okx-web3, okx"),
        globalConfig: null,
        withConfigurationAnalyzer: true,
        expected: [ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("unknown provider 'okx'")],
        ("Test0.cs", OneCodePerProvider("okx-web3")),
        ("Test1.cs", OneCodePerProvider("okx-web3").Replace("class C", "class D", StringComparison.Ordinal)),
        ("Sub/Test2.cs", OneCodePerProvider("okx-web3").Replace("class C", "class E", StringComparison.Ordinal)));

    [Fact]
    public Task DistinctInvalidValuesAreEachReported() => RunFilesAsync(
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.providers = coinone, bithumb\n[Sub/**.cs]\nerror_code_analyzers.providers = coinone, upbit\n",
        globalConfig: null,
        withConfigurationAnalyzer: true,
        expected:
        [
            ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("unknown provider 'bithumb'"),
            ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("unknown provider 'upbit'"),
        ],
        ("Test0.cs", OneCodePerProvider("coinone")),
        ("Sub/Test1.cs", OneCodePerProvider("coinone").Replace("class C", "class D", StringComparison.Ordinal)));

    [Fact]
    public Task OnlyUnknownNamesKeepTheDefault() => LiteralRules.VerifyAsync(
        OneCodePerProvider("immutable-link", "coinone", "okx-web3", "tencent-im"),
        editorConfig: Section("*.cs", "binance"),
        withConfigurationAnalyzer: true,
        expected: [ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("unknown provider 'binance'")]);

    [Fact]
    public Task UnknownNameInTheMSBuildPropertyIsReported() => LiteralRules.VerifyAsync(
        OneCodePerProvider("tencent-im"),
        globalConfig: "build_property.ErrorCodeProviders = tencent-im, tencent\n",
        withConfigurationAnalyzer: true,
        expected: [ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("unknown provider 'tencent'")]);

    [Fact]
    public Task UpperCaseNameIsReportedAndStillApplies() => LiteralRules.VerifyAsync(
        OneCodePerProvider("coinone"),
        editorConfig: Section("*.cs", "Coinone"),
        withConfigurationAnalyzer: true,
        expected: [ExpectedDiagnostic.WithoutLocation("ECA0100").WithMessageContaining("provider names are lower-case: use 'coinone' instead of 'Coinone'")]);

    // ---------------------------------------------------------------- context

    [Fact]
    public Task LinkSwitchNarrowsSharedCodesToLink() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case {|ECA0001:2003|}: break;
                case {|ECA0001:1001|}: break;
                case {|ECA0001:7001|}: break;
            }
        }
        """),
        messageFragments:
        [
            null, null, null,
            "Error code 1001 is Immutable X Link \"Something went wrong retrieving your tokens list: ${apiError}\" (General Errors); use ImmutableLink.General.TokensListRetrievalFailed",
            "use ImmutableLink.Transfer.TokenBalanceRetrievalFailed",
        ]);

    [Fact]
    public Task TencentSwitchNarrowsSharedCodesToTencent() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:6001|}: break;
                case {|ECA0001:6002|}: break;
                case {|ECA0001:6013|}: break;
            }
        }
        """),
        messageFragments: ["use TencentIm.Sdk.General.ProtobufParseFailed", "use TencentIm.Sdk.General.ProtobufSerializeFailed", "use TencentIm.Sdk.General.SdkNotInitialized"]);

    [Fact]
    public Task TencentConstantNarrowsTheSwitchToTencent() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case TencentIm.Sdk.Account.UserSigExpired: break;
                case {|ECA0001:1001|}: break;
                case {|ECA0001:7003|}: break;
            }
        }
        """), messageFragments: ["use TencentIm.Server.OperationsData.InvalidRequest", "use TencentIm.Sdk.General.InvalidUserId"]);

    [Fact]
    public Task LinkConstantNarrowsTheIfChainToLink() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            if (code == ImmutableLink.Sell.AssetDetailsRetrievalFailed) { }
            else if (code == {|ECA0001:6004|}) { }
            else if (code is {|ECA0001:10002|} or {|ECA0001:10003|}) { }
        }
        """),
        messageFragments: ["use ImmutableLink.Sell.PriceBelowMinimum", "use ImmutableLink.FiatToCrypto.ExchangeStatusRetrievalFailed", "use ImmutableLink.FiatToCrypto.InvalidCryptoCurrencies"]);

    [Fact]
    public Task StringConstantNarrowsTheSwitchExpression() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(string code) => code switch
        {
            OkxWeb3Strings.General.RequestsTooFrequent => "slow down",
            {|ECA0001:"50001"|} => "unavailable",
            _ => "other",
        };
        """), messageFragments: ["Error code \"50001\" is OKX Web3 API \"Service temporarily unavailable, please try again later.\" (General); use OkxWeb3Strings.General.ServiceTemporarilyUnavailable"]);

    [Fact]
    public Task OkxTableNarrowsSharedKeysToOkx() => LiteralRules.VerifyAsync(WrapInClass("""
        sealed class RateLimit : Exception { } sealed class Unavailable : Exception { } sealed class Timeout : Exception { }
        static readonly Dictionary<string, Type> ExceptionsByCode = new()
        {
            { {|ECA0001:"50011"|}, typeof(RateLimit) },
            { {|ECA0001:"50001"|}, typeof(Unavailable) },
            { {|ECA0001:"50004"|}, typeof(Timeout) },
        };
        """), messageFragment: span => "is OKX Web3 API \"");

    [Fact]
    public Task TencentTableNarrowsSharedKeysToTencent() => LiteralRules.VerifyAsync(WrapInClass("""
        static readonly Dictionary<int, string> ErrorMessages = new()
        {
            [{|ECA0001:50001|}] = "user not found",
            [{|ECA0001:50002|}] = "bad request",
            [{|ECA0001:50003|}] = "admin only",
        };
        """), messageFragment: span => "is Tencent Cloud IM \"");

    [Fact]
    public Task CodeArgumentsNarrowEachOther() => LiteralRules.VerifyAsync(WrapInClass("""
        static void RetryOn(params int[] errorCodes) { }
        void M() => RetryOn({|ECA0001:50001|}, {|ECA0001:50013|});
        """), messageFragment: span => "is OKX Web3 API \"");

    [Fact]
    public Task ContradictingHandlerResolvesEachCodeAlone() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2002|}: break;
                case {|ECA0001:50011|}: break;
                case {|ECA0001:1002|}: break;
            }
        }
        """), messageFragments: ["is Immutable X Link", "is OKX Web3 API", "ambiguous"]);

    [Fact]
    public Task SuccessCodeDoesNotNarrow() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case 0: break;
                case {|ECA0001:1003|}: break;
            }
        }
        """), messageFragments: ["ambiguous: Immutable X Link"]);

    [Fact]
    public Task OtherSubjectInTheSameIfIsNotContext() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code, int linkCode)
        {
            if (linkCode == {|ECA0001:2000|} || code == {|ECA0001:1001|}) { }
        }
        """), messageFragments: ["is Immutable X Link", "ambiguous"]);

    [Fact]
    public Task ConfigurationLimitsWhatContextCanChoose() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case 2000: break;
                case {|ECA0001:1001|}: break;
            }
        }
        """), editorConfig: Section("*.cs", "tencent-im"), messageFragments: ["is Tencent Cloud IM"]);

    // ---------------------------------------------------------------- ambiguity

    public static IEnumerable<object[]> SharedCodes() =>
    [
        ["1001", "ImmutableLink.General.TokensListRetrievalFailed", "TencentIm.Server.OperationsData.InvalidRequest"],
        ["1002", "ImmutableLink.General.WalletAddressRetrievalFailed", "TencentIm.Server.OperationsData.InvalidParameter"],
        ["1003", "ImmutableLink.General.LinkClosedByUser", "TencentIm.Server.OperationsData.SystemError"],
        ["1004", "ImmutableLink.General.ThirdPartyCookiesBlocked", "TencentIm.Server.OperationsData.FileNotGeneratedOrNoMessages"],
        ["1005", null!, "TencentIm.Server.OperationsData.FileExpired"],
        ["6001", "ImmutableLink.Sell.AssetListingFailed", "TencentIm.Sdk.General.ProtobufParseFailed"],
        ["6002", "ImmutableLink.Sell.AssetAlreadyListed", "TencentIm.Sdk.General.ProtobufSerializeFailed"],
        ["6003", "ImmutableLink.Sell.InvalidCurrency", "TencentIm.SdkV3.NoSuccessfulBatchResult"],
        ["6004", "ImmutableLink.Sell.PriceBelowMinimum", "TencentIm.Sdk.Message.InvalidConversation"],
        ["6005", "ImmutableLink.Sell.ListingRejectedByApi", "TencentIm.Sdk.General.LocalDatabaseLoadFailed"],
        ["7001", "ImmutableLink.Transfer.TokenBalanceRetrievalFailed", "TencentIm.Sdk.General.CrossThreadError"],
        ["7002", "ImmutableLink.Transfer.TransferValidationFailed", "TencentIm.Sdk.General.TinyIdEmpty"],
        ["7003", "ImmutableLink.Transfer.TransferRejectedByApi", "TencentIm.Sdk.General.InvalidUserId"],
        ["9001", "ImmutableLink.Cancel.TokenDetailsRetrievalFailed", "TencentIm.Sdk.Relationship.InvalidProfileField"],
        ["10002", "ImmutableLink.FiatToCrypto.ExchangeStatusRetrievalFailed", "TencentIm.Server.Group.ServerInternalError"],
        ["10003", "ImmutableLink.FiatToCrypto.InvalidCryptoCurrencies", "TencentIm.Server.Group.InvalidInterfaceName"],
        ["10004", "ImmutableLink.FiatToCrypto.CurrenciesRetrievalFailed", "TencentIm.Server.Group.InvalidParameter"],
        ["50001", "OkxWeb3.General.ServiceTemporarilyUnavailable", "TencentIm.Server.RecentContacts.UserAccountNotFound"],
        ["50002", "OkxWeb3.General.JsonFormatError", "TencentIm.Server.RecentContacts.InvalidRequestParameters"],
        ["50004", "OkxWeb3.General.EndpointRequestTimeout", "TencentIm.Server.RecentContacts.ServerInternalError"],
        ["50005", "OkxWeb3.General.ApiOfflineOrUnavailable", "TencentIm.Server.RecentContacts.NetworkTimeout"],
    ];

    [Fact]
    public void SharedCodesAreTheOnesTheIssueCounts()
    {
        // 17 shared by Link and Tencent IM, 5 by OKX and Tencent IM (0, the success code, is tested separately).
        Assert.Equal(17, SharedCodes().Count(c => ((string)c[2]).StartsWith("TencentIm", StringComparison.Ordinal) && (c[1] is null || ((string)c[1]).StartsWith("ImmutableLink", StringComparison.Ordinal))));
        Assert.Equal(4, SharedCodes().Count(c => c[1] is string first && first.StartsWith("OkxWeb3", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(SharedCodes))]
    public async Task LoneSharedCodeIsOneAmbiguousDiagnosticWithOneFixPerLiveCandidate(string value, string? first, string second)
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass($"bool M(int code) => code == {value};")));
        Assert.Equal("ECA0001", diagnostic.Id);
        Assert.StartsWith($"Error code {value} is ambiguous: ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var expectedConstants = first is null ? "ProviderErrorCodes." + second : $"ProviderErrorCodes.{first};ProviderErrorCodes.{second}";
        Assert.Equal(expectedConstants, diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        Assert.Equal("true", diagnostic.Properties[ErrorCodeLiteralAnalyzer.AmbiguousProperty]);
        var providers = diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]!.Split(';');
        Assert.Equal(first is null ? 1 : 2, providers.Length);
        Assert.Equal("tencent-im", providers[^1]);
    }

    [Theory]
    [MemberData(nameof(SharedCodes))]
    public async Task SharedStringCodeOffersStringConstants(string value, string? first, string second)
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass($"bool M(string code) => code == \"{value}\";")));
        var constants = diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]!.Split(';');
        Assert.All(constants, c => Assert.Contains("Strings.", c, StringComparison.Ordinal));
        Assert.Equal(first is null ? 1 : 2, constants.Length);
        Assert.EndsWith(second[second.IndexOf('.', StringComparison.Ordinal)..], constants[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmbiguousSuccessCodeWhenSuccessCodesAreReported()
    {
        var test = new AnalyzerTest { EditorConfig = "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\n" };
        test.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        test.Sources.Add(("Test0.cs", WrapInClass("bool M(int code) => code == {|ECA0001:0|};")));
        await test.RunAsync();
    }

    [Fact]
    public Task AmbiguousCodeInASwitchIsReportedOncePerLiteral() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:50001|}: break;
                case {|ECA0001:50002|}: break;
            }
        }
        """), messageFragments: ["ambiguous: OKX Web3 API", "ambiguous: OKX Web3 API"]);

    [Fact]
    public Task AmbiguityIsResolvedByTheLaterConstantToo() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:50001|}: break;
                case OkxWeb3.General.SystemBusy: break;
            }
        }
        """), messageFragments: ["Error code 50001 is OKX Web3 API"]);

    private static Task RunFilesAsync(string? editorConfig, string? globalConfig, params (string Name, string Markup)[] sources) =>
        RunFilesAsync(editorConfig, globalConfig, withConfigurationAnalyzer: false, expected: [], sources);

    private static async Task RunFilesAsync(string? editorConfig, string? globalConfig, bool withConfigurationAnalyzer, ExpectedDiagnostic[] expected, params (string Name, string Markup)[] sources)
    {
        var test = new AnalyzerTest { EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        if (withConfigurationAnalyzer)
        {
            test.Analyzers.Add(new ConfigurationAnalyzer());
        }

        test.Sources.AddRange(sources);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
