using System;
using System.Linq;
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
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        /// <summary>
        /// Adds <c>using ProviderErrorCodes;</c> where the file imports namespaces with using directives and lacks this one;
        /// a file without using directives keeps qualified names.
        /// </summary>
        public static CompilationUnitSyntax AddUsingIfFileUsesUsings(CompilationUnitSyntax root)
        {
            if (NewUsingScope(root) is null)
            {
                return root;
            }

            var (usings, owner) = FindUsingList(root);

            // Parsed rather than built, so no elastic trivia asks the formatter for a pass over the file.
            var directive = SyntaxFactory.ParseCompilationUnit("using " + ConstantsNamespace + ";").Usings[0];
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
                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia(Indentation(usings[0])));
            }
            else
            {
                directive = directive.WithLeadingTrivia(Indentation(usings[index - 1]));
            }

            // End the line the way the file's own using directives end theirs.
            var endOfLine = usings.SelectMany(u => u.GetTrailingTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            directive = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)
                ? directive.WithTrailingTrivia(endOfLine)
                : directive.WithTrailingTrivia(SyntaxFactory.ElasticLineFeed).WithAdditionalAnnotations(Formatter.Annotation);
            var updated = usings.Insert(index, directive);
            return owner switch
            {
                BaseNamespaceDeclarationSyntax ns => root.ReplaceNode(ns, ns.WithUsings(updated)),
                _ => root.WithUsings(updated),
            };
        }

        /// <summary>
        /// The compilation unit or namespace whose using directives <see cref="AddUsingIfFileUsesUsings"/> adds
        /// <c>using ProviderErrorCodes;</c> to; null where it adds none.
        /// </summary>
        public static SyntaxNode? NewUsingScope(CompilationUnitSyntax root)
        {
            var (usings, owner) = FindUsingList(root);
            return usings.Count == 0 || usings.Any(u => !IsAliasOrStatic(u) && u.Name.ToString() == ConstantsNamespace)
                ? null
                : owner;
        }

        /// <summary><c>using X = ...;</c> or <c>using static ...;</c>: a directive that imports no namespace.</summary>
        public static bool IsAliasOrStatic(UsingDirectiveSyntax directive) => directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None);

        /// <summary>The whitespace that starts the directive's own line (after any comments above it).</summary>
        private static SyntaxTriviaList Indentation(UsingDirectiveSyntax directive)
        {
            var leading = directive.GetLeadingTrivia();
            var last = leading.Count > 0 ? leading[leading.Count - 1] : default;
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxTriviaList.Empty;
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
            if (IsAliasOrStatic(existing) || !existing.GlobalKeyword.IsKind(SyntaxKind.None))
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
