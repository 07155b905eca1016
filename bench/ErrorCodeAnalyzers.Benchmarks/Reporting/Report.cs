using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorCodeAnalyzers.Benchmarks.Fixes;
using ErrorCodeAnalyzers.Benchmarks.Measurement;

namespace ErrorCodeAnalyzers.Benchmarks.Reporting
{
    internal enum Verdict
    {
        Pass,
        Fail,
        NotApplicable,
    }

    internal sealed record BudgetItem(string Name, Verdict Verdict, string Figures);

    /// <summary>The plain-text report: per-size figures, the probe, the fixes, and one PASS/FAIL line per budget item.</summary>
    internal sealed class Report
    {
        /// <summary>Budget: ECA's execution time at most this share of S109's.</summary>
        public const double MaxShareOfS109 = 0.5;

        /// <summary>Budget: ECA's execution time at most this share of the plain compile.</summary>
        public const double MaxShareOfCompile = 0.02;

        /// <summary>Budget: wall(ECA) at most this multiple of wall(floor).</summary>
        public const double MaxWallOverFloor = 1.05;

        /// <summary>Budget: per-line cost at the largest size at most this multiple of the smallest size's.</summary>
        public const double MaxPerLineGrowth = 1.2;

        /// <summary>Budget: ECA allocates (next to nothing) for a literal the value lookup rejects.</summary>
        public const double MaxBytesPerRejectedLiteral = 2.0;

        /// <summary>Budget: Fix All over the document ("well under a second").</summary>
        public const double MaxFixAllMs = 500;

        /// <summary>When the catalog tables cannot be built by reflection, the per-compilation bound used instead.</summary>
        public const long FallbackTableBytes = 64 * 1024;

        private readonly StringBuilder text = new();

        public List<BudgetItem> Budget { get; } = new();

        public bool AnyFailure => Budget.Any(b => b.Verdict == Verdict.Fail);

        public static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F3", CultureInfo.InvariantCulture) + " s";

        public static string Ratio(double value) => double.IsFinite(value) ? value.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

        public static string Percent(double value) => double.IsFinite(value) ? (value * 100).ToString("F2", CultureInfo.InvariantCulture) + " %" : "n/a";

        public static string SizeLabel(int lines) => lines >= 1_000_000 && lines % 1_000_000 == 0
            ? (lines / 1_000_000).ToString(CultureInfo.InvariantCulture) + "M"
            : lines >= 1_000 && lines % 1_000 == 0 ? (lines / 1_000).ToString(CultureInfo.InvariantCulture) + "k" : lines.ToString(CultureInfo.InvariantCulture);

        public void Line(string line = "") => text.Append(line).Append('\n');

        public override string ToString() => text.ToString();

        public void Size(SizeResult result)
        {
            Line();
            Line($"== {result.Lines:N0} lines ({SizeLabel(result.RequestedLines)}) ==");
            Line($"corpus: {result.Corpus.Describe()}");
            Line($"rounds: {result.Repetitions} measured after {result.Warmup} warm-up, sets interleaved (a balanced order: each set follows each other set equally often); compiler and analyzer driver single-threaded");
            Line(string.Format(CultureInfo.InvariantCulture, "  {0,-24} {1,10} {2,-19} {3,10} {4,14} {5,-19} {6,13}", "set (medians)", "wall", "(min-max)", "cpu", "analyzer exec", "(min-max)", "allocated"));
            foreach (var (kind, name) in new[] { (SetKind.Compile, "compile (no analyzers)"), (SetKind.Eca, "ECA"), (SetKind.Floor, "floor"), (SetKind.S109, "S109") })
            {
                if (!result.Samples.TryGetValue(kind, out var samples) || samples.Count == 0)
                {
                    continue;
                }

                Line(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0,-24} {1,10} {2,-19} {3,10} {4,14} {5,-19} {6,10:N0} MB",
                    name,
                    Seconds(result.MedianWall(kind)),
                    Range(samples.Select(s => s.WallMs)),
                    Seconds(result.MedianCpu(kind)),
                    kind == SetKind.Compile ? "-" : Seconds(result.MedianExecution(kind)),
                    kind == SetKind.Compile ? string.Empty : Range(samples.Select(s => s.ExecutionMs)),
                    result.MedianAllocated(kind) / 1024 / 1024));
            }

