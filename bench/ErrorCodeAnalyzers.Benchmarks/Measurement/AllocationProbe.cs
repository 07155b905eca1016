using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    internal sealed class ProbeResult
    {
        /// <summary>ECA's own allocation (ECA run minus floor run) per ordinary comparison whose literal the value lookup rejects.</summary>
        public double BytesPerRejectedLiteral { get; init; }

        /// <summary>ECA's own allocation per syntax tree, on a warm run.</summary>
        public double BytesPerTree { get; init; }

        /// <summary>ECA's own allocation per compilation (a one-file compilation), on a warm run.</summary>
        public double BytesPerCompilation { get; init; }

        /// <summary>What building the catalog tables allocates, or null when they could not be built from here.</summary>
        public long? CatalogTableBytes { get; init; }

        /// <summary>The per-literal figure of each ECA analyzer run alone.</summary>
        public IReadOnlyList<string> ByAnalyzer { get; init; } = Array.Empty<string>();

        public string Detail { get; init; } = string.Empty;
    }

    /// <summary>
    /// Checks "no per-keystroke catalog work" by allocation: small corpora of ordinary code only (no provider-code
    /// sites, every number one that no catalog has), run with ECA and with the floor after a warm-up. ECA minus
    /// floor is what ECA itself allocates. Doubling the comparisons at the same file count gives the cost per
    /// rejected literal; doubling the files gives the cost per tree; a one-file compilation gives the cost per
    /// compilation, which must stay far below what building the catalog tables costs.
    /// </summary>
    internal static class AllocationProbe
    {
        public static async Task<ProbeResult> RunAsync(CorpusCatalog catalog, int seed, int files, int rounds, ImmutableArray<DiagnosticAnalyzer> eca, ImmutableArray<DiagnosticAnalyzer> floor)
        {
            var baseline = Variant(catalog, seed, files, 10);
            var denser = Variant(catalog, seed, files, 20);
            var wider = Variant(catalog, seed, 2 * files, 10);
            var single = Variant(catalog, seed, 1, 10);

            // Ordinary code only: any diagnostic here is a false positive, and its cost is not a rejected literal's.
            var drawn = new SortedSet<string>(StringComparer.Ordinal);
            var baselineBytes = await MeasureAsync(baseline, rounds, eca, floor, drawn).ConfigureAwait(false);
            var denserBytes = await MeasureAsync(denser, rounds, eca, floor, drawn).ConfigureAwait(false);
            var widerBytes = await MeasureAsync(wider, rounds, eca, floor, drawn).ConfigureAwait(false);
            var singleBytes = await MeasureAsync(single, rounds, eca, floor, drawn).ConfigureAwait(false);

            var perLiteral = PerLiteral(baselineBytes, denserBytes);
            var extraTrees = wider.Corpus.Files.Count - baseline.Corpus.Files.Count;
            var perTree = (widerBytes - baselineBytes - (perLiteral * (wider.Corpus.Comparisons - baseline.Corpus.Comparisons))) / Math.Max(1, extraTrees);
            var perCompilation = singleBytes - (perTree * single.Corpus.Files.Count) - (perLiteral * single.Corpus.Comparisons);

            // The same per-literal figure for each analyzer alone (against its own floor), to show where it comes from.
            var byAnalyzer = new List<string>();
            if (eca.Length > 1)
            {
                for (var i = 0; i < eca.Length; i++)
                {
                    var one = ImmutableArray.Create(eca[i]);
                    var oneFloor = ImmutableArray.Create(floor[i]);
                    var alone = PerLiteral(
                        await MeasureAsync(baseline, rounds, one, oneFloor, drawn).ConfigureAwait(false),
                        await MeasureAsync(denser, rounds, one, oneFloor, drawn).ConfigureAwait(false));
                    byAnalyzer.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1:F1} B", eca[i].GetType().Name, alone));
                }
            }

            double PerLiteral(double fewer, double more) => (more - fewer) / Math.Max(1, denser.Corpus.Comparisons - baseline.Corpus.Comparisons);

            return new ProbeResult
            {
                BytesPerRejectedLiteral = perLiteral,
                BytesPerTree = perTree,
                BytesPerCompilation = perCompilation,
                CatalogTableBytes = MeasureCatalogTables(),
                ByAnalyzer = byAnalyzer,
                Detail = string.Join("; ", new[] { (baseline, baselineBytes), (denser, denserBytes), (wider, widerBytes), (single, singleBytes) }.Select(v => Describe(v.Item1, v.Item2)))
                    + (drawn.Count > 0 ? "; FALSE POSITIVES in ordinary code: " + string.Join(", ", drawn) : "; no diagnostics"),
            };
        }

        private static CorpusCompilation Variant(CorpusCatalog catalog, int seed, int files, double comparisonsPer100Lines)
        {
            var generator = new CorpusGenerator(catalog, new CorpusSettings
            {
                Files = files,
                Seed = seed,
                SitesPer100Lines = 0,
                ComparisonsPer100Lines = comparisonsPer100Lines,
                RejectedValuesOnly = true,
                TestFileShare = 0,
            });
            return CorpusCompilation.Create(generator.Generate(), generator.Folders());
        }

        /// <summary>Median over the rounds (after one warm-up) of what the ECA run allocated more than the floor run.</summary>
        private static async Task<double> MeasureAsync(CorpusCompilation compilation, int rounds, ImmutableArray<DiagnosticAnalyzer> eca, ImmutableArray<DiagnosticAnalyzer> floor, ISet<string> drawn)
        {
            var differences = new List<double>();
            for (var round = -1; round < rounds; round++)
            {
                var withEca = await AnalyzerRun.RunAsync(compilation.Compilation, compilation.Options, eca).ConfigureAwait(false);
                var withFloor = await AnalyzerRun.RunAsync(compilation.Compilation, compilation.Options, floor).ConfigureAwait(false);
                drawn.UnionWith(withEca.DiagnosticCounts.Keys);

                if (round >= 0)
                {
                    differences.Add(withEca.AllocatedBytes - withFloor.AllocatedBytes);
                }
            }

            return Statistics.Median(differences);
        }

        private static string Describe(CorpusCompilation variant, double bytes) =>
            string.Format(CultureInfo.InvariantCulture, "{0} trees/{1} comparisons/{2} lines: {3:N0} B", variant.Corpus.Files.Count, variant.Corpus.Comparisons, variant.Corpus.Lines, bytes);

        /// <summary>Builds the analyzer's catalog tables once more, by reflection, to know what rebuilding them would cost.</summary>
        private static long? MeasureCatalogTables()
        {
            try
            {
                var assembly = Assembly.Load("ErrorCodeAnalyzers");
                var data = assembly.GetType("ErrorCodeAnalyzers.Catalog.CatalogData");
                var catalogType = assembly.GetType("ErrorCodeAnalyzers.Catalog.ErrorCodeCatalog");
                var create = data?.GetMethod("CreateProviders", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
                if (create is null || catalogType is null)
                {
                    return null;
                }

                var constructor = catalogType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .FirstOrDefault(c => c.GetParameters().Length == 1 && c.GetParameters()[0].ParameterType == create.ReturnType);
                if (constructor is null)
                {
                    return null;
                }

                create.Invoke(null, null);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var providers = create.Invoke(null, null);
                GC.KeepAlive(constructor.Invoke(new[] { providers }));
                return GC.GetAllocatedBytesForCurrentThread() - before;
            }
            catch (Exception exception) when (exception is TargetInvocationException or MissingMemberException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        }
    }
}
