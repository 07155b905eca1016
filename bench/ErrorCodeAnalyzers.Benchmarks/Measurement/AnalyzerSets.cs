using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    /// <summary>The analyzers and fixers under test, found by reflection so new rules are picked up as they land.</summary>
    internal static class AnalyzerSets
    {
        public const string SonarVersion = "10.36.0.15337";
        public const string SonarRule = "S109";

        /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> with [DiagnosticAnalyzer] in ErrorCodeAnalyzers.dll.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> LoadEca() =>
            Assembly.Load("ErrorCodeAnalyzers").GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
                .ToImmutableArray();

        /// <summary>Every concrete <see cref="CodeFixProvider"/> with [ExportCodeFixProvider] in ErrorCodeAnalyzers.CodeFixes.dll.</summary>
        public static ImmutableArray<CodeFixProvider> LoadFixers() =>
            Assembly.Load("ErrorCodeAnalyzers.CodeFixes").GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute), inherit: false))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t, nonPublic: true)!)
                .ToImmutableArray();

        /// <summary>
        /// SonarAnalyzer.CSharp's S109 (magic numbers) analyzer alone, from the dll the project file copies out of
        /// the NuGet package. S109 is disabled by default; <see cref="Corpus.CorpusCompilation.CompilationOptions"/> enables it.
        /// </summary>
        public static DiagnosticAnalyzer LoadS109()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "sonar", "SonarAnalyzer.CSharp.dll");
            var assembly = Assembly.LoadFrom(path);
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                types = exception.Types.Where(t => t is not null).ToArray()!;
            }

            foreach (var type in types.Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false)))
            {
                if (type.Name != "MagicNumberShouldNotBeUsed" && !type.Name.Contains("MagicNumber", StringComparison.Ordinal))
                {
                    continue;
                }

                var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                if (analyzer.SupportedDiagnostics.Any(d => d.Id == SonarRule))
                {
                    return analyzer;
                }
            }

            throw new InvalidOperationException($"No analyzer for {SonarRule} in {path}.");
        }
    }
}
