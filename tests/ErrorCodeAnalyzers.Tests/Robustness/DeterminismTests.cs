using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, concurrency and determinism: the same compilation analysed 20 times with concurrent execution (runs in
/// parallel, with fresh and with shared analyzer instances) gives identical diagnostics: ids, spans, messages,
/// severities, properties, additional locations. Different compilations analysed side by side do not influence
/// each other (no shared mutable state outside per-compilation objects).
/// </summary>
public sealed class DeterminismTests(ITestOutputHelper output)
{
    private const int Runs = 20;

    private const string TencentOnly = "root = true\n[*.cs]\nerror_code_analyzers.providers = tencent-im\nerror_code_analyzers.mandatory_scope = provider\n";

    private const string SuccessCodes = "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\nerror_code_analyzers.coinone.mandatory = 12, 131\nerror_code_analyzers.okx-web3.known_codes = 50099\n";

    [Fact]
    public async Task TwentyConcurrentRunsGiveIdenticalDiagnostics()
    {
        using var harness = new AnalysisHarness(editorConfig: SuccessCodes);
        var project = harness.GetProject(harness.CreateSolution(Workloads.ManyFiles()));
        var compilation = (await project.GetCompilationAsync())!;
        var shared = ProductComponents.CreateAnalyzers();

        var results = await Task.WhenAll(Enumerable.Range(0, Runs).Select(i => Task.Run(() =>
            AnalyzeAsync(compilation, project.AnalyzerOptions, i % 2 == 0 ? shared : ProductComponents.CreateAnalyzers()))));

        var first = results[0];
        Assert.True(first.Count > 50, $"only {first.Count} diagnostics: the workload does not exercise the rules");
        output.WriteLine($"{Runs} runs, {first.Count} diagnostics each ({string.Join(", ", first.GroupBy(d => d.Split('|')[0]).Select(g => $"{g.Key}: {g.Count()}"))})");
        for (var i = 1; i < results.Length; i++)
        {
            AssertSame(first, results[i], $"run {i}");
        }

        // And the same again one run at a time, with the driver's sequential mode.
        var sequential = Normalize(await compilation.WithAnalyzers(shared, new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync());
        AssertSame(first, sequential, "the sequential run");
    }

    [Fact]
    public async Task CompilationsAnalysedSideBySideDoNotInfluenceEachOther()
    {
        var configurations = new[] { null, TencentOnly, SuccessCodes };
        var harnesses = configurations.Select(c => new AnalysisHarness(editorConfig: c)).ToArray();
        try
        {
            var inputs = new List<(Compilation Compilation, AnalyzerOptions Options)>();
            foreach (var harness in harnesses)
            {
                var project = harness.GetProject(harness.CreateSolution(Workloads.ManyFiles()));
                inputs.Add(((await project.GetCompilationAsync())!, project.AnalyzerOptions));
            }

            // Baselines: each compilation alone, with its own analyzers.
            var baselines = new List<IReadOnlyList<string>>();
            foreach (var (compilation, options) in inputs)
            {
                baselines.Add(await AnalyzeAsync(compilation, options, ProductComponents.CreateAnalyzers()));
            }

            Assert.NotEqual(baselines[0], baselines[1]); // the configurations matter, or this test proves nothing

            // Side by side: the same analyzer instances on all compilations at once, several times.
            var shared = ProductComponents.CreateAnalyzers();
            var runs = Enumerable.Range(0, 3 * inputs.Count).Select(i => (Index: i % inputs.Count, Task: Task.Run(() => AnalyzeAsync(inputs[i % inputs.Count].Compilation, inputs[i % inputs.Count].Options, shared)))).ToList();
            await Task.WhenAll(runs.Select(r => r.Task));
            foreach (var (index, task) in runs)
            {
                AssertSame(baselines[index], await task, $"compilation #{index} analysed next to the others");
            }
        }
        finally
        {
            foreach (var harness in harnesses)
            {
                harness.Dispose();
            }
        }
    }

    /// <summary>Everything a user or a fix can see of a diagnostic, one line each, in a stable order.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static string Describe(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        builder.Append(diagnostic.Id).Append('|').Append(diagnostic.Severity).Append('|').Append(Location(diagnostic.Location)).Append('|');
        builder.Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('|');
        foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(key).Append('=').Append(value ?? "<null>").Append(';');
        }

        builder.Append('|').Append(string.Join(",", diagnostic.AdditionalLocations.Select(Location)));
        return builder.ToString();
    }

    private static string Location(Location location) =>
        location.IsInSource ? $"{location.SourceTree!.FilePath}[{location.SourceSpan.Start}..{location.SourceSpan.End}]" : location.Kind.ToString();

    private static async Task<IReadOnlyList<string>> AnalyzeAsync(Compilation compilation, AnalyzerOptions options, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.IsEmpty, string.Join(Environment.NewLine, exceptions));
        return Normalize(diagnostics);
    }

    private static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return;
        }

        var missing = expected.Except(actual, StringComparer.Ordinal).Take(5);
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(5);
        Assert.Fail($"{what} differs ({expected.Count} vs {actual.Count} diagnostics).{Environment.NewLine}Missing:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", missing) + Environment.NewLine + "Extra:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", extra));
    }
}
