using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ErrorCodeAnalyzers.Benchmarks
{
    internal sealed class BenchmarkOptions
    {
        public const string Usage = """
            ErrorCodeAnalyzers.Benchmarks: the analyzers' cost on a synthetic API-client corpus (docs/performance.md).

              dotnet run --project bench/ErrorCodeAnalyzers.Benchmarks -c Release [-- options]

            Options:
              --lines N[,N...]        corpus sizes in lines (repeatable; default 200000,1000000)
              --repetitions N         measured rounds per size after the warm-up (default 5)
              --warmup N              warm-up rounds per size, not measured (default 1)
              --seed N                corpus seed (default 20251122)
              --fix-diagnostics N     ECA0001 diagnostics in the code-fix document (default 1000)
              --fix-repetitions N     measured Fix All runs (default 5)
              --fix-each N            diagnostics whose own fix is computed one by one (default: all of them)
              --skip-fixes            do not time the code fixes
              --skip-probe            do not run the allocation probe
              --write-corpus DIR      also write the smallest corpus and its .editorconfig to DIR
              --sets NAME[,NAME...]   run only these sets (compile, eca, floor, s109), e.g. to attach a profiler
                                      to ECA alone; ratios and budget need all four (default: all four)
              --smoke                 a small, fast run that proves the harness works (CI): 5000 lines, 1 round,
                                      a small allocation probe, 50 fixes computed one by one
              --check                 exit 1 when a budget item fails (default: report only, exit 0)
              --help                  this text
            """;

        public List<int> Lines { get; } = new();

        public int? Repetitions { get; private set; }

        public int Warmup { get; private set; } = 1;

        public int Seed { get; private set; } = 20251122;

        public int FixDiagnostics { get; private set; } = 1000;

        public int FixRepetitions { get; private set; } = 5;

        public int FixEach { get; private set; } = int.MaxValue;

        /// <summary>Files per variant of the allocation probe, and its measured rounds.</summary>
        public int ProbeFiles { get; private set; } = 40;

        public int ProbeRounds { get; private set; } = 3;

        public bool SkipFixes { get; private set; }

        public bool SkipProbe { get; private set; }

        public string? WriteCorpus { get; private set; }

        /// <summary>The sets to run; null for all of them.</summary>
        public HashSet<Measurement.SetKind>? Sets { get; private set; }

        public bool Smoke { get; private set; }

        public bool Check { get; private set; }

        public bool Help { get; private set; }

        /// <summary>Measured rounds per size: five, so that one slow round of a 1M-line size (they vary by ±10 %) does not decide a median.</summary>
        public int MeasuredRounds => Repetitions ?? 5;

        public static BenchmarkOptions Parse(string[] args)
        {
            var options = new BenchmarkOptions();
            for (var i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
                int Number() => int.TryParse(Value().Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                    ? n
                    : throw new ArgumentException($"{arg} needs a non-negative whole number.");
                switch (arg)
                {
                    case "--lines":
                        foreach (var part in Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            options.Lines.Add(int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                                ? n
                                : throw new ArgumentException($"--lines: '{part}' is not a positive whole number."));
                        }

                        break;
                    case "--repetitions":
                        options.Repetitions = Math.Max(1, Number());
                        break;
                    case "--warmup":
                        options.Warmup = Number();
                        break;
                    case "--seed":
                        options.Seed = Number();
                        break;
                    case "--fix-diagnostics":
                        options.FixDiagnostics = Math.Max(1, Number());
                        break;
                    case "--fix-repetitions":
                        options.FixRepetitions = Math.Max(1, Number());
                        break;
                    case "--fix-each":
                        options.FixEach = Number();
                        break;
                    case "--skip-fixes":
                        options.SkipFixes = true;
                        break;
                    case "--skip-probe":
                        options.SkipProbe = true;
                        break;
                    case "--write-corpus":
                        options.WriteCorpus = Value();
                        break;
                    case "--sets":
                        options.Sets = new HashSet<Measurement.SetKind>();
                        foreach (var name in Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            // IsDefined: TryParse also takes numbers ("7").
                            options.Sets.Add(Enum.TryParse<Measurement.SetKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                                ? kind
                                : throw new ArgumentException($"--sets: '{name}' is not one of compile, eca, floor, s109."));
                        }

                        break;
                    case "--smoke":
                        options.Smoke = true;
                        break;
                    case "--check":
                        options.Check = true;
                        break;
                    case "--help":
                    case "-h":
                        options.Help = true;
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{arg}'.");
                }
            }

            if (options.Smoke)
            {
                if (options.Lines.Count == 0)
                {
                    options.Lines.Add(5_000);
                }

                options.Repetitions ??= 1;
                options.FixRepetitions = Math.Min(options.FixRepetitions, 1);
                options.FixEach = Math.Min(options.FixEach, 50);
                options.ProbeFiles = 4;
                options.ProbeRounds = 1;
            }

            if (options.Lines.Count == 0)
            {
                options.Lines.AddRange(new[] { 200_000, 1_000_000 });
            }

            var sorted = options.Lines.Distinct().OrderBy(n => n).ToList();
            options.Lines.Clear();
            options.Lines.AddRange(sorted);
            return options;
        }
    }
}
