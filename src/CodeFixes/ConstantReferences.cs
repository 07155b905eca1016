using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>Writing references to the shipped constants in the file's own style.</summary>
    internal static class ConstantReferences
    {
        public const string ConstantsNamespace = CatalogData.ConstantsNamespace;

        /// <summary>
        /// Whether the compilation has the constant <paramref name="fullyQualifiedConstant"/> (for
        /// <c>ProviderErrorCodes.TencentIm.Sdk.Account.UserSigExpired</c>, the type <c>ProviderErrorCodes.TencentIm+Sdk+Account</c>
        /// with that const field). Without it (no constants, or an older version of them) a fix would break the build, so
        /// none is offered.
        /// </summary>
        public static bool IsAvailable(Compilation compilation, string fullyQualifiedConstant)
        {
            var parts = fullyQualifiedConstant.Split('.');
            if (parts.Length < 4 || parts[0] != ConstantsNamespace)
            {
                return false;
            }

            var typeName = parts[0] + "." + string.Join("+", parts, 1, parts.Length - 2);
            return compilation.GetTypeByMetadataName(typeName) is { } type &&
                   type.GetMembers(parts[parts.Length - 1]).Any(m => m is IFieldSymbol { IsConst: true });
        }

        /// <summary>
        /// <c>global::ProviderErrorCodes.X.Y.Z</c>, marked for the simplifier: it shortens to <c>X.Y.Z</c> where the
        /// namespace is imported and stays qualified where it is not.
        /// </summary>
        public static ExpressionSyntax Create(string fullyQualifiedConstant) =>
            SyntaxFactory.ParseExpression("global::" + fullyQualifiedConstant)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation, new SyntaxAnnotation(ReferenceKind, fullyQualifiedConstant));

        /// <summary>Marks a reference made by <see cref="Create"/>; its data is the constant.</summary>
        private const string ReferenceKind = "ErrorCodeAnalyzers.ConstantReference";

        /// <summary>
        /// Starts the simplifier closer to its result: each reference made by <see cref="Create"/> becomes
        /// <c>X.Y.Z</c> (without <c>global::ProviderErrorCodes.</c>) where that binds to the same constant, and keeps its
        /// annotations, so the simplifier still shortens it further where it can. Reducing the qualified form costs the
        /// simplifier several times more than the rest of a Fix All over a thousand references. Files whose using
        /// directives include an alias or a <c>using static</c> keep the qualified form: there the simplifier may
        /// choose a form of its own.
        /// </summary>
        public static async Task<Document> ShortenWhereTheyBindAsync(Document document, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root ||
                root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()
                    .Any(u => u.Alias is not null || !u.StaticKeyword.IsKind(SyntaxKind.None)))
            {
                return document;
            }

            var references = root.GetAnnotatedNodes(ReferenceKind).OfType<ExpressionSyntax>().ToList();
            var semanticModel = references.Count == 0 ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            // Aliases from other files (global using) are in scope too.
            if (semanticModel is null || semanticModel.LookupNamespacesAndTypes(references[0].SpanStart).Any(s => s is IAliasSymbol))
            {
                return document;
            }

            // What the qualified form binds to does not depend on where it is, so once per constant.
            var targets = new Dictionary<string, ISymbol?>();
            var shortened = new Dictionary<SyntaxNode, ExpressionSyntax>();
            foreach (var reference in references)
            {
                var constant = reference.GetAnnotations(ReferenceKind).First().Data!;
                if (!targets.TryGetValue(constant, out var target))
                {
                    target = semanticModel.GetSpeculativeSymbolInfo(reference.SpanStart, SyntaxFactory.ParseExpression("global::" + constant), SpeculativeBindingOption.BindAsExpression).Symbol;
                    targets[constant] = target;
                }

                var candidate = SyntaxFactory.ParseExpression(constant.Substring(constant.IndexOf('.') + 1));
                if (target is not null &&
                    SymbolEqualityComparer.Default.Equals(semanticModel.GetSpeculativeSymbolInfo(reference.SpanStart, candidate, SpeculativeBindingOption.BindAsExpression).Symbol, target))
                {
                    shortened[reference] = reference.CopyAnnotationsTo(candidate.WithTriviaFrom(reference));
                }
            }

            return shortened.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(shortened.Keys, (original, _) => shortened[original]));
        }

        /// <summary>
        /// Adds <c>using ProviderErrorCodes;</c> where the file imports namespaces with using directives and lacks this one;
        /// a file without using directives keeps qualified names.
        /// </summary>
        public static CompilationUnitSyntax AddUsingIfFileUsesUsings(CompilationUnitSyntax root)
        {
            var (usings, owner) = FindUsingList(root);
            if (usings.Count == 0 || usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name.ToString() == ConstantsNamespace))
            {
                return root;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ConstantsNamespace)).WithAdditionalAnnotations(Formatter.Annotation);
            var index = 0;
            var systemFirst = usings.Count > 0 && IsSystem(usings[0]);
            while (index < usings.Count && ShouldPrecede(usings[index], systemFirst))
            {
                index++;
            }

            if (index == 0)
            {
                // Keep the file's leading trivia (header comments) in front of the first directive.
                directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia(SyntaxTriviaList.Empty));
            }

            // End the line the way the file's own using directives end theirs.
            var endOfLine = usings.SelectMany(u => u.GetTrailingTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            directive = directive.WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.ElasticLineFeed);
            var updated = usings.Insert(index, directive);
            return owner switch
            {
                BaseNamespaceDeclarationSyntax ns => root.ReplaceNode(ns, ns.WithUsings(updated)),
                _ => root.WithUsings(updated),
            };
        }

        private static (SyntaxList<UsingDirectiveSyntax> Usings, SyntaxNode Owner) FindUsingList(CompilationUnitSyntax root)
        {
            if (root.Usings.Count > 0)
            {
                return (root.Usings, root);
            }

            var ns = root.Members.OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault();
            return ns is not null && ns.Usings.Count > 0 ? (ns.Usings, ns) : (root.Usings, root);
        }

        private static bool IsSystem(UsingDirectiveSyntax directive)
        {
            // Name is null on newer compilers for an alias of any type (using Pair = (int, string);), although the 4.5 API says otherwise.
            var name = directive.Name?.ToString();
            return name is not null && (name == "System" || name.StartsWith("System.", StringComparison.Ordinal));
        }

        private static bool ShouldPrecede(UsingDirectiveSyntax existing, bool systemFirst)
        {
            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || !existing.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                return existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);
            }

            if (systemFirst && IsSystem(existing))
            {
                return true;
            }

            return string.Compare(existing.Name.ToString(), ConstantsNamespace, StringComparison.OrdinalIgnoreCase) < 0;
        }
    }
}
