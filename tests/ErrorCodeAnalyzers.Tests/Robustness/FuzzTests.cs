using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, incomplete and broken code: every analyzer, and every fixer of every reported diagnostic, on thousands
/// of mutated variants of code-dense sources. Zero exceptions allowed.
/// </summary>
/// <remarks>
/// Environment: <c>ECA_FUZZ_VARIANTS</c> (how many; default 10,000, 2,000 on the Roslyn floor run),
/// <c>ECA_FUZZ_BASE</c> (first seed number; default <see cref="DefaultBaseSeed"/>), <c>ECA_FUZZ_SEED</c> (replay one
/// seed: prints its text, mutations and diagnostics), <c>ECA_FUZZ_THREADS</c> (parallel variants; default the core count),
/// <c>ECA_FUZZ_FIXES</c> (diagnostics fixed per variant; default <see cref="DiagnosticsFixedPerVariant"/>). The variant
/// of a seed depends on the seed sources (<see cref="FuzzCorpus"/>), which grow with the tests. Run far more locally, e.g.
/// <c>ECA_FUZZ_VARIANTS=200000 ECA_FUZZ_BASE=1 dotnet test tests/ErrorCodeAnalyzers.Tests -c Release --filter FullyQualifiedName~FuzzTests</c>.
/// A failure prints the seed and the variant's text: add the text to <see cref="FuzzRegressionTests"/>.
/// </remarks>
public sealed class FuzzTests
{
#if ROSLYN_FLOOR
    public const int DefaultVariants = 2_000;
#else
    public const int DefaultVariants = 10_000;
#endif
    public const int DefaultBaseSeed = 7_000_000;

    /// <summary>Per variant, the first diagnostics (in source order) whose fixes are registered and applied.</summary>
    public const int DiagnosticsFixedPerVariant = 1;

    private const int MaximumReportedFailures = 5;

