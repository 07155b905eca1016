using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using ErrorCodeAnalyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Benchmarks.Fixes
{
    internal sealed class FixResult
    {
        public string Status { get; init; } = string.Empty;

        public int Diagnostics { get; init; }

        public int DocumentLines { get; init; }

        public string Provider { get; init; } = string.Empty;

        /// <summary>Asking the fixers for their actions for every diagnostic (what a light bulb does), in total.</summary>
        public double RegisterAllMs { get; init; }

        /// <summary>Computing every diagnostic's first fix (its changed solution, simplified and formatted), in total.</summary>
        public double ComputeAllMs { get; init; }

        public double ComputeMedianMs { get; init; }

        /// <summary>One Fix All in the document over every diagnostic: median over the measured runs.</summary>
        public double FixAllMs { get; init; }

        public IReadOnlyList<double> FixAllRunsMs { get; init; } = Array.Empty<double>();

        public int RemainingAfterFixAll { get; init; }

        /// <summary>A few of the diagnostics Fix All left, with their source line.</summary>
        public IReadOnlyList<string> RemainingSamples { get; init; } = Array.Empty<string>();

        /// <summary>How many of the diagnostics had their own fix computed (all, unless limited).</summary>
        public int ComputedFixes { get; init; }

        public int NewErrorsAfterFixAll { get; init; }

        public bool Measured => FixAllRunsMs.Count > 0;
    }

    /// <summary>
    /// Times the ECA0001 code fix on one document with about 1,000 ECA0001 diagnostics, in an AdhocWorkspace:
    /// every diagnostic's fix computed one by one, then Fix All over the document (a FixAllContext whose
    /// DiagnosticProvider returns those diagnostics).
    /// </summary>
    internal static class FixBenchmark
    {
        private const string DiagnosticId = "ECA0001";

        public static async Task<FixResult> RunAsync(CorpusCatalog catalog, int seed, ImmutableArray<DiagnosticAnalyzer> eca, ImmutableArray<CodeFixProvider> fixers, int diagnosticCount, int computeEach, int repetitions, Action<string> log)
        {
            var fixer = fixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(DiagnosticId));
            if (fixer is null || eca.IsEmpty)
            {
                return new FixResult { Status = $"not measured: no {(eca.IsEmpty ? "ECA analyzer" : "code fix for " + DiagnosticId)} yet" };
            }

            var provider = catalog.Providers.FirstOrDefault(p => p.Id == "immutable-link") ?? catalog.Providers[0];
            var generator = new CorpusGenerator(catalog, new CorpusSettings { Seed = seed });

            var text = generator.GenerateFixDocument(provider, diagnosticCount);
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "FixAll",
                    "FixAll",
                    LanguageNames.CSharp,
                    compilationOptions: CorpusCompilation.CompilationOptions,
                    parseOptions: CorpusCompilation.ParseOptions,
                    metadataReferences: CorpusCompilation.References))
                .AddDocument(DocumentId.CreateNewId(projectId), "Shared.cs", SourceText.From(CorpusGenerator.SharedSource), filePath: "/fix/Shared.cs")
                .AddDocument(documentId, "ResponseHandler.cs", SourceText.From(text), filePath: "/fix/ResponseHandler.cs")
                .AddAnalyzerConfigDocument(
                    DocumentId.CreateNewId(projectId),
                    ".globalconfig",
                    SourceText.From($"is_global = true\n{CorpusCompilation.ProvidersKey} = {provider.Id}\n"),
                    filePath: "/fix/.globalconfig");
            var document = solution.GetDocument(documentId)!;
            var all = await AnalyzeAsync(document, eca).ConfigureAwait(false);
            var reported = all.Where(d => d.Id == DiagnosticId && d.Location.SourceTree?.FilePath == document.FilePath).ToList();
            var diagnostics = reported.OrderBy(d => d.Location.SourceSpan.Start).Take(diagnosticCount).ToImmutableArray();
            var untargeted = reported.Count - diagnostics.Length;
            var errorsBefore = all.Count(d => d.Severity == DiagnosticSeverity.Error);
            var lines = text.Count(c => c == '\n');
            log($"fix document: {lines:N0} lines, {diagnostics.Length:N0} {DiagnosticId} diagnostics used ({provider.Id}), fixer {fixer.GetType().Name}");
            if (diagnostics.IsEmpty)
            {
                return new FixResult { Status = $"not measured: the analyzers report no {DiagnosticId} in the fix document", DocumentLines = lines };
            }

            // Every diagnostic's fix, one at a time: the actions, then the first action's changes.
            var actions = new List<CodeAction>();
            var stopwatch = Stopwatch.StartNew();
            foreach (var diagnostic in diagnostics)
            {
                var registered = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => registered.Add(action), CancellationToken.None)).ConfigureAwait(false);
                if (registered.Count > 0)
                {
                    actions.Add(registered[0]);
                }
            }

            var registerAll = stopwatch.Elapsed.TotalMilliseconds;
            var perFix = new List<double>();
            foreach (var action in actions.Take(computeEach))
            {
                var one = Stopwatch.StartNew();
                await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
                perFix.Add(one.Elapsed.TotalMilliseconds);
            }

            var computeAll = perFix.Sum();
            if (actions.Count == 0)
            {
                return new FixResult { Status = $"not measured: {fixer.GetType().Name} offered no fix", Diagnostics = diagnostics.Length, DocumentLines = lines };
            }

            // Fix All over the document, with the equivalence key of the first fix.
            var fixAllProvider = fixer.GetFixAllProvider();
            if (fixAllProvider is null)
            {
                return new FixResult { Status = $"not measured: {fixer.GetType().Name} has no Fix All provider", Diagnostics = diagnostics.Length, DocumentLines = lines };
            }

            var diagnosticProvider = new FixedDiagnosticProvider(document, diagnostics);
            var runs = new List<double>();
            Solution? fixedSolution = null;
            for (var round = -1; round < repetitions; round++)
            {
                AnalyzerRun.Settle();
                var run = Stopwatch.StartNew();
                var context = new FixAllContext(document, fixer, FixAllScope.Document, actions[0].EquivalenceKey, new[] { DiagnosticId }, diagnosticProvider, CancellationToken.None);
                var fixAll = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
                var operations = fixAll is null ? ImmutableArray<CodeActionOperation>.Empty : await fixAll.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
                run.Stop();
                fixedSolution = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
                if (round >= 0)
                {
                    runs.Add(run.Elapsed.TotalMilliseconds);
                }
            }

            var remaining = diagnostics.Length;
            var newErrors = 0;
            var samples = new List<string>();
            if (fixedSolution?.GetDocument(documentId) is { } fixedDocument)
            {
                var after = await AnalyzeAsync(fixedDocument, eca).ConfigureAwait(false);
                var left = after.Where(d => d.Id == DiagnosticId && d.Location.SourceTree?.FilePath == document.FilePath).ToList();
                remaining = Math.Max(0, left.Count - untargeted);
                newErrors = Math.Max(0, after.Count(d => d.Severity == DiagnosticSeverity.Error) - errorsBefore);
                foreach (var diagnostic in left.Take(remaining > 0 ? 3 : 0))
                {
                    var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                    var source = (await fixedDocument.GetTextAsync().ConfigureAwait(false)).Lines[line].ToString().Trim();
                    samples.Add($"line {line + 1}: {source}  <- {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
                }
            }

            return new FixResult
            {
                Status = "measured",
                Diagnostics = diagnostics.Length,
                DocumentLines = lines,
                Provider = provider.Id,
                RegisterAllMs = registerAll,
                ComputeAllMs = computeAll,
                ComputeMedianMs = Statistics.Median(perFix),
                FixAllMs = Statistics.Median(runs),
                FixAllRunsMs = runs,
                RemainingAfterFixAll = remaining,
                RemainingSamples = samples,
                ComputedFixes = perFix.Count,
                NewErrorsAfterFixAll = newErrors,
            };
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, ImmutableArray<DiagnosticAnalyzer> eca)
        {
            var compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
            return await compilation
                .WithAnalyzers(eca, new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync()
                .ConfigureAwait(false);
        }

        /// <summary>Hands Fix All the diagnostics computed once, as an IDE does from its diagnostic cache.</summary>
        private sealed class FixedDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly Document document;
            private readonly ImmutableArray<Diagnostic> diagnostics;

            public FixedDiagnosticProvider(Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                this.document = document;
                this.diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(document.Id == this.document.Id ? diagnostics.AsEnumerable() : Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(project.Id == document.Project.Id ? diagnostics.AsEnumerable() : Enumerable.Empty<Diagnostic>());
        }
    }
}
