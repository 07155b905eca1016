using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.CodeFixes;

/// <summary>
/// <see cref="LiteralReplacement"/> writes the final form itself, so Fix All has no simplifier pass to run (the cost
/// that made a Fix All over a thousand codes take a second): only references whose short form does not bind stay
/// qualified and marked for the simplifier.
/// </summary>
public class LiteralReplacementTests
{
    [Theory]
    [InlineData("using System;\n", "using System;\nusing ProviderErrorCodes;\n")]
    [InlineData("using ProviderErrorCodes;\n", "using ProviderErrorCodes;\n")]
    public void ShortFormsNeedNoSimplifier(string usings, string expectedUsings)
    {
        var (model, root, targets) = Parse(usings + "class C { bool M(int code) => code == 2002 || code == 2001; }", "2002", "2001");

        var replaced = LiteralReplacement.Replace(model, root, targets, CancellationToken.None);

        Assert.Equal(
            expectedUsings + "class C { bool M(int code) => code == ImmutableLink.Deposits.InsufficientFunds || code == ImmutableLink.Deposits.InvalidErc20Token; }",
            replaced.ToFullString());
        Assert.Empty(replaced.GetAnnotatedNodes(Simplifier.Annotation));
        Assert.Empty(replaced.GetAnnotatedNodesAndTokens(Formatter.Annotation));
        Assert.Empty(replaced.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation));
    }

    [Fact]
    public void OnlyTheShadowedReferenceIsLeftToTheSimplifier()
    {
        var (model, root, targets) = Parse(
            "using System;\nclass C { bool M(int code, int ImmutableLink) => code == 2002; bool N(int code) => code == 2001; }", "2002", "2001");

        var replaced = LiteralReplacement.Replace(model, root, targets, CancellationToken.None);

        var marked = Assert.Single(replaced.GetAnnotatedNodes(Simplifier.Annotation));
        Assert.Equal("global::ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds", marked.ToString());
        Assert.Contains("code == ImmutableLink.Deposits.InvalidErc20Token", replaced.ToFullString(), StringComparison.Ordinal);
    }

    private static (SemanticModel Model, CompilationUnitSyntax Root, Dictionary<SyntaxNode, string> Targets) Parse(string source, params string[] literals)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create(
            "Test",
            [tree],
            TestReferences.Framework.Add(TestReferences.Constants ?? throw new InvalidOperationException("The constants assembly is missing.")),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var root = tree.GetCompilationUnitRoot();
        var constants = new Dictionary<string, string>
        {
            ["2002"] = "ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds",
            ["2001"] = "ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token",
        };
        var targets = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => literals.Contains(l.Token.Text))
            .ToDictionary(l => (SyntaxNode)l, l => constants[l.Token.Text]);
        Assert.Equal(literals.Length, targets.Count);
        return (compilation.GetSemanticModel(tree), root, targets);
    }
}
