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
    /// <summary>Code sites that share a context: one handler, one table, one argument list, or a lone comparison.</summary>
    internal sealed class SiteGroup
    {
        public SiteGroup(List<CodeSite> sites, List<CodeDefinition> packageConstants, HandlerModel? handler, bool placeSaysErrorCode)
        {
            Sites = sites;
            PackageConstants = packageConstants;
            Handler = handler;
            PlaceSaysErrorCode = placeSaysErrorCode;
        }

        public List<CodeSite> Sites { get; }

        public List<CodeDefinition> PackageConstants { get; }

        /// <summary>The switch or if-chain the sites belong to (ECA0004 applies only there).</summary>
        public HandlerModel? Handler { get; }

        /// <summary>The place itself establishes that the values are error codes (a code table, a code parameter).</summary>
        public bool PlaceSaysErrorCode { get; }
    }

    /// <summary>
    /// Walks a syntax tree once, top-down and without recursion, and hands every group of code sites to
    /// <paramref name="onGroup"/>. Handlers, tables and argument lists are seen before the literals in them,
    /// so each literal is examined once. A literal whose value no catalog documents is dropped after one
    /// dictionary lookup, before any symbol or name is looked at.
    /// </summary>
    internal static class CodeSiteWalker
    {
        private static readonly List<CodeDefinition> NoConstants = new();

        public static void Walk(SyntaxNode root, SemanticModel model, ErrorCodeOptions options, Action<SiteGroup> onGroup, CancellationToken cancellationToken)
        {
            var catalog = ErrorCodeCatalog.Instance;
            HashSet<LiteralExpressionSyntax>? consumed = null;
            var visited = 0;
            foreach (var node in root.DescendantNodes())
            {
                if ((++visited & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (node.Kind())
                {
                    case SyntaxKind.NumericLiteralExpression:
                    case SyntaxKind.StringLiteralExpression:
                        var literal = (LiteralExpressionSyntax)node;
                        if (consumed is not null && consumed.Contains(literal))
                        {
                            break;
                        }

                        // The hot path: most literals end here, with no allocation.
                        if (!LiteralValues.TryGetValue(literal, out var value, out var isString))
                        {
                            break;
                        }

                        // -10005 is the code, not 10005: take the sign (and casts, parentheses) of the whole constant expression.
                        if (!isString && literal.Parent is PrefixUnaryExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax &&
                            LiteralValues.TryGetCodeLiteral(literal, out var whole))
                        {
                            value = whole.Value;
                        }

                        if (!IsReportableValue(catalog, value, options))
                        {
                            break;
                        }

                        if (StandaloneComparison(literal) is { } site)
                        {
                            onGroup(new SiteGroup(new List<CodeSite> { site }, NoConstants, handler: null, placeSaysErrorCode: false));
                        }

                        break;
                    case SyntaxKind.SwitchStatement:
                        var switchStatement = (SwitchStatementSyntax)node;
                        if (HandlerModel.MayHoldCodes(switchStatement))
                        {
                            Emit(HandlerModel.ForSwitchStatement(switchStatement, model, cancellationToken), onGroup, ref consumed);
                        }

                        break;
                    case SyntaxKind.SwitchExpression:
                        var switchExpression = (SwitchExpressionSyntax)node;
                        if (HandlerModel.MayHoldCodes(switchExpression))
                        {
                            Emit(HandlerModel.ForSwitchExpression(switchExpression, model, cancellationToken), onGroup, ref consumed);
                        }

                        break;
                    case SyntaxKind.IfStatement:
                        if (node.Parent is not ElseClauseSyntax)
                        {
                            Emit(HandlerModel.ForIfChain((IfStatementSyntax)node, model, cancellationToken), onGroup, ref consumed);
                        }

                        break;
                    case SyntaxKind.CollectionInitializerExpression:
                    case SyntaxKind.ObjectInitializerExpression:
                    case SyntaxKind.ArrayInitializerExpression:
                        CodeTables.Visit((InitializerExpressionSyntax)node, model, options, onGroup, ref consumed, cancellationToken);
                        break;
                    case SyntaxKind.ArgumentList:
                        CodeArguments.Visit((ArgumentListSyntax)node, model, options, onGroup, ref consumed, cancellationToken);
                        break;
                }
            }
        }

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

        internal static void Consume(List<CodeSite> sites, ref HashSet<LiteralExpressionSyntax>? consumed)
        {
            if (sites.Count == 0)
            {
                return;
            }

            consumed ??= new HashSet<LiteralExpressionSyntax>();
            foreach (var site in sites)
            {
                consumed.Add(site.Literal.Literal);
            }
        }

        private static void Emit(HandlerModel handler, Action<SiteGroup> onGroup, ref HashSet<LiteralExpressionSyntax>? consumed)
        {
            Consume(handler.Sites, ref consumed);
            Consume(handler.OtherSites, ref consumed);
            if (handler.Sites.Count > 0 || handler.PackageConstants.Count > 0)
            {
                onGroup(new SiteGroup(handler.Sites, handler.PackageConstants, handler, placeSaysErrorCode: false));
            }

            foreach (var other in handler.OtherSites)
            {
                onGroup(new SiteGroup(new List<CodeSite> { other }, NoConstants, handler: null, placeSaysErrorCode: false));
            }
        }

        /// <summary><c>subject == 2002</c>, <c>2002 != subject</c> or <c>subject is 2002 or 2003</c> outside any handler.</summary>
        private static CodeSite? StandaloneComparison(LiteralExpressionSyntax literal)
        {
            if (!LiteralValues.TryGetCodeLiteral(literal, out var codeLiteral))
            {
                return null;
            }

            switch (codeLiteral.Expression.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    var subject = binary.Left == codeLiteral.Expression ? binary.Right : binary.Left;
                    return LiteralValues.TryGetCodeLiteral(subject, out _) ? null : new CodeSite(codeLiteral, SiteKind.Comparison, subject, binary.IsKind(SyntaxKind.EqualsExpression));
                case ConstantPatternSyntax constantPattern:
                    SyntaxNode? current = constantPattern;
                    var handles = true;
                    while (current is PatternSyntax)
                    {
                        if (current is UnaryPatternSyntax)
                        {
                            handles = false;
                        }

                        current = current.Parent;
                    }

                    if (current is SubpatternSyntax { ExpressionColon.Expression: { } member })
                    {
                        // response is { ErrorCode: 2002 }, case { Error.Code: "50011" }: the property is the subject
                        return new CodeSite(codeLiteral, SiteKind.IsPattern, member, handles);
                    }

                    return current is IsPatternExpressionSyntax isPattern ? new CodeSite(codeLiteral, SiteKind.IsPattern, isPattern.Expression, handles) : null;
                default:
                    return null;
            }
        }
    }
}
