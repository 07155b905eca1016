using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;
using static ErrorCodeAnalyzers.Tests.Rules.MagicErrorCodeTests;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// ECA0004, undocumented error code (the typo guard): a literal in a handler next to at least two documented codes of one
/// provider, not documented by it, within the span of those codes' sections widened by 10; silenced by known_codes and
/// documented ranges.
/// </summary>
public sealed class UndocumentedErrorCodeTests
{
    [Fact]
    public Task IssueExample() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case {|ECA0001:2003|}: break;
                case {|ECA0004:2004|}: break;
            }
        }
        """),
        messages:
        [
            null, null, null,
            "Error code 2004 is not documented by Immutable X Link, unlike the other codes of this handler (Deposits); check for a typo, or declare it in error_code_analyzers.immutable-link.known_codes",
        ]);

    [Theory]
    [InlineData("1990", true)]
    [InlineData("1989", false)]
    [InlineData("2013", true)]
    [InlineData("2014", false)]
    [InlineData("2020", false)]
    [InlineData("1995", true)]
    public Task SpanIsTheSectionsWidenedByTen(string value, bool reported) => LiteralRules.VerifyAsync(WrapInClass($$"""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2002|}: break;
                case {{(reported ? "{|ECA0004:" + value + "|}" : value)}}: break;
            }
        }
        """));

    [Fact]
    public Task SpanIsTheUnionOfTheSectionsOfTheDocumentedCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2002|}: break;
                case {|ECA0001:5002|}: break;
                case {|ECA0004:3000|}: break;
                case {|ECA0004:5013|}: break;
                case 5014: break;
            }
        }
        """), messageFragments: [null, null, "(Deposits, Buy)", "(Deposits, Buy)"]);

    [Fact]
    public Task OneDocumentedCodeIsNotEnough() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case 2004: break;
                case 2005: break;
            }
        }
        """));

    [Fact]
    public Task SuccessCodeDoesNotCountAsADocumentedCode() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(string code)
        {
            switch (code)
            {
                case "0": break;
                case {|ECA0001:"50011"|}: break;
                case "50017": break;
            }
        }
        """));

    [Fact]
    public Task TwoProvidersInOneHandlerSayNothing() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2002|}: break;
                case {|ECA0001:104|}: break;
                case 2004: break;
                case 106: break;
            }
        }
        """));

    [Fact]
    public Task AmbiguousHandlerSaysNothing() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:1001|}: break;
                case {|ECA0001:1002|}: break;
                case 1006: break;
            }
        }
        """));

    [Fact]
    public Task IfElseIfChain() => LiteralRules.VerifyAsync(WrapInClass("""
        string M(int errorCode)
        {
            if (errorCode == {|ECA0001:6000|}) return "a";
            else if (errorCode == {|ECA0001:6002|}) return "b";
            else if (errorCode == {|ECA0004:6015|}) return "c";
            return "d";
        }
        """), messageFragments: [null, null, "not documented by Immutable X Link, unlike the other codes of this handler (Sell)"]);

    [Fact]
    public Task IfWithAnOrPattern() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            if (code is {|ECA0001:7000|} or {|ECA0001:7003|} or {|ECA0004:7012|}) { }
        }
        """));

    [Fact]
    public Task CasePatternOr() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:9000|} or {|ECA0001:9001|}: break;
                case {|ECA0004:9010|} when code > 0: break;
            }
        }
        """));

    [Fact]
    public Task SwitchExpressionArms() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(int code) => code switch
        {
            {|ECA0001:12000|} => "a",
            {|ECA0001:12001|} => "b",
            {|ECA0004:12005|} => "c",
            _ => "d",
        };
        """));

    [Fact]
    public Task CoinoneStringCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(string errorCode) => errorCode switch
        {
            {|ECA0001:"103"|} => "balance",
            {|ECA0001:"104"|} => "order",
            {|ECA0004:"106"|} => "typo?",
            _ => "other",
        };
        """), messageFragments: [null, null, "Error code \"106\" is not documented by Coinone Open API, unlike the other codes of this handler (Error codes); check for a typo, or declare it in error_code_analyzers.coinone.known_codes"]);

    [Fact]
    public Task OkxStringCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(string code)
        {
            switch (code)
            {
                case {|ECA0001:"50011"|}:
                case {|ECA0001:"50013"|}:
                case {|ECA0004:"50017"|}:
                    break;
            }
        }
        """), messageFragments: [null, null, "declare it in error_code_analyzers.okx-web3.known_codes"]);

    [Fact]
    public Task TencentNegativeCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:-10001|}:
                case {|ECA0001:-10003|}:
                case {|ECA0004:-10002|}:
                    break;
            }
        }
        """), messageFragments: [null, null, "Error code -10002 is not documented by Tencent Cloud IM, unlike the other codes of this handler (SSO Access Layer Error Codes); check for a typo, or declare it in error_code_analyzers.tencent-im.known_codes"]);

    [Fact]
    public Task PackageConstantsCountAsDocumentedCodes() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int result)
        {
            switch (result)
            {
                case ImmutableLink.Deposits.InsufficientFunds: break;
                case ImmutableLink.Deposits.InvalidErc20Token: break;
                case {|ECA0004:2004|}: break;
            }
        }
        """));

    [Fact]
    public Task OnePackageConstantAndOneLiteral() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(string code)
        {
            if (code == OkxWeb3Strings.Authentication.InvalidSignature) { }
            else if (code == {|ECA0001:"50111"|}) { }
            else if (code == {|ECA0004:"50101"|}) { }
        }
        """));

    [Fact]
    public Task UserConstantsAreNeitherDocumentedCodesNorReported() => LiteralRules.VerifyAsync(WrapInClass("""
        const int Custom = 2004;
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case Custom: break;
            }
        }
        """));

    [Fact]
    public Task SubjectThatIsNoErrorCodeIsSilent() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int retries, int pageSize)
        {
            switch (retries)
            {
                case 2000: break;
                case 2001: break;
                case 2004: break;
            }

            if (pageSize == 50011) { } else if (pageSize == 50013) { } else if (pageSize == 50017) { }
        }
        """));

    // ---------------------------------------------------------------- known codes

    [Fact]
    public Task KnownCodesSilenceTheRule() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case 2004: break;
                case 2005: break;
                case {|ECA0004:2006|}: break;
            }
        }
        """), editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.immutable-link.known_codes = 2004, 2005\n");

    [Fact]
    public Task KnownCodesMayBeNegative() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:-10001|}: break;
                case {|ECA0001:-10003|}: break;
                case -10002: break;
                case {|ECA0004:-10009|}: break;
            }
        }
        """), editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.tencent-im.known_codes = -10002,-10010\n");

    [Fact]
    public Task KnownCodesApplyToStringLiterals() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(string errorCode)
        {
            if (errorCode == {|ECA0001:"103"|}) { }
            else if (errorCode == {|ECA0001:"104"|}) { }
            else if (errorCode == "106") { }
        }
        """), editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.coinone.known_codes = 106\n");

    [Fact]
    public Task KnownCodesOfAnotherProviderDoNotApply() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case {|ECA0004:2004|}: break;
            }
        }
        """), editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.tencent-im.known_codes = 2004\n");

    [Fact]
    public Task KnownCodesInAGlobalConfig() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:2000|}: break;
                case {|ECA0001:2001|}: break;
                case 2004: break;
            }
        }
        """), globalConfig: "error_code_analyzers.immutable-link.known_codes = 2004\n");

    [Fact]
    public async Task KnownCodesPerFolder()
    {
        const string Handler = """
            class {0}
            {{
                void M(int code)
                {{
                    switch (code)
                    {{
                        case {{|ECA0001:2000|}}: break;
                        case {{|ECA0001:2001|}}: break;
                        case {1}: break;
                    }}
                }}
            }}
            """;
        var test = new AnalyzerTest
        {
            EditorConfig = "root = true\n[Legacy/**.cs]\nerror_code_analyzers.immutable-link.known_codes = 2004\n",
        };
        test.Analyzers.Add(new ErrorCodeAnalyzers.Rules.ErrorCodeLiteralAnalyzer());
        test.Sources.Add(("Test0.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Handler, "A", "{|ECA0004:2004|}")));
        test.Sources.Add(("Legacy/Test1.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Handler, "B", "2004")));
        await test.RunAsync();
    }

    // ---------------------------------------------------------------- ranges and places that are not handlers

    [Fact]
    public Task DocumentedRangeIsNeitherMagicNorUndocumented() => LiteralRules.VerifyAsync(WrapInClass("""
        void M(int code)
        {
            switch (code)
            {
                case {|ECA0001:20001|}: break;
                case {|ECA0001:20003|}: break;
                case 120001: break;
                case 125000: break;
                case 130000: break;
            }

            if (code == 120002 || code == 129999) { }
        }
        """));

    [Fact]
    public Task DocumentedRangeAsARelationalPatternIsSilent() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(int code) => code switch
        {
            {|ECA0001:20006|} => "callback",
            {|ECA0001:20007|} => "blocked",
            >= 120001 and <= 130000 => "app defined",
            _ => "other",
        };
        """));

    [Fact]
    public Task UndocumentedTableKeysAreNotReported() => LiteralRules.VerifyAsync(WrapInClass("""
        sealed class RateLimitExceeded : Exception { }
        sealed class SystemBusy : Exception { }
        sealed class Unknown : Exception { }
        static readonly Dictionary<string, Type> Exceptions = new()
        {
            { {|ECA0001:"50011"|}, typeof(RateLimitExceeded) },
            { {|ECA0001:"50013"|}, typeof(SystemBusy) },
            { "50017", typeof(Unknown) },
        };
        """));

    [Fact]
    public Task UndocumentedCodeArgumentsAreNotReported() => LiteralRules.VerifyAsync(WrapInClass("""
        enum ErrorType { Unauthorized }
        sealed class ErrorInfo { public ErrorInfo(ErrorType type, params string[] errorCodes) { } }
        static readonly ErrorInfo Unauthorized = new ErrorInfo(ErrorType.Unauthorized, "50101", {|ECA0001:"50111"|}, {|ECA0001:"50113"|});
        """));

    [Fact]
    public Task StandaloneComparisonIsNoHandler() => LiteralRules.VerifyAsync(WrapInClass("""
        bool M(int code) => code == {|ECA0001:2000|} || code == {|ECA0001:2001|} || code == 2004;
        """));

    [Fact]
    public Task SuccessCodeZeroInACoinoneHandlerIsUndocumentedWhenSuccessCodesAreReported() => LiteralRules.VerifyAsync(WrapInClass("""
        string M(string errorCode)
        {
            if (errorCode == {|ECA0004:"0"|}) return "ok";
            else if (errorCode == {|ECA0001:"103"|}) return "balance";
            else if (errorCode == {|ECA0001:"104"|}) return "order";
            return "other";
        }
        """), editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\n");

    [Fact]
    public Task SuccessCodeZeroInACoinoneHandlerIsNotUndocumented() => LiteralRules.VerifyAsync(WrapInClass("""
        string M(string errorCode)
        {
            if (errorCode == "0") return "ok";
            else if (errorCode == {|ECA0001:"103"|}) return "balance";
            else if (errorCode == {|ECA0001:"104"|}) return "order";
            return "other";
        }
        """));

    [Fact]
    public Task UndocumentedCodeInAHandlerOverAJsonMember() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(System.Text.Json.JsonElement root)
        {
            switch (root.GetProperty("code").GetString())
            {
                case {|ECA0001:"51000"|}: return "parameter";
                case {|ECA0001:"51001"|}: return "address";
                case {|ECA0004:"51004"|}: return "typo";
                default: return "other";
            }
        }
        """));
}