            Line("  garbage collection (medians): " + string.Join(" | ", result.Samples
                .Select(pair => string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} paused {1:F2} s, {2:F0} gen2",
                    pair.Key,
                    Statistics.Median(pair.Value.Select(r => r.GcPauseMs)) / 1000,
                    Statistics.Median(pair.Value.Select(r => (double)r.Gen2Collections))))));
            if (!result.Samples.ContainsKey(SetKind.Eca))
            {
                Line("  (no ECA analyzers found: ratios not computed)");
                if (result.Samples.ContainsKey(SetKind.S109))
                {
                    Line("  diagnostics: " + Describe(result.Diagnostics(SetKind.S109)));
                }

                return;
            }

            if (!result.HasAllSets)
            {
                Line("  (not all four sets ran: ratios not computed)");
                Line("  diagnostics: " + Describe(result.Diagnostics(SetKind.Eca)));
                return;
            }

            var figures = Figures.Of(result);
            Line($"  ratios: ECA/floor (exec) {Ratio(figures.EcaOverFloorExecution)} | ECA/S109 (exec) {Ratio(figures.EcaOverS109)} | ECA/compile {Percent(figures.EcaOverCompile)} | wall(ECA)/wall(floor) {Ratio(figures.WallEcaOverFloor)} per round ({Ratio(figures.WallMedianOverMedian)} median over median) | cpu(ECA)/cpu(floor) {Ratio(figures.CpuEcaOverFloor)} per round");
            Line("  wall(ECA)/wall(floor) by round: " + string.Join(", ", result.PairedRatios(SetKind.Eca, SetKind.Floor, r => r.WallMs).Select(Ratio)));
            Line(string.Format(
                CultureInfo.InvariantCulture,
                "  per line: ECA exec {0:F0} ns | S109 exec {1:F0} ns | wall(ECA) - wall(floor) {2:F0} ns | compile {3:F1} us | ECA allocates {4:F0} B more than the floor",
                figures.EcaNanosecondsPerLine,
                figures.S109NanosecondsPerLine,
                figures.WallOverheadNanosecondsPerLine,
                result.MedianWall(SetKind.Compile) * 1000 / result.Lines,
                (result.MedianAllocated(SetKind.Eca) - result.MedianAllocated(SetKind.Floor)) / result.Lines));
            var ecaSamples = result.Samples[SetKind.Eca];
            Line("  ECA exec by analyzer: " + string.Join(
                " | ",
                ecaSamples[0].ExecutionMsByAnalyzer.Keys
                    .Select(name => (Name: name, Median: Statistics.Median(ecaSamples.Select(s => s.ExecutionMsByAnalyzer[name]))))
                    .OrderByDescending(a => a.Median)
                    .Select(a => $"{a.Name} {Seconds(a.Median)}")));
            Line("  diagnostics: " + Describe(result.Diagnostics(SetKind.Eca)) + " | " + Describe(result.Diagnostics(SetKind.S109)));
            foreach (var exception in result.AnalyzerExceptions.Take(5))
            {
                Line("  ANALYZER EXCEPTION " + exception);
            }
        }

        public void Probe(ProbeResult? probe)
        {
            Line();
            Line("== allocation probe (ordinary code only; ECA minus floor, warm runs) ==");
            if (probe is null)
            {
                Line("  not run");
                return;
            }

            Line(string.Format(CultureInfo.InvariantCulture, "  per rejected literal: {0:F2} B | per tree: {1:F0} B | per compilation: {2:N0} B | building the catalog tables: {3}", probe.BytesPerRejectedLiteral, probe.BytesPerTree, probe.BytesPerCompilation, probe.CatalogTableBytes is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) + " B" : "unknown"));
            if (probe.ByAnalyzer.Count > 0)
            {
                Line("  per rejected literal, each analyzer alone: " + string.Join(" | ", probe.ByAnalyzer));
            }

            Line("  " + probe.Detail);
        }

        public void Fixes(FixResult? fixes)
        {
            Line();
            Line("== code fixes (ECA0001) ==");
            if (fixes is null)
            {
                Line("  not run");
                return;
            }

            if (!fixes.Measured)
            {
                Line("  " + fixes.Status);
                return;
            }

            Line($"  document: {fixes.DocumentLines:N0} lines, {fixes.Diagnostics:N0} diagnostics ({fixes.Provider})");
            Line($"  every fix one by one: actions registered for all {fixes.Diagnostics:N0} in {Seconds(fixes.RegisterAllMs)}; changes of {fixes.ComputedFixes:N0} computed in {Seconds(fixes.ComputeAllMs)} (median {fixes.ComputeMedianMs:F1} ms per fix)");
            Line($"  Fix All (document scope): median {Seconds(fixes.FixAllMs)} over {fixes.FixAllRunsMs.Count} runs [{string.Join(", ", fixes.FixAllRunsMs.Select(m => m.ToString("F0", CultureInfo.InvariantCulture) + " ms"))}]; afterwards {fixes.RemainingAfterFixAll} ECA0001 left, {fixes.NewErrorsAfterFixAll} new compiler errors");
            foreach (var sample in fixes.RemainingSamples)
            {
                Line("    left: " + sample);
            }
        }

        /// <summary>Evaluates every budget item from the figures (medians).</summary>
        public void Evaluate(IReadOnlyList<SizeResult> sizes, ProbeResult? probe, FixResult? fixes, bool haveEca, bool smoke)
        {
            var measured = sizes.Where(s => s.HasAllSets).ToList();
            var all = measured.Select(s => (Size: SizeLabel(s.RequestedLines), Figures: Figures.Of(s))).ToList();
            string Each(Func<Figures, double> value, Func<double, string> format) => string.Join(", ", all.Select(f => $"{f.Size}: {format(value(f.Figures))}"));

            if (!haveEca || all.Count == 0)
            {
                Budget.Add(new BudgetItem("ECA analyzers' cost (no ECA analyzers found)", Verdict.NotApplicable, "-"));
            }
            else
            {
                Budget.Add(new BudgetItem(
                    $"ECA exec <= {MaxShareOfS109:F1} x S109 exec",
                    all.All(f => f.Figures.EcaOverS109 <= MaxShareOfS109) ? Verdict.Pass : Verdict.Fail,
                    "ECA/S109 " + Each(f => f.EcaOverS109, Ratio)));
                Budget.Add(new BudgetItem(
                    $"ECA exec <= {MaxShareOfCompile * 100:F0} % of the plain compile",
                    all.All(f => f.Figures.EcaOverCompile <= MaxShareOfCompile) ? Verdict.Pass : Verdict.Fail,
                    "ECA/compile " + Each(f => f.EcaOverCompile, Percent)));
                Budget.Add(new BudgetItem(
                    $"wall(ECA) within {(MaxWallOverFloor - 1) * 100:F0} % of wall(floor)",
                    all.All(f => f.Figures.WallEcaOverFloor <= MaxWallOverFloor) ? Verdict.Pass : Verdict.Fail,
                    "wall(ECA)/wall(floor), median of the rounds' ratios " + Each(f => f.WallEcaOverFloor, Ratio) +
                    " (median over median " + Each(f => f.WallMedianOverMedian, Ratio) + "; cpu(ECA)/cpu(floor) " + Each(f => f.CpuEcaOverFloor, Ratio) + ")"));
                if (all.Count >= 2)
                {
                    var growth = all[^1].Figures.EcaNanosecondsPerLine / all[0].Figures.EcaNanosecondsPerLine;
                    Budget.Add(new BudgetItem(
                        $"linear: per-line cost at {all[^1].Size} <= {MaxPerLineGrowth:F1} x at {all[0].Size}",
                        growth <= MaxPerLineGrowth ? Verdict.Pass : Verdict.Fail,
                        string.Format(CultureInfo.InvariantCulture, "ECA exec per line {0:F0} ns -> {1:F0} ns ({2})", all[0].Figures.EcaNanosecondsPerLine, all[^1].Figures.EcaNanosecondsPerLine, Ratio(growth))));
                }
                else
                {
                    Budget.Add(new BudgetItem("linear: per-line cost across sizes", Verdict.NotApplicable, "needs two sizes (--lines 200000,1000000)"));
                }
            }

            if (probe is null || !haveEca)
            {
                Budget.Add(new BudgetItem("no per-keystroke catalog work", Verdict.NotApplicable, probe is null ? "probe not run" : "no ECA analyzers"));
            }
            else
            {
                var tables = probe.CatalogTableBytes ?? FallbackTableBytes;
                var pass = probe.BytesPerRejectedLiteral <= MaxBytesPerRejectedLiteral && probe.BytesPerCompilation < tables / 2.0;
                Budget.Add(new BudgetItem(
                    "no per-keystroke catalog work (allocations)",
                    pass ? Verdict.Pass : Verdict.Fail,
                    string.Format(CultureInfo.InvariantCulture, "{0:F2} B per rejected literal (<= {1:F0}), {2:N0} B per compilation (< half of the tables' {3:N0} B), {4:F0} B per tree", probe.BytesPerRejectedLiteral, MaxBytesPerRejectedLiteral, probe.BytesPerCompilation, tables, probe.BytesPerTree)));
            }

            if (fixes is null || !fixes.Measured)
            {
                Budget.Add(new BudgetItem("Fix All over 1,000 diagnostics well under a second", Verdict.NotApplicable, fixes?.Status ?? "not run"));
            }
            else
            {
                var complete = fixes.RemainingAfterFixAll == 0 && fixes.NewErrorsAfterFixAll == 0;
                Budget.Add(new BudgetItem(
                    $"Fix All over {fixes.Diagnostics:N0} diagnostics <= {MaxFixAllMs:F0} ms, fixing all of them",
                    fixes.FixAllMs <= MaxFixAllMs && complete ? Verdict.Pass : Verdict.Fail,
                    $"{fixes.FixAllMs:F0} ms, {fixes.RemainingAfterFixAll} left, {fixes.NewErrorsAfterFixAll} new errors"));
            }

            Line();
            Line(smoke ? "== budget (smoke run: at this size the verdicts mean nothing; informational only) ==" : "== budget (medians, this run) ==");
            foreach (var item in Budget)
            {
                var verdict = item.Verdict switch { Verdict.Pass => "PASS", Verdict.Fail => "FAIL", _ => "n/a " };
                Line($"{verdict}  {item.Name}: {item.Figures}");
            }

            var failures = Budget.Count(b => b.Verdict == Verdict.Fail);
            Line(failures == 0 ? "budget: no item fails" : $"budget: {failures} item(s) fail");
        }

        private static string Range(IEnumerable<double> milliseconds)
        {
            var values = milliseconds.ToList();
            return "(" + (values.Min() / 1000).ToString("F3", CultureInfo.InvariantCulture) + "-" + (values.Max() / 1000).ToString("F3", CultureInfo.InvariantCulture) + ")";
        }

        private static string Describe(IReadOnlyDictionary<string, int> counts) =>
            counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}"));

        /// <summary>The derived figures of one size, from medians.</summary>
        internal sealed class Figures
        {
            public double EcaOverFloorExecution { get; private init; }

            public double EcaOverS109 { get; private init; }

            public double EcaOverCompile { get; private init; }

            /// <summary>The budget's figure: the median of the rounds' own wall(ECA)/wall(floor) (see <see cref="SizeResult.PairedRatios"/>).</summary>
            public double WallEcaOverFloor { get; private init; }

            /// <summary>wall(ECA)'s median over wall(floor)'s median, shown next to it: the machine's drift between rounds stays in it.</summary>
            public double WallMedianOverMedian { get; private init; }

            public double CpuEcaOverFloor { get; private init; }

            public double EcaNanosecondsPerLine { get; private init; }

            public double S109NanosecondsPerLine { get; private init; }

            public double WallOverheadNanosecondsPerLine { get; private init; }

            public static Figures Of(SizeResult result)
            {
                var eca = result.MedianExecution(SetKind.Eca);
                return new Figures
                {
                    EcaOverFloorExecution = eca / result.MedianExecution(SetKind.Floor),
                    EcaOverS109 = eca / result.MedianExecution(SetKind.S109),
                    EcaOverCompile = eca / result.MedianWall(SetKind.Compile),
                    WallEcaOverFloor = result.MedianPairedRatio(SetKind.Eca, SetKind.Floor, r => r.WallMs),
                    WallMedianOverMedian = result.MedianWall(SetKind.Eca) / result.MedianWall(SetKind.Floor),
                    CpuEcaOverFloor = result.MedianPairedRatio(SetKind.Eca, SetKind.Floor, r => r.CpuMs),
                    EcaNanosecondsPerLine = eca * 1e6 / result.Lines,
                    S109NanosecondsPerLine = result.MedianExecution(SetKind.S109) * 1e6 / result.Lines,
                    WallOverheadNanosecondsPerLine = (result.MedianWall(SetKind.Eca) - result.MedianWall(SetKind.Floor)) * 1e6 / result.Lines,
                };
            }
        }
    }
}
