using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Found by the robustness tests: Roslyn's cleanup after a code action (simplifier, formatter) throws on some broken
/// code and recurses over the whole nesting of the edited node. The fixes are therefore not offered in a member with a
/// syntax error, nor on a node nested deeper than 1,000 levels; elsewhere in the same file they are.
/// </summary>
public sealed class CleanupHazardsTests
{
    [Fact]
    public async Task NoFixInABrokenMemberButInTheIntactOneNextToIt()
    {
        const string source = """
public static class Handler
{
    public static bool Broken(int errorCode) => errorCode is [2002, .., => => true;

    public static bool Intact(int errorCode) => errorCode == 2003;
}
""";
        var (reported, offered) = await OfferedAsync(source);
        Assert.Contains("2002", reported);
        Assert.DoesNotContain("2002", offered);
        Assert.Contains("2003", offered);
    }

    [Fact]
    public async Task NoFixInChainsThousandsDeepButNextToThem()
    {
        var deep = new StringBuilder("public static class Handler\n{\n    public static int Deep(int errorCode)\n    {\n");
        for (var i = 0; i < 1_000; i++)
        {
            var value = i switch { 0 => "2002", 999 => "2001", _ => (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            deep.Append(i == 0 ? "        if" : "        else if").Append(" (errorCode == ").Append(value).Append(") return ").Append(i).AppendLine(";");
        }

        deep.AppendLine("        return -1;\n    }\n");
        deep.Append("    public static bool Or(int errorCode) => errorCode == 5002");
        for (var i = 0; i < 1_500; i++)
        {
            deep.Append(" || errorCode == ").Append(200_000 + i);
        }

        deep.AppendLine(";\n\n    public static bool Short(int errorCode) => errorCode == 2003;\n}");
        var (reported, offered) = await OfferedAsync(deep.ToString());
        Assert.Contains("2002", reported);
        Assert.Contains("2001", reported);
        Assert.Contains("5002", reported);
        Assert.DoesNotContain("2002", offered); // the head of the chain: the cleanup would walk the whole chain below it
        Assert.DoesNotContain("2001", offered); // the last branch, 2,000 levels deep
        Assert.DoesNotContain("5002", offered); // the deepest operand of a 1,500-long || chain
        Assert.Contains("2003", offered);
    }

    /// <summary>The literals (texts) reported with ECA0001, and those for which some fixer offers an action.</summary>
    private static async Task<(List<string> Reported, List<string> Offered)> OfferedAsync(string source)
    {
        using var harness = new AnalysisHarness(new HarnessSettings { MaxDiagnosticsToFix = 0 });
        var solution = harness.CreateSolution(new[] { ("Test0.cs", source) });
        var project = harness.GetProject(solution);
        var failures = new List<HarnessFailure>();
        var diagnostics = await harness.AnalyzeAsync((await project.GetCompilationAsync())!, project.AnalyzerOptions, failures, CancellationToken.None);
        Assert.Empty(failures);
        var offered = new List<string>();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "ECA0001"))
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            foreach (var fixer in harness.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            }

            if (actions.Count > 0)
            {
                offered.Add(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            }
        }

        var reported = diagnostics.Where(d => d.Id == "ECA0001").Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).ToList();
        return (reported, offered);
    }
}
