using System.Collections.Immutable;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// ECA0001, magic error code: every comparison form of issue #3, for every provider, with the message and the
/// diagnostic properties the code fix relies on.
/// </summary>
public sealed class MagicErrorCodeTests
{
    /// <summary>One unambiguous code (and a second one of the same section) per provider, with their constants.</summary>
    public sealed record ProviderCase(string Name, string DisplayName, string Value, string Value2, string Constant, string Constant2, string ClassName)
    {
        public string StringConstant => Constant.Replace(ClassName + ".", ClassName + "Strings.", StringComparison.Ordinal);

        public override string ToString() => Name;
    }

    public static readonly ProviderCase Link = new("link", "Immutable X Link", "2002", "2003", "ImmutableLink.Deposits.InsufficientFunds", "ImmutableLink.Deposits.DepositRejectedByApi", "ImmutableLink");
    public static readonly ProviderCase Coinone = new("coinone", "Coinone Open API", "104", "103", "Coinone.General.OrderDoesNotExist", "Coinone.General.LackOfBalance", "Coinone");
    public static readonly ProviderCase Okx = new("okx", "OKX Web3 API", "50011", "50013", "OkxWeb3.General.RequestsTooFrequent", "OkxWeb3.General.SystemBusy", "OkxWeb3");
    public static readonly ProviderCase Tencent = new("tencent", "Tencent Cloud IM", "6206", "6208", "TencentIm.Sdk.Account.UserSigExpired", "TencentIm.Sdk.Account.LoggedInOnAnotherDevice", "TencentIm");
    public static readonly ProviderCase TencentNegative = new("tencent-negative", "Tencent Cloud IM", "-10001", "-10003", "TencentIm.Server.SsoAccessLayer.D2TicketExpired", "TencentIm.Server.SsoAccessLayer.A2TicketExpired", "TencentIm");

    public static readonly ProviderCase[] Providers = [Link, Coinone, Okx, Tencent, TencentNegative];

