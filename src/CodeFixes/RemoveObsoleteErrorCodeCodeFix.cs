using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>
    /// ECA0002: removes the dead handling of an obsolete code: its case label (the whole section when it was the
    /// only label), its alternative in an <c>or</c> pattern, its switch expression arm, its <c>if</c> branch, or its
    /// code table entry. A lone comparison becomes the constant it always evaluates to.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveObsoleteErrorCodeCodeFix)), Shared]
    public sealed class RemoveObsoleteErrorCodeCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = DiagnosticIds.ObsoleteErrorCode;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ObsoleteErrorCode);

        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindLiteral(root, diagnostic) is { } literal && !CleanupHazards.Around(literal) && Plan(literal) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Remove the handling of the obsolete error code",
                            ct => ApplyAsync(context.Document, new[] { diagnostic }, ct),
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static ExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax node && node.Span == diagnostic.Location.SourceSpan ? node : null;

        /// <summary>Applies the removals one after another on tracked nodes, so several in one handler compose.</summary>
        private static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var measured = new Dictionary<SyntaxNode, bool>();
            var literals = diagnostics.Select(d => FindLiteral(root, d)).Where(l => l is not null && !CleanupHazards.Around(l, measured)).Cast<ExpressionSyntax>().ToList();
            root = root.TrackNodes(literals);
            foreach (var original in literals)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (root.GetCurrentNode(original) is { } literal && Plan(literal) is { } edit)
                {
                    root = edit(root);
                }
            }

            return document.WithSyntaxRoot(root);
        }

        /// <summary>What to do for the literal where it stands; null where no safe removal exists.</summary>
        private static System.Func<SyntaxNode, SyntaxNode>? Plan(ExpressionSyntax literal)
        {
            var expression = Outermost(literal);
            switch (expression.Parent)
            {
                case CaseSwitchLabelSyntax label:
                    return RemoveLabel(label);
                case ConstantPatternSyntax constantPattern:
                    return RemovePatternAlternative(constantPattern);
                case InitializerExpressionSyntax { Parent: InitializerExpressionSyntax table } entry when entry.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                    return root => root.RemoveNode(entry, SyntaxRemoveOptions.KeepNoTrivia)!;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ImplicitElementAccessSyntax { Parent: AssignmentExpressionSyntax assignment } } }
                    when assignment.Parent is InitializerExpressionSyntax:
                    return root => root.RemoveNode(assignment, SyntaxRemoveOptions.KeepNoTrivia)!;
                case BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression):
                    return RemoveComparison(comparison, comparison.IsKind(SyntaxKind.NotEqualsExpression));
                default:
                    return null;
            }
        }

        private static ExpressionSyntax Outermost(ExpressionSyntax literal)
        {
            var expression = literal;
            while (expression.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax || expression.Parent is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression))
            {
                expression = (ExpressionSyntax)expression.Parent;
            }

            return expression;
        }

        private static System.Func<SyntaxNode, SyntaxNode> RemoveLabel(SwitchLabelSyntax label)
        {
            var section = (SwitchSectionSyntax)label.Parent!;
            if (section.Labels.Count > 1)
            {
                return root => root.RemoveNode(label, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            return root => root.RemoveNode(section, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        private static System.Func<SyntaxNode, SyntaxNode>? RemovePatternAlternative(ConstantPatternSyntax constantPattern)
        {
            PatternSyntax pattern = constantPattern;
            while (pattern.Parent is ParenthesizedPatternSyntax parenthesized)
            {
                pattern = parenthesized;
            }

            switch (pattern.Parent)
            {
                case BinaryPatternSyntax alternatives when alternatives.IsKind(SyntaxKind.OrPattern):
                    var other = alternatives.Left == pattern ? alternatives.Right : alternatives.Left;
                    return root => root.ReplaceNode(alternatives, other.WithTriviaFrom(alternatives));
                case CasePatternSwitchLabelSyntax { WhenClause: null } label:
                    return RemoveLabel(label);
                case SwitchExpressionArmSyntax arm when arm.Parent is SwitchExpressionSyntax switchExpression && switchExpression.Arms.Count > 1:
                    return root => root.ReplaceNode(
                        switchExpression,
                        switchExpression.WithArms(switchExpression.Arms.Remove(arm)).WithAdditionalAnnotations(Formatter.Annotation));
                case IsPatternExpressionSyntax isPattern:
                    return ReplaceCondition(isPattern, alwaysTrue: false);
                default:
                    return null;
            }
        }

        private static System.Func<SyntaxNode, SyntaxNode> RemoveComparison(BinaryExpressionSyntax comparison, bool isInequality) =>
            ReplaceCondition(comparison, alwaysTrue: isInequality);

        /// <summary>
        /// A comparison that can never hold (the provider no longer sends the code): drop it from an <c>||</c>, drop
        /// the <c>if</c> branch it guards, or replace it with the value it always has.
        /// </summary>
        private static System.Func<SyntaxNode, SyntaxNode> ReplaceCondition(ExpressionSyntax comparison, bool alwaysTrue)
        {
            ExpressionSyntax condition = comparison;
            while (condition.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                condition = parenthesized;
            }

            if (!alwaysTrue && condition.Parent is BinaryExpressionSyntax disjunction && disjunction.IsKind(SyntaxKind.LogicalOrExpression))
            {
                var other = disjunction.Left == condition ? disjunction.Right : disjunction.Left;
                return root => root.ReplaceNode(disjunction, other.WithTriviaFrom(disjunction));
            }

            if (!alwaysTrue && condition.Parent is IfStatementSyntax ifStatement && ifStatement.Condition == condition)
            {
                return RemoveIfBranch(ifStatement);
            }

            var constant = SyntaxFactory.LiteralExpression(alwaysTrue ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression).WithTriviaFrom(condition);
            return root => root.ReplaceNode(condition, constant);
        }

        private static System.Func<SyntaxNode, SyntaxNode> RemoveIfBranch(IfStatementSyntax ifStatement)
        {
            var next = ifStatement.Else?.Statement;
            if (ifStatement.Parent is ElseClauseSyntax elseClause)
            {
                // else if (dead) {...} else rest  =>  else rest
                if (next is null)
                {
                    return root => root.RemoveNode(elseClause, SyntaxRemoveOptions.KeepNoTrivia)!;
                }

                return root => root.ReplaceNode(ifStatement, next.WithAdditionalAnnotations(Formatter.Annotation));
            }

            if (next is null)
            {
                return ifStatement.Parent is BlockSyntax or SwitchSectionSyntax
                    ? root => root.RemoveNode(ifStatement, SyntaxRemoveOptions.KeepNoTrivia)!
                    : root => root.ReplaceNode(ifStatement, SyntaxFactory.Block().WithTriviaFrom(ifStatement));
            }

            // if (dead) {...} else if (...) ...  =>  if (...) ...
            return root => root.ReplaceNode(ifStatement, next.WithTriviaFrom(ifStatement).WithAdditionalAnnotations(Formatter.Annotation));
        }

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            public static readonly FixAll Instance = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Remove the handling of obsolete error codes";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                await ApplyAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
