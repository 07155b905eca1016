using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, no crash on unusual constructs: top-level statements, file-scoped namespaces, pattern combinators,
/// checked/unchecked, const locals, interpolation, raw and UTF-8 strings, nameof, enums with code-like values,
/// dynamic, unsafe code, and more. Each snippet compiles; every analyzer runs on it and every fix of every
/// diagnostic is registered and applied, without an exception.
/// </summary>
public sealed class UnusualConstructsTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => new(UnusualConstructs.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task NoAnalyzerOrFixThrows(string name)
    {
        var construct = UnusualConstructs.All.Single(c => c.Name == name);
#if ROSLYN_FLOOR
        if (construct.NeedsCSharp12)
        {
            return; // C# 12 syntax does not parse on Roslyn 4.5
        }
#endif

        using var harness = new AnalysisHarness(new HarnessSettings
        {
            CollectCompilerErrors = true,
            OutputKind = construct.IsExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
        });
        var outcome = await harness.RunAsync(construct.Text);

        Assert.True(outcome.CompilerErrors.IsEmpty, "the snippet must compile, so that the analyzers see its semantics:" + Environment.NewLine + string.Join(Environment.NewLine, outcome.CompilerErrors));
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures));
        output.WriteLine($"{name}: {outcome.Diagnostics.Length} diagnostics ({string.Join(", ", outcome.Diagnostics.Select(d => d.Id).GroupBy(i => i).Select(g => $"{g.Key} x{g.Count()}"))}), "
            + $"{outcome.FixesRegistered} fixes registered, {outcome.FixesApplied} applied");
    }

    [Fact]
    public async Task TheConstructsAreAnalysedAtAll()
    {
        using var harness = new AnalysisHarness(new HarnessSettings { MaxDiagnosticsToFix = 0 });
        var total = 0;
        foreach (var construct in UnusualConstructs.All.Where(c => !c.IsExecutable))
        {
            total += (await harness.RunAsync(construct.Text)).Diagnostics.Length;
        }

        Assert.True(total >= UnusualConstructs.All.Count, $"only {total} diagnostics over {UnusualConstructs.All.Count} code-dense snippets: the rules do not look at them");
    }
}
