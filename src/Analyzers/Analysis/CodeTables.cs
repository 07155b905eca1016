using System;
using System.Collections.Generic;
using System.Threading;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>
    /// Code tables: dictionary initializers keyed by codes (<c>{ "50011", typeof(RateLimitExceeded) }</c>,
    /// <c>[2002] = ...</c>) and lists of codes held by something named like error codes
    /// (<c>static readonly int[] RetryableErrorCodes = { 50011, 50013 }</c>).
    /// </summary>
    internal static class CodeTables
    {
        private static readonly List<CodeDefinition> NoConstants = new();

        public static void Visit(InitializerExpressionSyntax initializer, SemanticModel model, ErrorCodeOptions options, Action<SiteGroup> onGroup, ref HashSet<LiteralExpressionSyntax>? consumed, CancellationToken cancellationToken)
        {
            var catalog = ErrorCodeCatalog.Instance;
            var keyed = false;
            var total = 0;
            var documented = 0;
            List<CodeSite>? sites = null;
            foreach (var element in initializer.Expressions)
            {
                ExpressionSyntax? key;
                switch (element)
                {
                    case InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression) && complex.Expressions.Count >= 2:
                        keyed = true;
                        key = complex.Expressions[0];
                        break;
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax access } when access.ArgumentList.Arguments.Count == 1:
                        keyed = true;
                        key = access.ArgumentList.Arguments[0].Expression;
                        break;
                    case AssignmentExpressionSyntax:
                        key = null; // a property assignment of an object initializer
                        break;
                    default:
                        key = initializer.IsKind(SyntaxKind.ObjectInitializerExpression) ? null : element;
                        break;
                }

                if (key is null)
                {
                    continue;
                }

                total++;
                if (LiteralValues.TryGetCodeLiteral(key, out var literal) && CodeSiteWalker.IsReportableValue(catalog, literal.Value, options))
                {
                    documented++;
                    sites ??= new List<CodeSite>();
                    sites.Add(new CodeSite(literal, keyed ? SiteKind.TableKey : SiteKind.TableElement, subject: null, handlesCode: false));
                }
            }

            if (sites is null)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var targetName = TargetName(initializer);
            var isCodeTable = keyed
                ? documented >= 2 && documented * 2 >= total && (HasStrongKey(sites) || NameSaysErrors(targetName))
                : ErrorCodeNames.IsErrorCodeName(targetName);
            if (!isCodeTable)
            {
                return;
            }

            CodeSiteWalker.Consume(sites, ref consumed);
            onGroup(new SiteGroup(sites, NoConstants, handler: null, placeSaysErrorCode: true));
        }

        /// <summary>String keys (codes as JSON sends them) and four-digit-plus codes rarely occur as ordinary numbers.</summary>
        private static bool HasStrongKey(List<CodeSite> sites)
        {
            foreach (var site in sites)
            {
                if (site.Literal.IsString || Math.Abs(site.Literal.Value) >= 1000)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool NameSaysErrors(string? name)
        {
            if (name is null)
            {
                return false;
            }

            if (ErrorCodeNames.IsErrorCodeName(name))
            {
                return true;
            }

            foreach (var word in ErrorCodeNames.SplitWords(name))
            {
                if (word is "error" or "errors" or "err" or "errs" or "exception" or "exceptions" or "failure" or "failures")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The name of what the table is stored in: a variable, field, property or assigned member.</summary>
        private static string? TargetName(InitializerExpressionSyntax initializer)
        {
            SyntaxNode? node = initializer.Parent;
            if (node is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax)
            {
                node = node.Parent;
            }

            return node switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax memberAccess } => memberAccess.Name.Identifier.ValueText,
                _ => null,
            };
        }
    }
}
