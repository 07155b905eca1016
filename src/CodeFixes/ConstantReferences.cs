using System;
using System.Linq;
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
        public const string ConstantsNamespace = "ProviderErrorCodes";

        /// <summary>
        /// Whether the compilation references the constants class of <paramref name="fullyQualifiedConstant"/>;
        /// without it a fix would break the build, so none is offered.
        /// </summary>
        public static bool IsAvailable(Compilation compilation, string fullyQualifiedConstant)
        {
            var parts = fullyQualifiedConstant.Split('.');
            return parts.Length >= 3 && compilation.GetTypeByMetadataName(parts[0] + "." + parts[1]) is not null;
        }

        /// <summary>
        /// <c>global::ProviderErrorCodes.X.Y.Z</c>, marked for the simplifier: it shortens to <c>X.Y.Z</c> where the
        /// namespace is imported and stays qualified where it is not.
        /// </summary>
        public static ExpressionSyntax Create(string fullyQualifiedConstant) =>
            SyntaxFactory.ParseExpression("global::" + fullyQualifiedConstant)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

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
