using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus
{
    /// <summary>The corpus as one <see cref="CSharpCompilation"/>, with its per-folder analyzer configuration.</summary>
    internal sealed class CorpusCompilation
    {
        /// <summary>The key the analyzers read the providers from (docs/configuration).</summary>
        public const string ProvidersKey = "error_code_analyzers.providers";

        private static readonly string[] FrameworkAssemblies =
        {
            "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "System.Text.Json",
            "System.Threading", "System.Threading.Tasks", "System.Memory", "System.Net.Http", "System.Net.Primitives",
            "System.Console", "System.Runtime.Extensions", "netstandard",
        };

        private static ImmutableArray<MetadataReference> references;

        private CorpusCompilation(GeneratedCorpus corpus, CSharpCompilation compilation, AnalyzerOptions options)
        {
            Corpus = corpus;
            Compilation = compilation;
            Options = options;
        }

        public GeneratedCorpus Corpus { get; }

        /// <summary>Never compiled itself: every measured run works on a fresh copy, so nothing is cached between runs.</summary>
        public CSharpCompilation Compilation { get; }

        public AnalyzerOptions Options { get; }

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        /// <summary>
        /// One thread for the compiler too (<c>concurrentBuild: false</c>), like the analyzer driver
        /// (<c>concurrentAnalysis: false</c>): the figures are stable on a 2-core machine. S109 is off by default
        /// in SonarAnalyzer; it is switched on here, which changes nothing for the other sets.
        /// </summary>
        public static CSharpCompilationOptions CompilationOptions { get; } = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["S109"] = ReportDiagnostic.Warn });

        public static ImmutableArray<MetadataReference> References
        {
            get
            {
                if (references.IsDefault)
                {
                    var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
                    var builder = ImmutableArray.CreateBuilder<MetadataReference>();
                    foreach (var name in FrameworkAssemblies)
                    {
                        var path = trusted.FirstOrDefault(p => string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase))
                            ?? throw new InvalidOperationException($"Framework assembly {name} not found among the trusted platform assemblies.");
                        builder.Add(MetadataReference.CreateFromFile(path));
                    }

                    builder.Add(MetadataReference.CreateFromFile(Assembly.Load("ErrorCodeAnalyzers.Constants").Location));
                    references = builder.ToImmutable();
                }

                return references;
            }
        }

        public static CorpusCompilation Create(GeneratedCorpus corpus, IEnumerable<(string Folder, CatalogProvider Provider)> folders)
        {
            // Parsing is not measured: it is the same for every set, and an IDE has the trees already.
            var trees = new SyntaxTree[corpus.Files.Count];
            Parallel.For(0, trees.Length, i =>
            {
                var file = corpus.Files[i];
                trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ParseOptions, file.Path);
            });

            var compilation = CSharpCompilation.Create("SyntheticApiClients", trees, References, CompilationOptions);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FolderOptionsProvider(trees, folders.ToArray()));
            return new CorpusCompilation(corpus, compilation, options);
        }

        /// <summary>The .editorconfig the per-folder options stand for (written next to the corpus by --write-corpus).</summary>
        public static string EditorConfig(IEnumerable<(string Folder, CatalogProvider Provider)> folders)
        {
            var text = new StringBuilder("root = true\n");
            foreach (var (folder, provider) in folders)
            {
                text.Append('\n').Append('[').Append(folder.Substring(CorpusGenerator.Root.Length)).Append("**.cs]\n")
                    .Append(ProvidersKey).Append(" = ").Append(provider.Id).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>
        /// What the compiler builds from an .editorconfig with one section per provider folder: one options
        /// object per tree (as csc does), holding that folder's keys.
        /// </summary>
        private sealed class FolderOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<SyntaxTree, AnalyzerConfigOptions> byTree = new();

            public FolderOptionsProvider(IEnumerable<SyntaxTree> trees, IReadOnlyList<(string Folder, CatalogProvider Provider)> folders)
            {
                var byFolder = folders.ToDictionary(
                    f => f.Folder,
                    f => ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(ProvidersKey, f.Provider.Id),
                    StringComparer.Ordinal);
                foreach (var tree in trees)
                {
                    var folder = tree.FilePath.Substring(0, tree.FilePath.LastIndexOf('/') + 1);
                    byTree[tree] = new FolderOptions(byFolder.TryGetValue(folder, out var values) ? values : ImmutableDictionary<string, string>.Empty);
                }
            }

            public override AnalyzerConfigOptions GlobalOptions { get; } = new FolderOptions(ImmutableDictionary<string, string>.Empty);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => byTree.TryGetValue(tree, out var options) ? options : GlobalOptions;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
        }

        private sealed class FolderOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> values;

            public FolderOptions(ImmutableDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }
}
