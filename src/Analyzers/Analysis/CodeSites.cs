using System;
using System.Collections.Generic;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>Code sites that share a context: one handler, one table, one argument list, or a lone comparison.</summary>
    internal sealed class SiteGroup
    {
        public SiteGroup(List<CodeSite> sites, IReadOnlyList<CodeDefinition> packageConstants, HandlerModel? handler, bool placeSaysErrorCode)
        {
            Sites = sites;
            PackageConstants = packageConstants;
            Handler = handler;
            PlaceSaysErrorCode = placeSaysErrorCode;
        }

        public List<CodeSite> Sites { get; }

        public IReadOnlyList<CodeDefinition> PackageConstants { get; }

        /// <summary>The switch or if-chain the sites belong to (ECA0004 applies only there).</summary>
        public HandlerModel? Handler { get; }

        /// <summary>The place itself establishes that the values are error codes (a code table, a code parameter).</summary>
        public bool PlaceSaysErrorCode { get; }

        /// <summary>Sites outside any handler, with no package constant beside them.</summary>
        public static SiteGroup Of(List<CodeSite> sites, bool placeSaysErrorCode) => new(sites, Array.Empty<CodeDefinition>(), handler: null, placeSaysErrorCode);

        public static SiteGroup Single(CodeSite site) => Of(new List<CodeSite> { site }, placeSaysErrorCode: false);

        /// <summary>A handler's own sites as one group, then each literal of its conditions that compares something else.</summary>
        public static IEnumerable<SiteGroup> OfHandler(HandlerModel handler)
        {
            if (handler.Sites.Count > 0 || handler.PackageConstants.Count > 0)
            {
                yield return new SiteGroup(handler.Sites, handler.PackageConstants, handler, placeSaysErrorCode: false);
            }

            foreach (var other in handler.OtherSites)
            {
                yield return Single(other);
            }
        }
    }

    /// <summary>
    /// Where a code literal stands, decided from the literal upwards. Every literal of a place belongs to exactly one
    /// owner: a handler (switch or if-chain) or a table reports its own literals when the driver hands it the handler or
    /// the table; an argument list is reported from its first code literal; a lone comparison from its literal.
    /// </summary>
    internal static class CodeSites
    {
        /// <summary>Whether a value is worth looking at: documented by a configured provider, and not only a success code nobody asked about.</summary>
        public static bool IsReportableValue(ErrorCodeCatalog catalog, long value, ErrorCodeOptions options)
        {
            var codes = catalog.Lookup(value);
            if (codes.IsEmpty)
            {
                return false;
            }

            var any = false;
            foreach (var code in codes)
            {
                if (options.Providers.Contains(code.Provider) && (!code.IsSuccess || options.ReportSuccessCodes))
                {
                    any = true;
                }
            }

            return any;
        }

        /// <summary>
        /// Whether the literal stands where the literal rule itself reports (an argument, the receiver of <c>Equals</c>, an
        /// operand of <c>==</c> or <c>!=</c>, a constant pattern), judged from its parents alone. The driver's walk has just
        /// passed through those, so this reads warm memory; the token's text, which the value needs, is usually cold, and
        /// most literals (loop bounds, sums, assignments, case labels) stand elsewhere. Allocates nothing.
        /// </summary>
        public static bool MayBeLiteralRuleSite(LiteralExpressionSyntax literal)
        {
            // The same walk as LiteralValues.TryGetCodeLiteral: through a minus sign (numbers only), parentheses and casts to a predefined type.
            var isNumber = literal.IsKind(SyntaxKind.NumericLiteralExpression);
            ExpressionSyntax expression = literal;
            while (expression.Parent is ExpressionSyntax parent &&
                   ((isNumber && parent.IsKind(SyntaxKind.UnaryMinusExpression)) || parent is ParenthesizedExpressionSyntax || parent is CastExpressionSyntax { Type: PredefinedTypeSyntax }))
            {
                expression = parent;
            }

            return expression.Parent switch
            {
                ArgumentSyntax argument => argument.Parent is ArgumentListSyntax,
                MemberAccessExpressionSyntax memberAccess => memberAccess.Expression == expression && memberAccess.Parent is InvocationExpressionSyntax,
                BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression),
                ConstantPatternSyntax => true,
                _ => false,
            };
        }

        /// <summary>
        /// The literal as a code whose value some catalog documents: <c>-10005</c> for the 10005 of <c>-10005</c> (the sign,
        /// casts and parentheses of the whole constant expression count). The hot path of the package: it allocates nothing.
        /// </summary>
        public static bool TryGetDocumentedCode(LiteralExpressionSyntax literal, out CodeLiteral codeLiteral) =>
            LiteralValues.TryGetCodeLiteral(literal, out codeLiteral) && ErrorCodeCatalog.Instance.IsDocumented(codeLiteral.Value);

        /// <summary>
        /// <c>subject == 2002</c>, <c>2002 != subject</c> or <c>subject is 2002 or 2003</c> that no handler owns: outside any
        /// if condition, or in one the if-chain does not model (a property pattern, a list pattern). Allocates nothing, so the
        /// caller can judge the subject before it builds a <see cref="CodeSite"/>.
        /// </summary>
        public static bool TryGetLoneComparison(CodeLiteral codeLiteral, out ExpressionSyntax subject, out SiteKind kind, out bool handlesCode)
        {
            subject = null!;
            kind = SiteKind.Comparison;
            handlesCode = true;
            switch (codeLiteral.Expression.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    subject = binary.Left == codeLiteral.Expression ? binary.Right : binary.Left;
                    if (LiteralValues.TryGetCodeLiteral(subject, out _))
                    {
                        return false;
                    }

                    if (HandlerModel.IsChainCondition(binary) && Comparisons.TryDecompose(binary, out _, out var value, out _) && value == codeLiteral.Expression)
                    {
                        return false; // the if-chain's site
                    }

                    handlesCode = binary.IsKind(SyntaxKind.EqualsExpression);
                    return true;
                case ConstantPatternSyntax constantPattern:
                    SyntaxNode? current = constantPattern;
                    var onlyCombinators = true;
                    while (current is PatternSyntax)
                    {
                        if (current is UnaryPatternSyntax)
                        {
                            handlesCode = false;
                        }
                        else if (current is not (ConstantPatternSyntax or ParenthesizedPatternSyntax or BinaryPatternSyntax))
                        {
                            onlyCombinators = false; // a list pattern, [2002, ..]: the if-chain leaves it alone
                        }

                        current = current.Parent;
                    }

                    kind = SiteKind.IsPattern;
                    if (current is SubpatternSyntax { ExpressionColon.Expression: { } member })
                    {
                        // response is { ErrorCode: 2002 }, case { Error.Code: "50011" }: the property is the subject
                        subject = member;
                        return true;
                    }

                    if (current is not IsPatternExpressionSyntax isPattern || (onlyCombinators && HandlerModel.IsChainCondition(isPattern)))
                    {
                        return false; // a case label or arm (the switch's site), or the if-chain's site
                    }

                    subject = isPattern.Expression;
                    return true;
                default:
                    return false;
            }
        }
    }
}