    /// <summary>
    /// The comparison forms of issue #3. <c>$V$</c>/<c>$V2$</c> are the provider's two codes, <c>$C2$</c> the int constant of
    /// the second; a form marks every expected ECA0001 itself.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Forms = new Dictionary<string, string>
    {
        ["equals, literal right"] = "bool M(int code) => code == {|ECA0001:$V$|};",
        ["equals, literal left"] = "bool M(int code) => {|ECA0001:$V$|} == code;",
        ["not equals"] = "bool M(int errorCode) => errorCode != {|ECA0001:$V$|};",
        ["not equals, literal left"] = "bool M(int errorCode) => {|ECA0001:$V$|} != errorCode;",
        ["conditional access"] = "class R { public int ErrorCode; } bool M(R? r) => r?.ErrorCode == {|ECA0001:$V$|};",
        ["conditional access, literal left"] = "class R { public int? ErrCode { get; set; } } bool M(R? r) => {|ECA0001:$V$|} == r?.ErrCode;",
        ["nested conditional access"] = "class E { public int Code { get; set; } } class R { public E? Error { get; set; } } bool M(R? r) => r?.Error?.Code == {|ECA0001:$V$|};",
        ["conditional access then member access"] = "class E { public int ErrorCode { get; set; } } class R { public E Data { get; set; } = new(); } bool M(R? r) => r?.Data.ErrorCode == {|ECA0001:$V$|};",
        ["conditional access then Trim()"] = "class R { public string? ErrorCode { get; set; } } bool M(R? r) => r?.ErrorCode?.Trim() == {|ECA0001:\"$V$\"|};",
        ["nested json indexers"] = "bool M(System.Text.Json.Nodes.JsonNode? json) => (string?)json?[\"data\"]?[\"error_code\"] == {|ECA0001:\"$V$\"|};",
        ["nested json indexers, GetValue<T>()"] = "bool M(System.Text.Json.Nodes.JsonNode? json) => json?[\"data\"]?[\"errorCode\"]?.GetValue<int>() == {|ECA0001:$V$|};",
        ["cast of the subject"] = "bool M(object errorCode) => (int)errorCode == {|ECA0001:$V$|};",
        ["cast of a long subject"] = "bool M(long retCode) => (int)retCode == {|ECA0001:$V$|};",
        ["nullable value"] = "bool M(int? resultCode) => resultCode.Value == {|ECA0001:$V$|};",
        ["long literal"] = "bool M(long errCode) => errCode == {|ECA0001:$V$L|};",
        ["cast literal (literal-only constant expression)"] = "bool M(long code) => code == (long){|ECA0001:$V$|};",
        ["parenthesised literal"] = "bool M(long code) => code == ({|ECA0001:$V$|});",
        ["short subject"] = "bool M(short error_code) => error_code == {|ECA0001:$V$|};",
        ["string literal"] = "bool M(string errorCode) => errorCode == {|ECA0001:\"$V$\"|};",
        ["string literal left"] = "bool M(string code) => {|ECA0001:\"$V$\"|} == code;",
        ["string not equals"] = "bool M(string code) => code != {|ECA0001:\"$V$\"|};",
        ["Trim()"] = "bool M(string errorCode) => errorCode.Trim() == {|ECA0001:\"$V$\"|};",
        ["?.Trim()"] = "bool M(string? errorCode) => errorCode?.Trim() == {|ECA0001:\"$V$\"|};",
        ["ToString()"] = "bool M(int errorCode) => errorCode.ToString() == {|ECA0001:\"$V$\"|};",
        ["int.Parse"] = "bool M(string errorCode) => int.Parse(errorCode) == {|ECA0001:$V$|};",
        ["long.Parse of Trim()"] = "bool M(string code) => long.Parse(code.Trim()) == {|ECA0001:$V$|};",
        ["Convert.ToInt32"] = "bool M(string code) => System.Convert.ToInt32(code) == {|ECA0001:$V$|};",
        ["is constant"] = "bool M(int code) => code is {|ECA0001:$V$|};",
        ["is or"] = "bool M(int code) => code is {|ECA0001:$V$|} or {|ECA0001:$V2$|};",
        ["is not"] = "bool M(int code) => code is not {|ECA0001:$V$|};",
        ["is and"] = "bool M(int code) => code is not 1234567 and {|ECA0001:$V$|};",
        ["is parenthesised"] = "bool M(int code) => code is (1234567 or {|ECA0001:$V$|}) and not 7654321;",
        ["is not parenthesised or"] = "bool M(int code) => code is not ({|ECA0001:$V$|} or {|ECA0001:$V2$|});",
        ["is string"] = "bool M(string errorCode) => errorCode is {|ECA0001:\"$V$\"|};",
        ["if is pattern"] = "void M(int code) { if (code is {|ECA0001:$V$|}) { } }",
        ["case label"] = "void M(int code) { switch (code) { case {|ECA0001:$V$|}: break; default: break; } }",
        ["case label, string"] = "void M(string errorCode) { switch (errorCode) { case {|ECA0001:\"$V$\"|}: break; } }",
        ["case label or"] = "void M(int code) { switch (code) { case {|ECA0001:$V$|} or {|ECA0001:$V2$|}: break; } }",
        ["case label when"] = "void M(int code, bool retry) { switch (code) { case {|ECA0001:$V$|} when retry: break; } }",
        ["case label parenthesised"] = "void M(long code) { switch (code) { case ({|ECA0001:$V$|}): break; } }",
        ["switch on a property"] = "class R { public int ErrorCode { get; set; } } void M(R r) { switch (r.ErrorCode) { case {|ECA0001:$V$|}: break; } }",
        ["switch expression arm"] = "string M(int code) => code switch { {|ECA0001:$V$|} => \"a\", _ => \"b\" };",
        ["switch expression arm or"] = "string M(int code) => code switch { {|ECA0001:$V$|} or {|ECA0001:$V2$|} => \"a\", _ => \"b\" };",
        ["switch expression arm when"] = "string M(int code, bool retry) => code switch { {|ECA0001:$V$|} when retry => \"a\", _ => \"b\" };",
        ["switch expression, string"] = "string M(string errorCode) => errorCode switch { {|ECA0001:\"$V$\"|} => \"a\", _ => \"b\" };",
        ["instance Equals"] = "bool M(int code) => code.Equals({|ECA0001:$V$|});",
        ["instance Equals, literal receiver"] = "bool M(int code) => ({|ECA0001:$V$|}).Equals(code);",
        ["instance Equals, string literal receiver"] = "bool M(string? errorCode) => {|ECA0001:\"$V$\"|}.Equals(errorCode);",
        ["instance Equals, string"] = "bool M(string errorCode) => errorCode.Equals({|ECA0001:\"$V$\"|});",
        ["instance Equals with StringComparison"] = "bool M(string errorCode) => errorCode.Equals({|ECA0001:\"$V$\"|}, System.StringComparison.Ordinal);",
        ["static Equals"] = "bool M(object code) => Equals(code, {|ECA0001:$V$|});",
        ["object.Equals"] = "bool M(object code) => object.Equals({|ECA0001:$V$|}, code);",
        ["string.Equals"] = "bool M(string errorCode) => string.Equals(errorCode, {|ECA0001:\"$V$\"|});",
        ["string.Equals with StringComparison"] = "bool M(string errorCode) => string.Equals(errorCode, {|ECA0001:\"$V$\"|}, System.StringComparison.Ordinal);",
        ["property pattern"] = "class R { public int ErrorCode { get; set; } } bool M(R r) => r is { ErrorCode: {|ECA0001:$V$|} };",
        ["property pattern or"] = "class R { public string Code { get; set; } = \"\"; } bool M(R r) => r is { Code: {|ECA0001:\"$V$\"|} or {|ECA0001:\"$V2$\"|} };",
        ["extended property pattern"] = "class E { public int Code { get; set; } } class R { public E Error { get; set; } = new(); } bool M(R r) => r is { Error.Code: {|ECA0001:$V$|} };",
        ["nested property pattern in a switch arm"] = "class E { public int Code { get; set; } } class R { public E Error { get; set; } = new(); } string M(R r) => r switch { { Error: { Code: {|ECA0001:$V$|} } } => \"a\", _ => \"b\" };",
        ["property pattern in a case label"] = "class R { public int ResultCode { get; set; } } void M(R r) { switch (r) { case { ResultCode: {|ECA0001:$V$|} }: break; } }",
        ["?.Equals"] = "bool M(string? errorCode) => errorCode?.Equals({|ECA0001:\"$V$\"|}) == true;",
        ["?.Equals with StringComparison"] = "bool M(string? errorCode) => errorCode?.Equals({|ECA0001:\"$V$\"|}, System.StringComparison.Ordinal) ?? false;",
        ["new[] { ... }.Contains(code)"] = "bool M(int code) => new[] { {|ECA0001:$V$|}, {|ECA0001:$V2$|} }.Contains(code);",
        ["new List { ... }.Contains(code)"] = "bool M(string errorCode) => new List<string> { {|ECA0001:\"$V$\"|} }.Contains(errorCode);",
        ["if-else-if chain"] = "int M(int code) { if (code == {|ECA0001:$V$|}) return 1; else if (code == {|ECA0001:$V2$|}) return 2; else return 0; }",
        ["if with logical or"] = "bool M(int code) { if (code == {|ECA0001:$V$|} || code == {|ECA0001:$V2$|}) return true; return false; }",
        ["if negated"] = "bool M(int code) { if (!(code == {|ECA0001:$V$|})) return true; return false; }",
        ["if and another condition"] = "bool M(int code, int retries) { if (retries < 3 && code == {|ECA0001:$V$|}) return true; return false; }",
        ["while"] = "void M(System.Func<int> getErrorCode) { while (getErrorCode() == {|ECA0001:$V$|}) { } }",
        ["return ternary"] = "string M(int code) => code == {|ECA0001:$V$|} ? \"a\" : \"b\";",
        ["lambda"] = "class R { public int Code { get; set; } } bool M(System.Collections.Generic.List<R> items) => System.Linq.Enumerable.Any(items, r => r.Code == {|ECA0001:$V$|});",
        ["method subject"] = "int GetErrorCode() => 0; bool M() => GetErrorCode() == {|ECA0001:$V$|};",
        ["field subject"] = "int _lastErrorCode; bool M() => _lastErrorCode == {|ECA0001:$V$|};",
        ["property subject"] = "sealed class Response { public int ErrorCode { get; set; } } bool M(Response response) => response.ErrorCode == {|ECA0001:$V$|};",
        ["unqualified Code property"] = "sealed class ApiResult { public string Code { get; set; } = \"\"; } bool M(ApiResult result) => result.Code == {|ECA0001:\"$V$\"|};",
        ["await"] = "async System.Threading.Tasks.Task<bool> M(System.Threading.Tasks.Task<int> errorCode) => await errorCode == {|ECA0001:$V$|};",
        ["coalesce"] = "bool M(int? errorCode) => (errorCode ?? 0) == {|ECA0001:$V$|};",
        ["json indexer (JsonNode)"] = "bool M(System.Text.Json.Nodes.JsonNode json) => (int?)json[\"error_code\"] == {|ECA0001:$V$|};",
        ["json indexer GetValue<T>()"] = "bool M(System.Text.Json.Nodes.JsonNode json) => json[\"error_code\"]!.GetValue<int>() == {|ECA0001:$V$|};",
        ["json indexer ?.GetValue<T>()"] = "bool M(System.Text.Json.Nodes.JsonObject json) => json[\"errorCode\"]?.GetValue<string>() == {|ECA0001:\"$V$\"|};",
        ["GetProperty(...).GetInt32()"] = "bool M(System.Text.Json.JsonElement root) => root.GetProperty(\"errorCode\").GetInt32() == {|ECA0001:$V$|};",
        ["GetProperty(...).GetString()"] = "bool M(System.Text.Json.JsonDocument doc) => doc.RootElement.GetProperty(\"code\").GetString() == {|ECA0001:\"$V$\"|};",
        ["Value<string>(\"code\")"] = "sealed class JToken { public T Value<T>(string key) => default!; } bool M(JToken json) => json.Value<string>(\"code\") == {|ECA0001:\"$V$\"|};",
        ["xunit Assert.Equal"] = "sealed class Response { public int ErrorCode { get; set; } } void M(Response response) => Xunit.Assert.Equal({|ECA0001:$V$|}, response.ErrorCode);",
        ["xunit Assert.Equal, string"] = "sealed class Response { public string Code { get; set; } = \"\"; } void M(Response response) => Xunit.Assert.Equal({|ECA0001:\"$V$\"|}, response.Code);",
        ["xunit Assert.NotEqual"] = "void M(int errorCode) => Xunit.Assert.NotEqual({|ECA0001:$V$|}, errorCode);",
        ["NUnit Is.EqualTo"] = NUnitStandIn + "sealed class Response { public string Code { get; set; } = \"\"; } void M(Response response) => Assert.That(response.Code, Is.EqualTo({|ECA0001:\"$V$\"|}));",
        ["MSTest Assert.AreEqual"] = MsTestStandIn + "sealed class Result { public int ErrorCode { get; set; } } void M(Result result) => Assert.AreEqual({|ECA0001:$V$|}, result.ErrorCode);",
        ["FluentAssertions Should().Be"] = "void M(int errorCode) => errorCode.Should().Be({|ECA0001:$V$|});",
        ["dictionary initializer, string keys"] =
            "sealed class E1 : System.Exception { } sealed class E2 : System.Exception { } " +
            "static readonly System.Collections.Generic.Dictionary<string, System.Type> Map = new() { { {|ECA0001:\"$V$\"|}, typeof(E1) }, { {|ECA0001:\"$V2$\"|}, typeof(E2) } };",
        ["dictionary initializer, int keys to messages"] =
            "static readonly System.Collections.Generic.Dictionary<int, string> ErrorMessages = new() { { {|ECA0001:$V$|}, \"order id is not exist\" }, { {|ECA0001:$V2$|}, \"lack of balance\" } };",
        ["index initializer"] =
            "static readonly System.Collections.Generic.Dictionary<int, string> Errors = new() { [{|ECA0001:$V$|}] = \"a\", [{|ECA0001:$V2$|}] = \"b\" };",
        ["array of codes"] = "static readonly int[] RetryableErrorCodes = { {|ECA0001:$V$|}, {|ECA0001:$V2$|} };",
        ["collection of codes"] = "static readonly System.Collections.Generic.HashSet<string> RetryableCodes = new() { {|ECA0001:\"$V$\"|} };",
        ["params errorCodes argument"] =
            "enum ErrorType { Unauthorized } sealed class ErrorInfo { public ErrorInfo(ErrorType type, params string[] errorCodes) { } } " +
            "static readonly ErrorInfo Info = new ErrorInfo(ErrorType.Unauthorized, {|ECA0001:\"$V$\"|}, {|ECA0001:\"$V2$\"|});",
        ["argument of a code parameter"] = "static void Fail(int code) { } void M() => Fail({|ECA0001:$V$|});",
        ["named argument of a code parameter"] = "static void Fail(string message, long errorCode = 0) { } void M() => Fail(errorCode: {|ECA0001:$V$|}, message: \"x\");",
        ["switch with a package constant"] = "void M(int result) { switch (result) { case ProviderErrorCodes.$C2$: break; case {|ECA0001:$V$|}: break; } }",
        ["if-chain with a package constant"] = "void M(int value) { if (value == ProviderErrorCodes.$C2$) { } else if (value == {|ECA0001:$V$|}) { } }",
    };

