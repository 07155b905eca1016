using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    internal sealed class FloorSet
    {
        public FloorSet(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyList<RecordingAnalyzer> recordings, IReadOnlyList<string> exceptions)
        {
            Analyzers = analyzers;
            Recordings = recordings;
            Exceptions = exceptions;
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        public IReadOnlyList<RecordingAnalyzer> Recordings { get; }

        /// <summary>Exceptions the ECA analyzers threw while recorded (an incomplete shape if any).</summary>
        public IReadOnlyList<string> Exceptions { get; }
    }

    /// <summary>
    /// Learns each ECA analyzer's registrations by running it, recorded, over a sample of the corpus (the
    /// corpus's first files: the same generator, references and options), then builds one floor analyzer per
    /// ECA analyzer from what it registered.
    /// </summary>
    internal static class FloorLearning
    {
        public const int SampleLines = 5_000;

        public static async Task<FloorSet> LearnAsync(CorpusCatalog catalog, int seed, ImmutableArray<DiagnosticAnalyzer> eca)
        {
            if (eca.IsEmpty)
            {
                return new FloorSet(ImmutableArray<DiagnosticAnalyzer>.Empty, new List<RecordingAnalyzer>(), new List<string>());
            }

            var generator = new CorpusGenerator(catalog, new CorpusSettings { Lines = SampleLines, Seed = seed });
            var sample = CorpusCompilation.Create(generator.Generate(), generator.Folders());
            var recordings = eca.Select(a => new RecordingAnalyzer(a)).ToList();
            var run = await AnalyzerRun.RunAsync(sample.Compilation, sample.Options, recordings.ToImmutableArray<DiagnosticAnalyzer>()).ConfigureAwait(false);
            var floor = recordings.Select(r => (DiagnosticAnalyzer)new FloorAnalyzer(r.Inner, r.Shape)).ToImmutableArray();
            return new FloorSet(floor, recordings, run.AnalyzerExceptions);
        }
    }
}
