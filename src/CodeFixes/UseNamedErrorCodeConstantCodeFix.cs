using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>
    /// ECA0001: replaces the literal with the named constant the diagnostic carries (the string twin for a string
    /// literal), one action per non-obsolete candidate when the provider is ambiguous.
    /// </summary>
    /// <remarks>
    /// Equivalence keys: "ECA0001" for an unambiguous code; "ECA0001:&lt;provider&gt;" for an ambiguous one. Fix All with
    /// "ECA0001" fixes every unambiguous code; with "ECA0001:&lt;provider&gt;" it fixes every unambiguous code too and
    /// resolves the ambiguous ones to that provider (so <c>dotnet format</c>, which uses the first action's key, never
    /// leaves unambiguous codes behind).
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedErrorCodeConstantCodeFix)), Shared]
    public sealed class UseNamedErrorCodeConstantCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = DiagnosticIds.MagicErrorCode;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MagicErrorCode);

        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        public static string ProviderEquivalenceKey(string providerId) => EquivalenceKey + ":" + providerId;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null || root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (CleanupHazards.Around(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)))
                {
                    continue;
                }

                var candidates = Candidates(diagnostic);
                var ambiguous = candidates.Count > 1;
                foreach (var (constant, provider) in candidates)
                {
                    if (!ConstantReferences.IsAvailable(semanticModel.Compilation, constant))
                    {
                        continue;
                    }

                    var shortName = constant.Substring(constant.IndexOf('.') + 1);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            ambiguous ? $"Use {shortName} ({provider})" : $"Use {shortName}",
                            ct => ReplaceAsync(context.Document, new[] { (diagnostic.Location.SourceSpan, constant) }, ct),
                            ambiguous ? ProviderEquivalenceKey(provider) : EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The constants and providers the analyzer decided on, in its order.</summary>
        internal static List<(string Constant, string Provider)> Candidates(Diagnostic diagnostic)
        {
            var result = new List<(string, string)>();
            if (!diagnostic.Properties.TryGetValue(ErrorCodeLiteralAnalyzer.ConstantsProperty, out var constants) || string.IsNullOrEmpty(constants) ||
                !diagnostic.Properties.TryGetValue(ErrorCodeLiteralAnalyzer.ProvidersProperty, out var providers) || providers is null)
            {
                return result;
            }

            var constantList = constants!.Split(';');
            var providerList = providers.Split(';');
            for (var i = 0; i < constantList.Length && i < providerList.Length; i++)
            {
                result.Add((constantList[i], providerList[i]));
            }

            return result;
        }

        /// <summary>Replaces every given literal span with its constant in one pass, then adds the using directive once.</summary>
        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<(Microsoft.CodeAnalysis.Text.TextSpan Span, string Constant)> replacements, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                return document;
            }

            var targets = new Dictionary<SyntaxNode, string>();
            var measured = new Dictionary<SyntaxNode, bool>();
            foreach (var (span, constant) in replacements)
            {
                if (root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax node && node.Span == span && !CleanupHazards.Around(node, measured))
                {
                    targets[node] = constant;
                }
            }

            if (targets.Count == 0 || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } semanticModel)
            {
                return document;
            }

            return document.WithSyntaxRoot(LiteralReplacement.Replace(semanticModel, root, targets, cancellationToken));
        }

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            public static readonly FixAll Instance = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Use the named constants for provider error codes";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                var semanticModel = await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                if (semanticModel is null)
                {
                    return document;
                }

                var key = fixAllContext.CodeActionEquivalenceKey ?? EquivalenceKey;
                var chosenProvider = key.StartsWith(EquivalenceKey + ":", StringComparison.Ordinal) ? key.Substring(EquivalenceKey.Length + 1) : null;
                var replacements = new List<(Microsoft.CodeAnalysis.Text.TextSpan, string)>();
                foreach (var diagnostic in diagnostics)
                {
                    var candidates = Candidates(diagnostic);
                    var pick = candidates.Count == 1 ? candidates[0].Constant
                        : candidates.FirstOrDefault(c => c.Provider == chosenProvider).Constant;
                    if (pick is not null && ConstantReferences.IsAvailable(semanticModel.Compilation, pick))
                    {
                        replacements.Add((diagnostic.Location.SourceSpan, pick));
                    }
                }

                var changed = await ReplaceAsync(document, replacements, fixAllContext.CancellationToken).ConfigureAwait(false);
                return changed == document ? document : await CleanedTextAsync(document, changed, fixAllContext.CancellationToken).ConfigureAwait(false);
            }

            /// <summary>
            /// Runs what cleanup is left (the simplifier on qualified references, the formatter on a using directive that
            /// could not copy the file's line ending) here and hands back plain text. Roslyn cleans a returned tree too, but
            /// the text it makes from it keeps the cleaned tree, annotations and all, and the Fix All action's own
            /// post-processing then simplifies and formats every marked node a second time.
            /// </summary>
            private static async Task<Document> CleanedTextAsync(Document original, Document changed, CancellationToken cancellationToken)
            {
                // Each step only where something is marked for it: each costs a pass over the file even with nothing to do.
                var cleaned = changed;
                if (Marked(await cleaned.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false), Simplifier.Annotation))
                {
                    cleaned = await Simplifier.ReduceAsync(cleaned, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                if (Marked(await cleaned.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false), Formatter.Annotation))
                {
                    cleaned = await Formatter.FormatAsync(cleaned, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                if ((await cleaned.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))?.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation).Any() == true)
                {
                    cleaned = await Formatter.FormatAsync(cleaned, SyntaxAnnotation.ElasticAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                // New text on the original document: its tree is reparsed from the unannotated original, so nothing is left to clean.
                return original.WithText(await cleaned.GetTextAsync(cancellationToken).ConfigureAwait(false));
            }

            private static bool Marked(SyntaxNode? root, SyntaxAnnotation annotation) => root?.GetAnnotatedNodesAndTokens(annotation).Any() == true;
        }
    }
}
