using System.Diagnostics;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ErrorCodeAnalyzers.Tests.Robustness;

namespace ErrorCodeAnalyzers.StressHost;

/// <summary>
/// Builds one deep or large source (see <see cref="Scenarios"/>), runs every analyzer on it with concurrent execution,
/// applies the first code fix of the first fixable diagnostic, prints a summary and exits 0 when nothing threw.
/// Exit codes: 0 = fine, 1 = an analyzer or fixer threw (details printed), 2 = bad usage. A stack overflow kills the
/// process (the runtime prints "Stack overflow" and exits with SIGABRT), which the calling test reports.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: ErrorCodeAnalyzers.StressHost <scenario> [size] [--baseline] | list");
            Console.WriteLine("scenarios: " + string.Join(", ", Scenarios.Names));
            return 2;
        }

        if (args[0] == "list")
        {
            foreach (var name in Scenarios.Names)
            {
                Console.WriteLine(name);
            }

            return 0;
        }

        if (!Scenarios.TryGet(args[0], out var scenario))
        {
            Console.Error.WriteLine($"unknown scenario '{args[0]}'; known: {string.Join(", ", Scenarios.Names)}");
            return 2;
        }

        var baseline = args.Contains("--baseline");
        var size = args.Length > 1 && int.TryParse(args[1], out var parsed) ? parsed : scenario.DefaultSize;
        var stopwatch = Stopwatch.StartNew();
        var sources = scenario.Generate(size);
        var generated = stopwatch.Elapsed;
        Console.WriteLine($"scenario {scenario.Name} (size {size}): {scenario.Description}");
        Console.WriteLine($"  source: {sources.Sum(s => s.Text.Length):N0} characters, {sources.Sum(s => CountLines(s.Text)):N0} lines in {sources.Count} file(s); generated in {generated.TotalSeconds:F1} s");
        Console.WriteLine($"  components: {ProductComponents.Describe()}");

        using var harness = new AnalysisHarness(new HarnessSettings { ConcurrentAnalysis = true, MaxDiagnosticsToFix = 1, LogAnalyzerExecutionTime = true });
        if (baseline)
        {
            // The compiler, then the same analysis with a do-nothing analyzer in place of the product's: does this compiler
            // handle the code at all? (On Roslyn 4.5 the else-if-chain scenario overflows here too.)
            var project = harness.GetProject(harness.CreateSolution(sources));
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            _ = compilation.GetDiagnostics();
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NothingAnalyzer()), options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false); // the call the harness makes
            Console.WriteLine($"  baseline (no product analyzer): {diagnostics.Length} diagnostic(s) in {stopwatch.Elapsed.TotalSeconds:F1} s: "
                + string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()} ({g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)})")));
            Console.WriteLine("  OK");
            return 0;
        }

        if (Environment.GetEnvironmentVariable("ECA_STRESS_PROFILE") == "1")
        {
            await ProfileAsync(harness, sources).ConfigureAwait(false);
        }

        stopwatch.Restart();
        var outcome = await harness.RunAsync(sources).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;

        var byId = outcome.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        Console.WriteLine($"  analysis {outcome.AnalysisTime.TotalSeconds:F1} s, fix {outcome.FixTime.TotalSeconds:F1} s, in all {elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  of which in the analyzers' own callbacks (the rest is the compiler binding the code): "
            + string.Join(", ", outcome.AnalyzerTimes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.TotalSeconds:F2} s")));
        Console.WriteLine($"  diagnostics: {outcome.Diagnostics.Length} ({string.Join(", ", byId)})");
        Console.WriteLine($"  fixes registered: {outcome.FixesRegistered}, applied: {outcome.FixesApplied}");
        var failures = outcome.Failures;
        if (failures.Count > 0)
        {
            Console.WriteLine($"  FAILED: {failures.Count} failure(s)");
            foreach (var failure in failures.Take(5))
            {
                Console.WriteLine("  " + failure);
            }

            return 1;
        }

        if (outcome.Diagnostics.Length < scenario.MinimumDiagnostics)
        {
            Console.WriteLine($"  FAILED: expected at least {scenario.MinimumDiagnostics} diagnostic(s): the analyzers did not look at the code");
            return 1;
        }

        Console.WriteLine("  OK");
        return 0;
    }

    /// <summary>Where the time goes: the compiler alone, then each analyzer alone (set ECA_STRESS_PROFILE=1).</summary>
    private static async Task ProfileAsync(AnalysisHarness harness, IReadOnlyList<(string Name, string Text)> sources)
    {
        var project = harness.GetProject(harness.CreateSolution(sources));
        var stopwatch = Stopwatch.StartNew();
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"  profile: compiler diagnostics {stopwatch.Elapsed.TotalSeconds:F1} s, {errors.Count} error(s) "
            + string.Join(", ", errors.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}")));
        foreach (var analyzer in harness.Analyzers)
        {
            stopwatch.Restart();
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create(analyzer), options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
            Console.WriteLine($"  profile: {analyzer.GetType().Name} alone {stopwatch.Elapsed.TotalSeconds:F1} s (its own callbacks {telemetry.ExecutionTime.TotalSeconds:F1} s), {diagnostics.Length} diagnostic(s)");
        }
    }

    private static int CountLines(string text)
    {
        var lines = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}

/// <summary>Asks the driver for the same kind of work as the product's analyzers (semantic models, syntax nodes, one type lookup) and reports nothing.</summary>
#pragma warning disable RS1036, RS1038, RS1041, RS2008 // a test double run in-process, never shipped or loaded by a compiler
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NothingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("NOTHING", "Never reported", "Never reported", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // The least any semantic analyzer does: ask for the type of one expression (the first condition of each tree).
        context.RegisterSemanticModelAction(c =>
        {
            var condition = c.SemanticModel.SyntaxTree.GetRoot(c.CancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax>().FirstOrDefault()?.Condition;
            if (condition is not null)
            {
                _ = c.SemanticModel.GetTypeInfo(condition, c.CancellationToken);
            }
        });
        context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.IfStatement, Microsoft.CodeAnalysis.CSharp.SyntaxKind.SwitchStatement);
    }
}
