using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    /// <summary>What one measured run of one set produced.</summary>
    internal sealed class RunSample
    {
        /// <summary>Compile + analysis, wall clock.</summary>
        public double WallMs { get; init; }

        /// <summary>
        /// CPU time of the whole process during the run. Everything runs on one thread, so on an idle machine it
        /// is close to <see cref="WallMs"/>; on a busy one it is the figure other processes disturb least.
        /// </summary>
        public double CpuMs { get; init; }

        /// <summary>Sum of the set's analyzers' execution time from the compiler's telemetry (0 for the plain compile).</summary>
        public double ExecutionMs { get; init; }

        /// <summary>Execution time per analyzer (by type name), from the same telemetry.</summary>
        public IReadOnlyDictionary<string, double> ExecutionMsByAnalyzer { get; init; } = new Dictionary<string, double>();

        /// <summary>Bytes allocated by the whole process during the run.</summary>
        public long AllocatedBytes { get; init; }

        /// <summary>Time the runtime was paused for garbage collections during the run.</summary>
        public double GcPauseMs { get; init; }

        /// <summary>Collections during the run that reached gen2 (background or blocking).</summary>
        public int Gen2Collections { get; init; }

        public int CompilerErrors { get; init; }

        public IReadOnlyList<Diagnostic> FirstErrors { get; init; } = Array.Empty<Diagnostic>();

        /// <summary>Analyzer diagnostics by id.</summary>
        public IReadOnlyDictionary<string, int> DiagnosticCounts { get; init; } = new Dictionary<string, int>();

        public IReadOnlyList<string> AnalyzerExceptions { get; init; } = Array.Empty<string>();
    }

    /// <summary>One run of one set: a fresh compilation, compiled and (unless the set is empty) analyzed, sequentially.</summary>
    internal static class AnalyzerRun
    {
        public static async Task<RunSample> RunAsync(CSharpCompilation compilation, AnalyzerOptions options, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        {
            Settle();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen2Before = GC.CollectionCount(2);
            var stopwatch = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> diagnostics;
            CompilationWithAnalyzers? withAnalyzers = null;
            var exceptions = new ConcurrentQueue<string>();
            if (analyzers.IsEmpty)
            {
                // Clone: a compilation that has never bound anything, like the copy the analyzer driver makes.
                diagnostics = compilation.Clone().GetDiagnostics(cancellationToken);
            }
            else
            {
                withAnalyzers = compilation.WithAnalyzers(
                    analyzers,
                    new CompilationWithAnalyzersOptions(
                        options,
                        onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                        concurrentAnalysis: false,
                        logAnalyzerExecutionTime: true,
                        reportSuppressedDiagnostics: false));
                // GetAnalyzerDiagnosticsAsync compiles everything (the driver needs every compilation event) and,
                // unlike GetAllDiagnosticsAsync, records the telemetry GetAnalyzerTelemetryInfoAsync reads.
                diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            }

            stopwatch.Stop();
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var gen2 = GC.CollectionCount(2) - gen2Before;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var byAnalyzer = new Dictionary<string, double>();
            if (withAnalyzers is not null)
            {
                foreach (var analyzer in analyzers)
                {
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                    var name = analyzer is FloorAnalyzer floor ? floor.Original.GetType().Name : analyzer.GetType().Name;
                    byAnalyzer[name] = byAnalyzer.GetValueOrDefault(name) + telemetry.ExecutionTime.TotalMilliseconds;
                }
            }

            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("AD", StringComparison.Ordinal)).ToList();
            return new RunSample
            {
                WallMs = stopwatch.Elapsed.TotalMilliseconds,
                CpuMs = cpu.TotalMilliseconds,
                ExecutionMs = byAnalyzer.Values.Sum(),
                ExecutionMsByAnalyzer = byAnalyzer,
                AllocatedBytes = allocated,
                GcPauseMs = pause.TotalMilliseconds,
                Gen2Collections = gen2,
                CompilerErrors = errors.Count,
                FirstErrors = errors.Take(10).ToList(),
                DiagnosticCounts = diagnostics
                    .Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal))
                    .GroupBy(d => d.Id)
                    .ToDictionary(g => g.Key, g => g.Count()),
                AnalyzerExceptions = exceptions.Distinct().ToList(),
            };
        }

        /// <summary>A full collection before each run, so no run pays for the garbage of the one before.</summary>
        public static void Settle()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    internal static class Statistics
    {
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