    private const string NUnitStandIn =
        "static class Is { public static object EqualTo(object expected) => expected; } " +
        "static class Assert { public static void That(object actual, object constraint) { } } ";

    private const string MsTestStandIn = "static class Assert { public static void AreEqual<T>(T expected, T actual) { } } ";

    public static IEnumerable<object[]> FormsByProvider()
    {
        foreach (var form in Forms.Keys)
        {
            foreach (var provider in Providers)
            {
                yield return [form, provider.Name];
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormsByProvider))]
    public Task EveryFormIsReportedForEveryProvider(string form, string providerName)
    {
        var provider = Providers.Single(p => p.Name == providerName);
        var template = Forms[form];
        var source = Instantiate(template, provider);
        return LiteralRules.VerifyAsync(
            WrapInClass(source, form == "FluentAssertions Should().Be"),
            messageFragment: span => $"is {provider.DisplayName} \"");
    }

    internal static string Instantiate(string template, ProviderCase provider) =>
        template.Replace("$V$", provider.Value, StringComparison.Ordinal)
            .Replace("$V2$", provider.Value2, StringComparison.Ordinal)
            .Replace("$C2$", provider.Constant2, StringComparison.Ordinal);

    internal static string WrapInClass(string members, bool withFluentExtensions = false) =>
        "#nullable enable\n" +
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing ProviderErrorCodes;\n" +
        (withFluentExtensions
            ? "static class FluentStandIn { public static Assertions<T> Should<T>(this T value) => new(); }\nsealed class Assertions<T> { public void Be(T expected) { } }\n"
            : string.Empty) +
        "class C\n{\n" + members + "\n}\n";

