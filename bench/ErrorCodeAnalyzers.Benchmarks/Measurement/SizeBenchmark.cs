using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    internal enum SetKind
    {
        /// <summary><c>GetDiagnostics</c> with no analyzers.</summary>
        Compile,

        /// <summary>All ECA analyzers.</summary>
        Eca,

        /// <summary>The floor: ECA's registrations with empty callbacks.</summary>
        Floor,

        /// <summary>SonarAnalyzer.CSharp's S109 alone.</summary>
        S109,
    }

    internal sealed class AnalyzerSet
    {
        public AnalyzerSet(SetKind kind, string name, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Kind = kind;
            Name = name;
            Analyzers = analyzers;
        }

        public SetKind Kind { get; }

        public string Name { get; }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }
    }

    /// <summary>The measured samples of every set at one corpus size.</summary>
    internal sealed class SizeResult
    {
        public SizeResult(int requestedLines, GeneratedCorpus corpus)
        {
            RequestedLines = requestedLines;
            Corpus = corpus;
        }

        public int RequestedLines { get; }

        public GeneratedCorpus Corpus { get; }

        public int Lines => Corpus.Lines;

        public int Repetitions { get; set; }

        public int Warmup { get; set; }

        public Dictionary<SetKind, List<RunSample>> Samples { get; } = new();

        public double MedianWall(SetKind kind) => Statistics.Median(Samples[kind].Select(s => s.WallMs));

        public double MedianCpu(SetKind kind) => Statistics.Median(Samples[kind].Select(s => s.CpuMs));

        public double MedianExecution(SetKind kind) => Statistics.Median(Samples[kind].Select(s => s.ExecutionMs));

        /// <summary>
        /// <paramref name="kind"/>'s figure divided by <paramref name="baseline"/>'s in the same round, round by round. Each
        /// round runs every set once, back to back, so the two share the machine's state of that minute; the machine drifts
        /// by more than the 5 % being judged between rounds, which a ratio of the two medians does not cancel.
        /// </summary>
        public IEnumerable<double> PairedRatios(SetKind kind, SetKind baseline, Func<RunSample, double> figure) =>
            Samples[kind].Zip(Samples[baseline], (a, b) => figure(a) / figure(b));

        public double MedianPairedRatio(SetKind kind, SetKind baseline, Func<RunSample, double> figure) =>
            Statistics.Median(PairedRatios(kind, baseline, figure));

        public double MedianAllocated(SetKind kind) => Statistics.Median(Samples[kind].Select(s => (double)s.AllocatedBytes));

        /// <summary>Whether every set ran (the ratios need all four).</summary>
        public bool HasAllSets => Enum.GetValues<SetKind>().All(kind => Samples.ContainsKey(kind));

        public IReadOnlyDictionary<string, int> Diagnostics(SetKind kind) => Samples[kind].Last().DiagnosticCounts;

        public IEnumerable<string> AnalyzerExceptions => Samples.Values.SelectMany(s => s).SelectMany(s => s.AnalyzerExceptions).Distinct();
    }

    /// <summary>
    /// One corpus size: generate, compile once to check it, then warm-up rounds and measured rounds; each
    /// round runs every set once, in the order <see cref="RoundOrder"/> gives.
    /// </summary>
    internal static class SizeBenchmark
    {
        public static async Task<SizeResult> RunAsync(CorpusGenerator generator, int lines, IReadOnlyList<AnalyzerSet> sets, int warmup, int repetitions, Action<string> log)
        {
            var started = DateTime.UtcNow;
            var corpus = generator.Generate();
            var compilation = CorpusCompilation.Create(corpus, generator.Folders());
            log($"corpus: {corpus.Describe()} (generated and parsed in {(DateTime.UtcNow - started).TotalSeconds:F1} s)");
            var result = new SizeResult(lines, corpus) { Warmup = warmup, Repetitions = repetitions };
            foreach (var set in sets)
            {
                result.Samples[set.Kind] = new List<RunSample>();
            }

            for (var round = -warmup; round < repetitions; round++)
            {
                var order = RoundOrder(sets.Count, Math.Max(0, round)).Select(i => sets[i]).ToList();
                var line = new List<string>();
                foreach (var set in order)
                {
                    var sample = await AnalyzerRun.RunAsync(compilation.Compilation, compilation.Options, set.Analyzers).ConfigureAwait(false);
                    if (sample.CompilerErrors > 0)
                    {
                        throw new InvalidOperationException(
                            $"The generated corpus does not compile ({sample.CompilerErrors} errors):\n" + string.Join("\n", sample.FirstErrors.Select(d => "  " + d)));
                    }

                    if (round >= 0)
                    {
                        result.Samples[set.Kind].Add(sample);
                    }

                    line.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1:F2} s", set.Name, sample.WallMs / 1000));
                }

                log((round < 0 ? "  warm-up: " : $"  round {round + 1}/{repetitions}: ") + string.Join(", ", line));
            }

            return result;
        }

        /// <summary>
        /// Throws unless <see cref="RoundOrder"/> is balanced for one to four sets: each round a permutation, and over a
        /// cycle each set first equally often and each ordered pair of sets adjacent equally often. The smoke run (CI)
        /// checks it.
        /// </summary>
        internal static void CheckRoundOrders()
        {
            for (var count = 1; count <= 4; count++)
            {
                var rows = Enumerable.Range(0, count % 2 == 0 ? count : 2 * count).Select(round => RoundOrder(count, round)).ToList();
                var firsts = rows.GroupBy(order => order[0]).Select(g => g.Count()).Distinct().Count();
                var pairs = rows.SelectMany(order => order.Zip(order.Skip(1), (a, b) => (a, b))).GroupBy(pair => pair).ToList();
                if (rows.Any(order => order.OrderBy(i => i).SequenceEqual(Enumerable.Range(0, count)) == false) ||
                    firsts != 1 ||
                    (count > 1 && (pairs.Count != count * (count - 1) || pairs.Select(g => g.Count()).Distinct().Count() != 1)))
                {
                    throw new InvalidOperationException($"The round orders for {count} sets are not balanced: " + string.Join(" | ", rows.Select(order => string.Join(",", order))));
                }
            }
        }

        /// <summary>
        /// The order of the sets in round <paramref name="round"/>: the rows of a Williams square, so that over a
        /// cycle of rounds each set runs first equally often and follows every other set equally often. A run
        /// inherits the collector's state from the one before it (a plain rotation made ECA always follow the plain
        /// compile), so no set should always have the same predecessor.
        /// </summary>
        internal static IReadOnlyList<int> RoundOrder(int count, int round)
        {
            // First row 0, 1, n-1, 2, n-2, ...; row r adds r to each entry. For an odd count the reversed rows complete the cycle.
            var first = new int[count];
            for (int i = 1, low = 1, high = count - 1; i < count; i++)
            {
                first[i] = i % 2 == 1 ? low++ : high--;
            }

            var rows = count % 2 == 0 ? count : 2 * count;
            var row = round % rows;
            var order = first.Select(entry => (entry + row) % count).ToList();
            if (row >= count)
            {
                order.Reverse();
            }

            return order;
        }
    }
}
