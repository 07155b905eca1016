using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.CodeFixes;

public class RemoveObsoleteErrorCodeCodeFixTests
{
    private const string LinkOnly = "root = true\n\n[*.cs]\nerror_code_analyzers.providers = immutable-link\n";

    private static Task VerifyFix(string source, string fixedSource, FixMode mode = FixMode.Iterative)
    {
        var test = new AnalyzerTest { CodeFix = new RemoveObsoleteErrorCodeCodeFix(), EditorConfig = LinkOnly, FixMode = mode, DefaultDiagnosticId = "ECA0002" };
        test.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        test.Sources.Add(("Test0.cs", source));
        test.FixedSources.Add(("Test0.cs", fixedSource));
        return test.RunAsync();
    }

    [Fact]
    public Task OnlyLabelRemovesTheWholeSection() => VerifyFix(@"class C
{
    string M(int code)
    {
        switch (code)
        {
            case {|ECA0001:1004|}:
                return ""cookies"";
            case [|1005|]:
                return ""whitelist"";
            default:
                return ""other"";
        }
    }
}", @"class C
{
    string M(int code)
    {
        switch (code)
        {
            case {|ECA0001:1004|}:
                return ""cookies"";
            default:
                return ""other"";
        }
    }
}");

    [Fact]
    public Task SharedSectionKeepsTheOtherLabel() => VerifyFix(@"class C
{
    string M(int code)
    {
        switch (code)
        {
            case {|ECA0001:1004|}:
            case [|1005|]:
                return ""embedding"";
            default:
                return ""other"";
        }
    }
}", @"class C
{
    string M(int code)
    {
        switch (code)
        {
            case {|ECA0001:1004|}:
                return ""embedding"";
            default:
                return ""other"";
        }
    }
}");

    [Fact]
    public Task OrPatternDropsTheAlternative() => VerifyFix(@"class C
{
    bool M(int code) => code is {|ECA0001:1004|} or [|1005|];
}", @"class C
{
    bool M(int code) => code is {|ECA0001:1004|};
}");

    [Fact]
    public Task SwitchExpressionArmIsRemoved() => VerifyFix(@"class C
{
    string M(int code) => code switch
    {
        {|ECA0001:1004|} => ""cookies"",
        [|1005|] => ""whitelist"",
        _ => ""other"",
    };
}", @"class C
{
    string M(int code) => code switch
    {
        {|ECA0001:1004|} => ""cookies"",
        _ => ""other"",
    };
}");

    [Fact]
    public Task ElseIfBranchIsRemoved() => VerifyFix(@"class C
{
    string M(int code)
    {
        if (code == {|ECA0001:1004|})
        {
            return ""cookies"";
        }
        else if (code == [|1005|])
        {
            return ""whitelist"";
        }
        else
        {
            return ""other"";
        }
    }
}", @"class C
{
    string M(int code)
    {
        if (code == {|ECA0001:1004|})
        {
            return ""cookies"";
        }
        else
        {
            return ""other"";
        }
    }
}");

    [Fact]
    public Task LeadingIfBranchGivesWayToTheNextOne() => VerifyFix(@"class C
{
    string M(int code)
    {
        if (code == [|1005|])
        {
            return ""whitelist"";
        }
        else if (code == {|ECA0001:1004|})
        {
            return ""cookies"";
        }

        return ""other"";
    }
}", @"class C
{
    string M(int code)
    {
        if (code == {|ECA0001:1004|})
        {
            return ""cookies"";
        }

        return ""other"";
    }
}");

    [Fact]
    public Task LoneComparisonBecomesFalse() => VerifyFix(@"class C
{
    bool M(int code) => code == [|1005|];
}", @"class C
{
    bool M(int code) => false;
}");

    [Fact]
    public Task FixAllRemovesEveryObsoleteCode() => VerifyFix(@"class C
{
    bool A(int code) => code == [|1005|];
    bool B(int errorCode) => errorCode != [|1005|];
}", @"class C
{
    bool A(int code) => false;
    bool B(int errorCode) => true;
}", FixMode.FixAllDocument);
}
