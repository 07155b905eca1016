using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using ErrorCodeAnalyzers.Benchmarks.Fixes;
using ErrorCodeAnalyzers.Benchmarks.Measurement;
using ErrorCodeAnalyzers.Benchmarks.Reporting;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks
{
    /// <summary>The performance benchmark of the analyzers and code fixes; see docs/performance.md.</summary>
    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            BenchmarkOptions options;
            try
            {
                options = BenchmarkOptions.Parse(args);
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message + "\n\n" + BenchmarkOptions.Usage).ConfigureAwait(false);
                return 2;
            }

            if (options.Help)
            {
                Console.WriteLine(BenchmarkOptions.Usage);
                return 0;
            }

            var report = await RunAsync(options, args).ConfigureAwait(false);
            Console.WriteLine();
            Console.Write(report);
            return options.Check && report.AnyFailure ? 1 : 0;
        }

        private static async Task<Report> RunAsync(BenchmarkOptions options, string[] args)
        {
            static void Log(string message) => Console.WriteLine(DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture) + message);

            var report = new Report();
            var machine = MachineInfo.Collect();
            report.Line("== ErrorCodeAnalyzers benchmark ==");
            report.Line($"machine: {machine}");
            report.Line($"command: dotnet run --project bench/ErrorCodeAnalyzers.Benchmarks -c Release{(args.Length > 0 ? " -- " + string.Join(" ", args) : string.Empty)}");
            if (options.Smoke)
            {
                report.Line("SMOKE RUN: proves the harness works; at this size the ratios are not meaningful.");
                SizeBenchmark.CheckRoundOrders();
            }

            var catalog = CorpusCatalog.Load();
            var eca = AnalyzerSets.LoadEca();
            var fixers = AnalyzerSets.LoadFixers();
            var s109 = AnalyzerSets.LoadS109();
            Log($"ECA analyzers: {eca.Length} ({string.Join(", ", eca.Select(a => a.GetType().Name))}); code fixes: {fixers.Length}; S109: {s109.GetType().FullName}");
            report.Line($"catalog: {catalog.Providers.Count} providers, {catalog.Providers.Sum(p => p.Codes.Count)} codes ({string.Join(", ", catalog.Providers.Select(p => p.Id))})");
            report.Line($"ECA analyzers ({eca.Length}): {(eca.IsEmpty ? "none found" : string.Join(", ", eca.Select(a => a.GetType().Name)))}");
            report.Line($"code fixes ({fixers.Length}): {(fixers.IsEmpty ? "none found" : string.Join(", ", fixers.Select(f => f.GetType().Name)))}");
            report.Line($"S109: SonarAnalyzer.CSharp {AnalyzerSets.SonarVersion}, {s109.GetType().Name}, enabled through the compilation options");

            Log($"learning the floor's registrations from a {FloorLearning.SampleLines:N0}-line sample");
            var floor = await FloorLearning.LearnAsync(catalog, options.Seed, eca).ConfigureAwait(false);
            foreach (var recording in floor.Recordings)
            {
                report.Line($"floor of {recording.Inner.GetType().Name}: {(recording.Shape.Registrations.Count == 0 ? "no registrations" : recording.Shape.ToString())}");
            }

            foreach (var exception in floor.Exceptions)
            {
                report.Line("floor learning: ANALYZER EXCEPTION " + exception);
            }

            var sets = new List<AnalyzerSet> { new(SetKind.Compile, "compile", ImmutableArray<DiagnosticAnalyzer>.Empty) };
            if (!eca.IsEmpty)
            {
                sets.Add(new AnalyzerSet(SetKind.Eca, "ECA", eca));
                sets.Add(new AnalyzerSet(SetKind.Floor, "floor", floor.Analyzers));
            }

            sets.Add(new AnalyzerSet(SetKind.S109, "S109", ImmutableArray.Create(s109)));
            if (options.Sets is { } only)
            {
                sets.RemoveAll(set => !only.Contains(set.Kind));
            }

            ProbeResult? probe = null;
            if (!options.SkipProbe && !eca.IsEmpty)
            {
                Log("allocation probe");
                probe = await AllocationProbe.RunAsync(catalog, options.Seed, options.ProbeFiles, options.ProbeRounds, eca, floor.Analyzers).ConfigureAwait(false);
            }

            var sizes = new List<SizeResult>();
            foreach (var lines in options.Lines)
            {
                var generator = new CorpusGenerator(catalog, new CorpusSettings { Lines = lines, Seed = options.Seed });
                if (options.WriteCorpus is { } directory && lines == options.Lines[0])
                {
                    WriteCorpus(generator, directory);
                    Log($"corpus written to {directory}");
                }

                Log($"size {lines:N0} lines: {options.MeasuredRounds} rounds after {options.Warmup} warm-up");
                sizes.Add(await SizeBenchmark.RunAsync(generator, lines, sets, options.Warmup, options.MeasuredRounds, m => Log("  " + m)).ConfigureAwait(false));
                AnalyzerRun.Settle();
            }

            FixResult? fixes = null;
            if (!options.SkipFixes)
            {
                Log("code fixes");
                fixes = await FixBenchmark.RunAsync(catalog, options.Seed, eca, fixers, options.FixDiagnostics, options.FixEach, options.FixRepetitions, m => Log("  " + m)).ConfigureAwait(false);
            }

            foreach (var size in sizes)
            {
                report.Size(size);
            }

            report.Probe(probe);
            report.Fixes(fixes);
            report.Evaluate(sizes, probe, fixes, haveEca: !eca.IsEmpty, smoke: options.Smoke);
            return report;
        }

        private static void WriteCorpus(CorpusGenerator generator, string directory)
        {
            var corpus = generator.Generate();
            foreach (var file in corpus.Files)
            {
                var path = Path.Combine(directory, file.Path.Substring(CorpusGenerator.Root.Length));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            File.WriteAllText(Path.Combine(directory, ".editorconfig"), CorpusCompilation.EditorConfig(generator.Folders()));
        }
    }
}