    // ---------------------------------------------------------------- messages

    [Fact]
    public Task MessageNamesProviderSectionProviderMessageAndConstant() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:2002|};"),
        messages: ["Error code 2002 is Immutable X Link \"Insufficient funds.\" (Deposits); use ImmutableLink.Deposits.InsufficientFunds"]);

    [Fact]
    public Task MessageForAStringCodeNamesTheStringConstant() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(string errorCode) => errorCode == {|ECA0001:\"105\"|};"),
        messages: ["Error code \"105\" is Coinone Open API \"Price is not correct\" (Error codes); use CoinoneStrings.General.InvalidPrice"]);

    [Fact]
    public Task MessageForOkx() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(string code) => code == {|ECA0001:\"51001\"|};"),
        messages: ["Error code \"51001\" is OKX Web3 API \"The outputAddress you filled in was not found in this transaction.\" (Business); use OkxWeb3Strings.Business.OutputAddressNotFound"]);

    [Fact]
    public Task MessageForANegativeTencentCodeKeepsTheSign() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:-10001|};"),
        messageFragments: ["Error code -10001 is Tencent Cloud IM \"D2 expired."]);

    [Fact]
    public Task MessageForANegativeCodeWrittenWithASpaceQuotesItAsWritten() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:- 10001|} || code == {|ECA0001:-/* sign */10003|};"),
        messageFragments: ["Error code - 10001 is Tencent Cloud IM", "Error code -/* sign */10003 is Tencent Cloud IM"]);

    [Fact]
    public Task MessageForANegativeTencentCodeNamesSectionAndConstant() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:-10001|};"),
        messageFragments: ["(SSO Access Layer Error Codes); use TencentIm.Server.SsoAccessLayer.D2TicketExpired"]);

    [Fact]
    public Task LongProviderMessagesAreShortenedWithAnEllipsis() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:-10001|};"),
        messageFragments: ["…\" (SSO Access Layer Error Codes)"]);

    [Fact]
    public Task AmbiguousCodeNamesEveryCandidateOnce() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:1001|};"),
        messages:
        [
            "Error code 1001 is ambiguous: Immutable X Link \"Something went wrong retrieving your tokens list: ${apiError}\" (General Errors) or " +
            "Tencent Cloud IM \"Invalid request. Check whether the 'request URL' is correct.\" (Operations Data Error Codes); " +
            "use ImmutableLink.General.TokensListRetrievalFailed or TencentIm.Server.OperationsData.InvalidRequest, whichever provider the code comes from",
        ]);

    [Fact]
    public Task LoneSharedCodeIsAmbiguousAndNamesBothProviders() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(string code) => code == {|ECA0001:\"50001\"|};"),
        messages:
        [
            "Error code \"50001\" is ambiguous: OKX Web3 API \"Service temporarily unavailable, please try again later.\" (General) or Tencent Cloud IM \"The requested user account does not exist.\" (Recent Contacts Error Codes); " +
            "use OkxWeb3Strings.General.ServiceTemporarilyUnavailable or TencentImStrings.Server.RecentContacts.UserAccountNotFound, whichever provider the code comes from",
        ]);

    // ---------------------------------------------------------------- properties (what the code fix reads)

    [Fact]
    public async Task PropertiesCarryTheFullyQualifiedConstantAndProvider()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass("bool M(int code) => code == 2002;")));
        Assert.Equal("ECA0001", diagnostic.Id);
        Assert.Equal("ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        Assert.Equal("immutable-link", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]);
        Assert.False(diagnostic.Properties.ContainsKey(ErrorCodeLiteralAnalyzer.AmbiguousProperty));
    }

    [Fact]
    public async Task PropertiesOfAStringLiteralCarryTheStringConstant()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass("bool M(string errorCode) => errorCode == \"50011\";")));
        Assert.Equal("ProviderErrorCodes.OkxWeb3Strings.General.RequestsTooFrequent", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        Assert.Equal("okx-web3", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]);
    }

    [Fact]
    public async Task PropertiesOfAnAmbiguousCodeListEveryCandidateInOrder()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass("bool M(int code) => code == 6001;")));
        Assert.Equal("ECA0001", diagnostic.Id);
        Assert.Equal(
            "ProviderErrorCodes.ImmutableLink.Sell.AssetListingFailed;ProviderErrorCodes.TencentIm.Sdk.General.ProtobufParseFailed",
            diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        Assert.Equal("immutable-link;tencent-im", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]);
        Assert.Equal("true", diagnostic.Properties[ErrorCodeLiteralAnalyzer.AmbiguousProperty]);
    }

    [Fact]
    public async Task PropertiesOfANegativeCodeAndItsLocationCoverTheMinusSign()
    {
        var source = WrapInClass("bool M(int code) => code == -10003;");
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(source));
        Assert.Equal("-10003", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Equal("ProviderErrorCodes.TencentIm.Server.SsoAccessLayer.A2TicketExpired", diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
    }

    [Fact]
    public async Task EveryDiagnosticHasTheHelpLinkAndWarningSeverity()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.RunAsync(WrapInClass("bool M(int code) => code == 50011;")));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("docs/rules/ECA0001.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- every documented code of the catalogs

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryDocumentedCodeIsReportedInALoneComparison(bool asString)
    {
        var catalog = ErrorCodeAnalyzers.Catalog.ErrorCodeCatalog.Instance;
        var values = catalog.Providers.SelectMany(p => p.Codes).Select(c => c.Code).Where(v => v != 0).Distinct().OrderBy(v => v).ToList();
        var members = new System.Text.StringBuilder();
        foreach (var value in values)
        {
            var literal = asString ? $"\"{value}\"" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            members.Append("bool M").Append(value < 0 ? "N" + (-value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(asString ? "(string code) => code == " : "(long code) => code == ").Append(literal).AppendLine(";");
        }

        var diagnostics = await AnalyzerRun.RunAsync(WrapInClass(members.ToString()));
        var byLiteral = diagnostics.ToLookup(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        foreach (var value in values)
        {
            var literal = asString ? $"\"{value}\"" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var diagnostic = Assert.Single(byLiteral[literal]);
            Assert.Equal("ECA0001", diagnostic.Id); // alone, even Link 1005 is ambiguous with Tencent's live 1005
            var expected = catalog.Lookup(value).Where(c => !c.IsObsolete).Select(c => asString ? c.StringConstantName : c.ConstantName);
            Assert.Equal(string.Join(";", expected), diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
        }

        Assert.Equal(values.Count, diagnostics.Length);
    }

    [Theory]
    [InlineData("immutable-link")]
    [InlineData("coinone")]
    [InlineData("okx-web3")]
    [InlineData("tencent-im")]
    public async Task EveryCodeOfEverySectionIsItsProvidersInItsOwnSwitch(string providerId)
    {
        var catalog = ErrorCodeAnalyzers.Catalog.ErrorCodeCatalog.Instance;
        Assert.True(catalog.TryGetProvider(providerId, out var provider));
        var source = new System.Text.StringBuilder();
        var index = 0;
        foreach (var section in provider.Sections)
        {
            var codes = provider.Codes.Where(c => c.Section == section && c.Code != 0).ToList();
            if (codes.Count == 0)
            {
                continue;
            }

            // A constant of another section of the provider makes the context certain even where every code is shared (Tencent 1001-1005).
            var other = provider.Codes.FirstOrDefault(c => c.Section != section && !c.IsObsolete && codes.All(x => x.Code != c.Code));
            source.Append("void S").Append(index++).AppendLine("(int code) { switch (code) {");
            if (other is not null)
            {
                source.Append("case ").Append(other.ConstantName).AppendLine(": break;");
            }

            foreach (var code in codes)
            {
                source.Append("case ").Append(code.Code).AppendLine(": break;");
            }

            source.AppendLine("} }");
        }

        var diagnostics = await AnalyzerRun.RunAsync(WrapInClass("#pragma warning disable CS0618\n" + source));
        var expectedCount = 0;
        foreach (var code in provider.Codes.Where(c => c.Code != 0))
        {
            expectedCount++;
            var literal = code.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var diagnostic = Assert.Single(diagnostics, d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) == literal);
            if (code.IsObsolete)
            {
                Assert.Equal("ECA0002", diagnostic.Id);
            }
            else
            {
                Assert.Equal("ECA0001", diagnostic.Id);
                Assert.Equal(code.ConstantName, diagnostic.Properties[ErrorCodeLiteralAnalyzer.ConstantsProperty]);
                Assert.Equal(providerId, diagnostic.Properties[ErrorCodeLiteralAnalyzer.ProvidersProperty]);
            }
        }

        Assert.Equal(expectedCount, diagnostics.Length);
    }

    // ---------------------------------------------------------------- per-provider matrix of realistic snippets

    [Fact]
    public Task LinkWalletSwitch() => LiteralRules.VerifyAsync(WrapInClass("""
        string Describe(int errorCode)
        {
            switch (errorCode)
            {
                case {|ECA0001:1003|}: return "closed";
                case {|ECA0001:2002|}: return "funds";
                case {|ECA0001:6004|}: return "price";
                case {|ECA0001:12004|}: return "failed";
                default: return "other";
            }
        }
        """), messageFragment: span => "Immutable X Link");

    [Fact]
    public Task CoinoneStringCodesInAnIfChain() => LiteralRules.VerifyAsync(WrapInClass("""
        string Describe(string errorCode)
        {
            if (errorCode == {|ECA0001:"12"|}) return "token";
            else if (errorCode == {|ECA0001:"103"|}) return "balance";
            else if (errorCode == {|ECA0001:"131"|}) return "nonce";
            else if (errorCode == {|ECA0001:"3010"|}) return "locked";
            return "other";
        }
        """), messageFragment: span => "Coinone Open API");

    [Fact]
    public Task OkxCodesAsStringsInASwitchExpression() => LiteralRules.VerifyAsync(WrapInClass("""
        static bool IsRetryable(string code) => code switch
        {
            {|ECA0001:"50011"|} or {|ECA0001:"50013"|} or {|ECA0001:"50026"|} => true,
            {|ECA0001:"50113"|} => false,
            _ => false,
        };
        """), messageFragment: span => "OKX Web3 API");

    [Fact]
    public Task TencentNegativeCodesInASwitch() => LiteralRules.VerifyAsync(WrapInClass("""
        static bool NeedsLogin(int code)
        {
            switch (code)
            {
                case {|ECA0001:-10001|}:
                case {|ECA0001:-10003|}:
                case {|ECA0001:6206|}:
                case {|ECA0001:70001|}:
                    return true;
                default:
                    return false;
            }
        }
        """), messageFragment: span => "Tencent Cloud IM");

    // ---------------------------------------------------------------- code tables and code parameters

    [Fact]
    public Task NumericKeyedTableOfExceptionFactories() => LiteralRules.VerifyAsync(WrapInClass("""
        sealed class InsufficientFunds : Exception { public InsufficientFunds(string m) : base(m) { } }
        sealed class Rejected : Exception { public Rejected(string m) : base(m) { } }
        static readonly Dictionary<int, Func<string, Exception>> Map = new()
        {
            [{|ECA0001:2002|}] = m => new InsufficientFunds(m),
            [{|ECA0001:2003|}] = m => new Rejected(m),
        };
        """));

    [Fact]
    public Task NumericKeyedTableOfExceptionTypes() => LiteralRules.VerifyAsync(WrapInClass("""
        sealed class SessionExpired : Exception { }
        sealed class Kicked : Exception { }
        static readonly Dictionary<int, Type> Map = new() { { {|ECA0001:6206|}, typeof(SessionExpired) }, { {|ECA0001:6208|}, typeof(Kicked) } };
        """));

    [Fact]
    public Task NumericKeyedTableOfErrorKinds() => LiteralRules.VerifyAsync(WrapInClass("""
        enum ErrorKind { Funds, Rejected }
        static readonly Dictionary<int, ErrorKind> Kinds = new() { { {|ECA0001:2002|}, ErrorKind.Funds }, { {|ECA0001:2003|}, ErrorKind.Rejected } };
        """));

    [Fact]
    public Task StringKeyedTableWithANeutralName() => LiteralRules.VerifyAsync(WrapInClass("""
        static readonly Dictionary<string, string> Messages = new() { { {|ECA0001:"50011"|}, "Too many requests." }, { {|ECA0001:"50013"|}, "Busy." } };
        """));

    [Fact]
    public Task TableWithTooFewDocumentedKeysIsNoCodeTable() => LiteralRules.VerifyAsync(WrapInClass("""
        static readonly Dictionary<string, string> ErrorMessages = new() { { "50011", "Too many requests." }, { "x", "a" }, { "y", "b" }, { "z", "c" } };
        static readonly Dictionary<string, string> OtherErrors = new() { { "50011", "Too many requests." } };
        """));

    [Fact]
    public Task ConstructorChainingPassesACode() => LiteralRules.VerifyAsync(WrapInClass("""
        class LinkException : Exception { public LinkException(int errorCode, string message) : base(message) { } }
        sealed class InsufficientFunds : LinkException { public InsufficientFunds(string message) : base({|ECA0001:2002|}, message) { } }
        record LinkError(int ErrorCode, string Message);
        sealed record Rejected(string Message) : LinkError({|ECA0001:2003|}, Message);
        sealed class Other : LinkException { public Other() : this("x") { } public Other(string message) : base(42, message) { } }
        """));

    [Fact]
    public Task LocalListNamedCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        static bool M(int value)
        {
            var codes = new[] { {|ECA0001:2002|}, {|ECA0001:2003|} };
            return Array.IndexOf(codes, value) >= 0;
        }
        """));

    [Fact]
    public Task UserConstantIsAlreadyNamedButTheLiteralNextToItIsReported() => LiteralRules.VerifyAsync(WrapInClass("""
        const int HistoryFailed = 8000;
        void M(int code)
        {
            if (code == HistoryFailed) { }
            if (code == {|ECA0001:8000|}) { }
        }
        """));

    [Fact]
    public Task PackageConstantsAreNotReported() => LiteralRules.VerifyAsync(WrapInClass("""
        bool M(int code, string errorCode) =>
            code == ImmutableLink.Deposits.InsufficientFunds ||
            errorCode == CoinoneStrings.General.InvalidPrice ||
            code is TencentIm.Sdk.Account.UserSigExpired or TencentIm.Server.SsoAccessLayer.D2TicketExpired;
        """));

    [Fact]
    public Task GeneratedCodeIsSkipped() => LiteralRules.VerifyAsync("""
        // <auto-generated/>
        class C { bool M(int code) => code == 2002; }
        """);

    [Fact]
    public Task SuccessCodeIsReportedWhenConfigured() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:0|};"),
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\n",
        messageFragments: ["ambiguous: OKX Web3 API \"Succeeded.\" (General) or Tencent Cloud IM \"No error.\" (General error codes)"]);

    [Fact]
    public Task SuccessCodeInAnOkxContextIsOkxWhenConfigured() => LiteralRules.VerifyAsync(
        WrapInClass("void M(string code) { switch (code) { case {|ECA0001:\"0\"|}: break; case {|ECA0001:\"50011\"|}: break; } }"),
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\n",
        messages:
        [
            "Error code \"0\" is OKX Web3 API \"Succeeded.\" (General); use OkxWeb3Strings.General.Succeeded",
            "Error code \"50011\" is OKX Web3 API \"Requests too frequent.\" (General); use OkxWeb3Strings.General.RequestsTooFrequent",
        ]);

    [Fact]
    public Task SuccessCodeIsReportedWhenConfiguredInAGlobalConfig() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(int code) => code == {|ECA0001:0|};"),
        globalConfig: "error_code_analyzers.report_success_codes = true\n");

    [Fact]
    public Task SeveralFormsInOneFile() => LiteralRules.VerifyAsync(WrapInClass("""
        sealed class Response { public int ErrorCode { get; set; } public string? Msg { get; set; } }
        int Handle(Response response)
        {
            if (response.ErrorCode == {|ECA0001:2002|}) return 1;
            var retry = response.ErrorCode is {|ECA0001:50011|} or {|ECA0001:50013|};
            return response.ErrorCode switch
            {
                {|ECA0001:104|} => 2,
                {|ECA0001:-10001|} => 3,
                _ => retry ? 4 : 5,
            };
        }
        """));
}

/// <summary>Runs the literal analyzer on markup, checking message contents per span in addition to locations.</summary>
internal static class LiteralRules
{
    /// <param name="markup">Source with {|ECA000x:...|} spans.</param>
    /// <param name="messages">Exact messages, one per span in source order (null entries are not checked).</param>
    /// <param name="messageFragments">Message fragments, one per span in source order (null entries are not checked).</param>
    /// <param name="messageFragment">A fragment every ECA0001 message must contain.</param>
    public static Task VerifyAsync(
        string markup,
        string? editorConfig = null,
        string? globalConfig = null,
        IReadOnlyList<string?>? messages = null,
        IReadOnlyList<string?>? messageFragments = null,
        Func<MarkupSpan, string?>? messageFragment = null,
        IEnumerable<(string Name, string Markup)>? moreSources = null,
        bool withConfigurationAnalyzer = false,
        IEnumerable<ExpectedDiagnostic>? expected = null)
    {
        var test = new AnalyzerTest { EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        if (withConfigurationAnalyzer)
        {
            test.Analyzers.Add(new ConfigurationAnalyzer());
        }

        var (text, spans) = Markup.Parse(markup);
        if (messages is not null && messages.Count != spans.Count)
        {
            throw new VerificationFailedException($"{messages.Count} messages for {spans.Count} marked spans.");
        }

        if (messageFragments is not null && messageFragments.Count != spans.Count)
        {
            throw new VerificationFailedException($"{messageFragments.Count} message fragments for {spans.Count} marked spans.");
        }

        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var position = lines.GetLinePositionSpan(span.Span);
            var expectation = ExpectedDiagnostic.At(span.Id!, position.Start.Line + 1, position.Start.Character + 1)
                .WithSpan(position.Start.Line + 1, position.Start.Character + 1, position.End.Line + 1, position.End.Character + 1);
            if (messages?[i] is { } message)
            {
                expectation = expectation.WithMessage(message);
            }

            var fragment = messageFragments?[i] ?? (span.Id == "ECA0001" ? messageFragment?.Invoke(span) : null);
            if (fragment is not null)
            {
                expectation = expectation.WithMessageContaining(fragment);
            }

            test.ExpectedDiagnostics.Add(expectation);
        }

        test.Sources.Add(("Test0.cs", text));
        foreach (var source in moreSources ?? [])
        {
            test.Sources.Add(source);
        }

        if (expected is not null)
        {
            test.ExpectedDiagnostics.AddRange(expected);
        }

        return test.RunAsync();
    }
}
