using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.VerifierTests;

public sealed class MarkupTests
{
    [Fact]
    public void NestedMarkupGivesPositionsInTheStrippedText()
    {
        var (text, spans) = Markup.Parse("a[|b{|ECA0003:c|}d|]e{|X1:f|}");
        Assert.Equal("abcdef", text);
        Assert.Equal(
            [new MarkupSpan(null, TextSpan.FromBounds(1, 4)), new MarkupSpan("ECA0003", TextSpan.FromBounds(2, 3)), new MarkupSpan("X1", TextSpan.FromBounds(5, 6))],
            spans);
    }

    [Fact]
    public void EmptySpansAreAllowed()
    {
        var (text, spans) = Markup.Parse("ab[||]c");
        Assert.Equal("abc", text);
        Assert.Equal(new MarkupSpan(null, new TextSpan(2, 0)), Assert.Single(spans));
    }

    [Theory]
    [InlineData("var s = $\"{{|{a}|}}\";")]
    [InlineData("var s = \"{|abc: |}\";")]
    [InlineData("var s = \"{|1A: x|}\";")]
    [InlineData("bool b = x |}")]
    public void BracesAndBarsThatAreNotMarkupStayText(string code)
    {
        var (text, spans) = Markup.Parse(code);
        Assert.Equal(code, text);
        Assert.Empty(spans);
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a {|ECA0001:b")]
    [InlineData("a b|]")]
    [InlineData("{|ECA0001:a [|b|} c|]")]
    public void MalformedMarkupFails(string markup) =>
        Assert.Throws<VerificationFailedException>(() => Markup.Parse(markup));

    [Fact]
    public Task CurlyBarInsideCSharpStringsIsNotMarkup() =>
        Verify.NoDiagnosticsAsync<FortyTwoAnalyzer>("""
            class C
            {
                string M(int a) => $"{{|{a}|}}" + "{|abc: |}";
            }
            """);

    [Fact]
    public void ExpectedDiagnosticFactoriesAndToString()
    {
        var expected = ExpectedDiagnostic.At("ECA0001", 3, 5).WithSpan(3, 5, 3, 9).InFile("Test1.cs").WithMessage("m");
        Assert.Equal(new ExpectedDiagnostic("ECA0001", "Test1.cs", 3, 5, 3, 9, "m", null), expected);
        Assert.Equal("ECA0001 Test1.cs(3,5)-(3,9): \"m\"", expected.ToString());
        Assert.False(ExpectedDiagnostic.WithoutLocation("ECA0002").HasLocation);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedDiagnostic.At("ECA0001", 0, 1));
    }
}