    /// <summary>Configuration #0 is none; the others are picked for a quarter of the variants.</summary>
    public static readonly string?[] Configurations =
    {
        null,
        "root = true\n[*.cs]\nerror_code_analyzers.report_success_codes = true\n",
        "root = true\n[*.cs]\nerror_code_analyzers.providers = tencent-im, coinone\nerror_code_analyzers.mandatory_scope = provider\n",
        "root = true\n[*.cs]\nerror_code_analyzers.tencent-im.mandatory = 6206, 6208, 70001\nerror_code_analyzers.immutable-link.known_codes = 2004, 2005\nerror_code_analyzers.okx-web3.not_mandatory = 50011\n",
        "root = true\n[*.cs]\nerror_code_analyzers.providers = Coinone,,binance\nerror_code_analyzers.mandatory_scope = Provider\nerror_code_analyzers.tencent-im.known_codes = abc, 2004,\nerror_code_analyzers.coinone.mandatory = ;\nerror_code_analyzers.bogus.mandatory = 1\n",
    };

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task MutatedCodeNeverMakesAnAnalyzerOrAFixThrow()
    {
        var seeds = FuzzCorpus.Seeds;
        Assert.NotEmpty(seeds);
        var harnesses = Configurations
            .Select(c => new AnalysisHarness(new HarnessSettings { ConcurrentAnalysis = false, MaxDiagnosticsToFix = ReadInt("ECA_FUZZ_FIXES", DiagnosticsFixedPerVariant) }, editorConfig: c))
            .ToArray();
        try
        {
            if (Environment.GetEnvironmentVariable("ECA_FUZZ_SEED") is { Length: > 0 } replay)
            {
                await ReplayAsync(int.Parse(replay, CultureInfo.InvariantCulture), seeds, harnesses);
                return;
            }

            var count = ReadInt("ECA_FUZZ_VARIANTS", DefaultVariants);
            var baseSeed = ReadInt("ECA_FUZZ_BASE", DefaultBaseSeed);
            var stats = await RunAsync(baseSeed, count, seeds, harnesses);
            var summary = stats.Summary(count, baseSeed);
            output.WriteLine(summary);
            Console.WriteLine(summary);
            if (!stats.Failures.IsEmpty)
            {
                Assert.Fail(stats.FailureReport());
            }

            // Guards the fuzz itself: mutated code-dense sources must keep exercising the rules and the fixes.
            Assert.True(stats.VariantsWithDiagnostics >= count / 5, $"only {stats.VariantsWithDiagnostics} of {count} variants produced diagnostics");
            if (!harnesses[0].Fixers.IsEmpty)
            {
                Assert.True(stats.FixesApplied >= count / 10, $"only {stats.FixesApplied} fixes were applied in {count} variants");
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

    private static int ReadInt(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static async Task<FuzzStatistics> RunAsync(int baseSeed, int count, IReadOnlyList<FuzzSeed> seeds, AnalysisHarness[] harnesses)
    {
        var stats = new FuzzStatistics(seeds.Count);
        var stopwatch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var options = new ParallelOptions { MaxDegreeOfParallelism = ReadInt("ECA_FUZZ_THREADS", Math.Max(2, Environment.ProcessorCount)), CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (index, _) =>
            {
                var variant = FuzzMutator.Generate(unchecked(baseSeed + index), seeds, harnesses.Length);
                var started = Stopwatch.GetTimestamp();
                HarnessOutcome outcome;
                try
                {
                    outcome = await harnesses[variant.ConfigurationIndex].RunAsync(new[] { ("Variant.cs", variant.Text) }).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    outcome = new HarnessOutcome();
                    outcome.Failures.Add(new HarnessFailure(FailureStage.Driver, "harness", null, exception, "the run threw"));
                }

                stats.Record(variant, outcome, Stopwatch.GetElapsedTime(started));
                if (stats.Failures.Count >= 50)
                {
                    stop.Cancel(); // enough to act on
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        stats.Elapsed = stopwatch.Elapsed;
        return stats;
    }

    private async Task ReplayAsync(int seed, IReadOnlyList<FuzzSeed> seeds, AnalysisHarness[] harnesses)
    {
        var variant = FuzzMutator.Generate(seed, seeds, harnesses.Length);
        var outcome = await harnesses[variant.ConfigurationIndex].RunAsync(new[] { ("Variant.cs", variant.Text) });
        var report = new StringBuilder();
        report.AppendLine(variant.Describe());
        report.AppendLine("Configuration: " + (Configurations[variant.ConfigurationIndex] ?? "(none)"));
        report.AppendLine("Text:").AppendLine(variant.Text);
        report.AppendLine($"Diagnostics ({outcome.Diagnostics.Length}):");
        foreach (var diagnostic in outcome.Diagnostics)
        {
            report.AppendLine("  " + diagnostic);
        }

        report.AppendLine($"Fixes registered: {outcome.FixesRegistered}, applied: {outcome.FixesApplied}");
        foreach (var fixedText in outcome.FixedTexts)
        {
            report.AppendLine("Fixed text:").AppendLine(fixedText);
        }

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures));
    }

    private sealed class FuzzStatistics(int seedCount)
    {
        private readonly object gate = new();
        private int variants;
        private int variantsWithDiagnostics;
        private int diagnostics;
        private int fixesRegistered;
        private int fixesApplied;
        private readonly ConcurrentDictionary<string, int> byId = new(StringComparer.Ordinal);
        private (TimeSpan Time, int Seed) slowest;
        private long analysisTicks;
        private long fixTicks;

        public ConcurrentQueue<(FuzzVariant Variant, HarnessFailure Failure)> Failures { get; } = new();

        public int VariantsWithDiagnostics => variantsWithDiagnostics;

        public int FixesApplied => fixesApplied;

        public TimeSpan Elapsed { get; set; }

        public void Record(FuzzVariant variant, HarnessOutcome outcome, TimeSpan time)
        {
            Interlocked.Increment(ref variants);
            var inSource = outcome.Diagnostics.Count(d => d.Location.IsInSource);
            if (inSource > 0)
            {
                Interlocked.Increment(ref variantsWithDiagnostics);
            }

            Interlocked.Add(ref diagnostics, outcome.Diagnostics.Length);
            Interlocked.Add(ref analysisTicks, outcome.AnalysisTime.Ticks);
            Interlocked.Add(ref fixTicks, outcome.FixTime.Ticks);
            Interlocked.Add(ref fixesRegistered, outcome.FixesRegistered);
            Interlocked.Add(ref fixesApplied, outcome.FixesApplied);
            foreach (var diagnostic in outcome.Diagnostics)
            {
                byId.AddOrUpdate(diagnostic.Id, 1, (_, n) => n + 1);
            }

            foreach (var failure in outcome.Failures)
            {
                Failures.Enqueue((variant, failure));
            }

            lock (gate)
            {
                if (time > slowest.Time)
                {
                    slowest = (time, variant.Seed);
                }
            }
        }

        public string Summary(int requested, int baseSeed) =>
            $"Fuzz: {variants} of {requested} variants (seeds {baseSeed}..{baseSeed + requested - 1}, {seedCount} seed sources, {ProductComponents.Describe()}) in {Elapsed.TotalSeconds:F1} s"
            + $" on {Environment.ProcessorCount} core(s): {variantsWithDiagnostics} variants with diagnostics, {diagnostics} diagnostics "
            + $"({string.Join(", ", byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"))}), "
            + $"{fixesRegistered} fixes registered, {fixesApplied} fixes applied, {Failures.Count} exceptions; "
            + $"slowest variant: seed {slowest.Seed}, {slowest.Time.TotalMilliseconds:F0} ms; time in analysis {TimeSpan.FromTicks(analysisTicks).TotalSeconds:F0} s, in fixes {TimeSpan.FromTicks(fixTicks).TotalSeconds:F0} s.";

        public string FailureReport()
        {
            var report = new StringBuilder();
            var distinct = Failures.GroupBy(f => (f.Failure.Stage, f.Failure.Component, Type: f.Failure.Exception?.GetType().Name, Top: TopFrame(f.Failure.Exception))).ToList();
            report.AppendLine($"{Failures.Count} exception(s) in {Failures.Select(f => f.Variant.Seed).Distinct().Count()} variant(s), {distinct.Count} distinct (stage, component, exception, top frame).");
            report.AppendLine("Replay one with ECA_FUZZ_SEED=<seed>, then add its text to FuzzRegressionTests.");
            foreach (var group in distinct.Take(MaximumReportedFailures))
            {
                var (variant, failure) = group.OrderBy(f => f.Variant.Text.Length).First();
                report.AppendLine();
                report.AppendLine($"=== {group.Count()} x {failure.Stage} in {failure.Component}; smallest variant: {variant.Describe()}");
                report.AppendLine(failure.ToString());
                report.AppendLine("--- variant text ---");
                report.AppendLine(variant.Text);
                report.AppendLine("--- end ---");
            }

            return report.ToString();
        }

        private static string? TopFrame(Exception? exception) =>
            exception?.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal));
    }
}
