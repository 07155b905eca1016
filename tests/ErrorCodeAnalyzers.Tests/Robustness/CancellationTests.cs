using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, cancellation: an analysis cancelled while it runs ends with <see cref="OperationCanceledException"/>,
/// promptly, never with another exception and never with a partial result reported as complete; likewise for
/// computing and applying fixes.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    /// <summary>A callback that takes at least this long uncancelled must notice a cancellation requested at its entry.</summary>
    private static readonly TimeSpan LongCallback = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task CancelledInsideACallbackEndsWithOperationCanceled()
    {
        using var harness = new AnalysisHarness();
        var project = harness.GetProject(harness.CreateSolution(Workloads.ManyFiles()));
        var compilation = (await project.GetCompilationAsync())!;

        // Calibration: how many callbacks an uncancelled run makes.
        using (var calibrationSource = new CancellationTokenSource())
        {
            var calibration = new CancellationController(calibrationSource);
            await AnalyzeAsync(compilation, project.AnalyzerOptions, calibration, calibrationSource.Token);
            var total = calibration.Records.Count;
            Assert.True(total > 20, $"only {total} callbacks");
            output.WriteLine($"{total} callbacks in an uncancelled run");

            var points = new[] { 1, 2, 3, 5, 8, 13, total / 4, total / 2, (3 * total) / 4, total - 1 }.Where(p => p >= 1).Distinct();
            foreach (var point in points)
            {
                using var source = new CancellationTokenSource();
                var controller = new CancellationController(source) { CancelAtCall = point };
                var exception = await Record.ExceptionAsync(() => AnalyzeAsync(compilation, project.AnalyzerOptions, controller, source.Token));
                await controller.WaitUntilIdleAsync(TimeSpan.FromMinutes(1));
                Assert.True(exception is OperationCanceledException, $"cancelled at callback {point} of {total}: expected OperationCanceledException, got {exception?.ToString() ?? "a result"}");
                AssertNoCallbackThrew(controller);
            }
        }
    }

    [Fact]
    public async Task LongCallbacksNoticeCancellationPromptly()
    {
        using var harness = new AnalysisHarness();
        var project = harness.GetProject(harness.CreateSolution(new[] { ("Large.cs", Workloads.LargeFile(repetitions: 60)) }));
        var compilation = (await project.GetCompilationAsync())!;
        var treeLength = compilation.SyntaxTrees.Single().Length;

        using var calibrationSource = new CancellationTokenSource();
        var calibration = new CancellationController(calibrationSource);
        await AnalyzeAsync(compilation, project.AnalyzerOptions, calibration, calibrationSource.Token);
        var longOnes = calibration.Records.Where(r => r.Elapsed >= LongCallback).ToList();
        output.WriteLine("calibration: " + string.Join(", ", calibration.Records.GroupBy(r => $"{r.Analyzer}.{r.Kind}").Select(g => $"{g.Key} x{g.Count()} max {g.Max(r => r.Elapsed.TotalMilliseconds):F0} ms, size {g.Max(r => r.Size)}")));
        output.WriteLine($"{calibration.Records.Count} callbacks on a {treeLength:N0}-character file; {longOnes.Count} took {LongCallback.TotalMilliseconds} ms or more: "
            + string.Join(", ", longOnes.Select(r => $"{r.Analyzer}.{r.Kind} {r.Elapsed.TotalMilliseconds:F0} ms")));

        // Cancel at the entry of every whole-tree callback (the big ones): each must end with OperationCanceledException.
        foreach (var analyzer in ProductComponents.CreateAnalyzers())
        {
            using var source = new CancellationTokenSource();
            var controller = new CancellationController(source) { CancelAtSize = treeLength };
            var exception = await Record.ExceptionAsync(() => AnalyzeAsync(compilation, project.AnalyzerOptions, controller, source.Token, ImmutableArray.Create(analyzer)));
            await controller.WaitUntilIdleAsync(TimeSpan.FromMinutes(1));
            AssertNoCallbackThrew(controller);
            var wholeTree = controller.Records.Where(r => r.CancelledAtEntry && r.Size >= treeLength).ToList();
            output.WriteLine($"{analyzer.GetType().Name}: {controller.Records.Count} callbacks, {wholeTree.Count} on the whole tree, ended with {exception?.GetType().Name ?? "a result"}");
            if (wholeTree.Count == 0)
            {
                Assert.True(exception is null || exception is OperationCanceledException, exception?.ToString());
                continue; // this analyzer has no whole-tree callback
            }

            Assert.True(exception is OperationCanceledException, $"{analyzer.GetType().Name}: expected OperationCanceledException, got {exception?.ToString() ?? "a result"}");
            var uncancelled = calibration.Records.Where(r => r.Analyzer == analyzer.GetType().Name && r.Size >= treeLength).ToList();
            foreach (var record in wholeTree)
            {
                var before = uncancelled.FirstOrDefault(r => r.Kind == record.Kind);
                output.WriteLine($"{record.Analyzer}.{record.Kind}: uncancelled {before?.Elapsed.TotalMilliseconds:F0} ms; cancelled at entry: {record.End} after {record.Elapsed.TotalMilliseconds:F0} ms");
                if (before is not null && before.Elapsed >= LongCallback)
                {
                    Assert.True(record.End == CallbackEnd.Cancelled, $"{record.Analyzer}.{record.Kind} ran to completion ({record.Elapsed.TotalMilliseconds:F0} ms) after the analysis was cancelled");
                }
            }
        }
    }

    [Fact]
    public async Task CancelledAfterADelayEitherThrowsOrReturnsTheCompleteResult()
    {
        using var harness = new AnalysisHarness();
        var project = harness.GetProject(harness.CreateSolution(Workloads.ManyFiles()));
        var compilation = (await project.GetCompilationAsync())!;
        var complete = DeterminismTests.Normalize(await AnalyzeAsync(compilation, project.AnalyzerOptions, null, CancellationToken.None));
        var outcomes = new List<string>();
        foreach (var delay in new[] { 1, 5, 10, 25, 50, 100, 200, 400 })
        {
            using var source = new CancellationTokenSource();
            source.CancelAfter(delay);
            try
            {
                var diagnostics = await AnalyzeAsync(compilation, project.AnalyzerOptions, null, source.Token);
                Assert.Equal(complete, DeterminismTests.Normalize(diagnostics));
                outcomes.Add($"{delay} ms: complete");
            }
            catch (OperationCanceledException)
            {
                outcomes.Add($"{delay} ms: cancelled");
            }
        }

        output.WriteLine(string.Join("; ", outcomes));
    }

    [Fact]
    public async Task CancelledFixRegistrationAndApplicationThrowNothingElse()
    {
        using var harness = new AnalysisHarness();
        var solution = harness.CreateSolution(SeedSnippets.ClientCode.Select(s => (s.Name + ".cs", s.Text)).ToList());
        var project = harness.GetProject(solution);
        var compilation = (await project.GetCompilationAsync())!;
        var failures = new List<HarnessFailure>();
        var diagnostics = await harness.AnalyzeAsync(compilation, project.AnalyzerOptions, failures, CancellationToken.None);
        Assert.Empty(failures);

        var counts = new ConcurrentDictionary<string, int>();
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var fixer in harness.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                // Registration: cancelled from inside the fixer's own call (when it registers its first action), and already cancelled.
                using (var source = new CancellationTokenSource())
                {
                    var actions = new List<CodeAction>();
                    var context = new CodeFixContext(document, diagnostic, (action, _) => { actions.Add(action); source.Cancel(); }, source.Token);
                    counts.AddOrUpdate("registration " + await OutcomeAsync(() => fixer.RegisterCodeFixesAsync(context)), 1, (_, n) => n + 1);
                }

                using (var source = new CancellationTokenSource())
                {
                    source.Cancel();
                    var context = new CodeFixContext(document, diagnostic, (_, _) => { }, source.Token);
                    counts.AddOrUpdate("pre-cancelled registration " + await OutcomeAsync(() => fixer.RegisterCodeFixesAsync(context)), 1, (_, n) => n + 1);
                }

                var registered = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => registered.Add(action), CancellationToken.None));
                foreach (var action in AnalysisHarness.Flatten(registered).Take(1))
                {
                    foreach (var delay in new[] { 0, 1, 3, 10 })
                    {
                        using var source = new CancellationTokenSource();
                        if (delay == 0)
                        {
                            source.Cancel();
                        }
                        else
                        {
                            source.CancelAfter(delay);
                        }

                        counts.AddOrUpdate($"application after {delay} ms " + await OutcomeAsync(() => action.GetOperationsAsync(source.Token)), 1, (_, n) => n + 1);
                    }
                }
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")));
        Assert.DoesNotContain(counts.Keys, k => k.EndsWith("threw", StringComparison.Ordinal));
        if (!harness.Fixers.IsEmpty)
        {
            Assert.Contains(counts.Keys, k => k.StartsWith("application", StringComparison.Ordinal) && k.EndsWith("cancelled", StringComparison.Ordinal));
        }
    }

    private static async Task<string> OutcomeAsync(Func<Task> run)
    {
        try
        {
            await run();
            return "completed";
        }
        catch (OperationCanceledException)
        {
            return "cancelled";
        }
        catch (Exception exception)
        {
            Assert.Fail($"expected completion or OperationCanceledException, got {exception}");
            return "threw";
        }
    }

    private static void AssertNoCallbackThrew(CancellationController controller)
    {
        var threw = controller.Records.Where(r => r.End == CallbackEnd.Threw).ToList();
        Assert.True(threw.Count == 0, string.Join(Environment.NewLine, threw.Select(r => $"{r.Analyzer}.{r.Kind} threw {r.Exception}")));
    }

    /// <summary>Every product analyzer (wrapped when <paramref name="controller"/> is given); an analyzer exception fails the test.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Compilation compilation, AnalyzerOptions options, CancellationController? controller, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer> analyzers = default)
    {
        analyzers = analyzers.IsDefault ? ProductComponents.CreateAnalyzers() : analyzers;
        if (controller is not null)
        {
            analyzers = analyzers.Select(a => (DiagnosticAnalyzer)new CancellingAnalyzer(a, controller)).ToImmutableArray();
        }

        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        Assert.True(exceptions.IsEmpty, string.Join(Environment.NewLine, exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "AD0002");
        return diagnostics;
    }
}
