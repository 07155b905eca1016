using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>
    /// ECA0003: adds one case per missing mandatory code, with the shipped constant, in catalog order, before the
    /// <c>default</c> (or <c>_</c> arm, or final <c>else</c>). Each new branch throws <see cref="System.NotImplementedException"/>
    /// with the document's action text, so the gap compiles and stays visible. The codes come from the diagnostic's
    /// properties; the fix never analyses the handler again.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingCasesCodeFix)), Shared]
    public sealed class AddMissingCasesCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = DiagnosticIds.UnhandledMandatoryErrorCode;

        public const string Title = "Add missing error code cases";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnhandledMandatoryErrorCode);

        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan.Create(root, model, diagnostic, context.CancellationToken) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ApplyAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>Adds the cases of every diagnostic in one pass over the document (handlers can be nested; each is edited once).</summary>
        private static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var plans = new Dictionary<SyntaxNode, Plan>();
            foreach (var diagnostic in diagnostics)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Plan.Create(root, model, diagnostic, cancellationToken) is { } plan && !plans.ContainsKey(plan.Handler))
                {
                    plans.Add(plan.Handler, plan);
                }
            }

            if (plans.Count == 0)
            {
                return document;
            }

            // ReplaceNodes hands each handler over with its nested handlers already rewritten; the top-level shape
            // (sections, arms, the chain of ifs) is the original one, so each plan applies to it unchanged.
            var newRoot = root.ReplaceNodes(plans.Keys, (original, rewritten) => plans[original].Apply(rewritten));
            return document.WithSyntaxRoot(newRoot);
        }

        /// <summary>What to add to one handler: the new branches, built from the diagnostic's properties.</summary>
        private sealed class Plan
        {
            private Plan(SyntaxNode handler, ExpressionSyntax subject, List<(string Constant, string Text)> cases, bool compareWithIs)
            {
                Handler = handler;
                Subject = subject;
                Cases = cases;
                CompareWithIs = compareWithIs;
            }

            public SyntaxNode Handler { get; }

            private ExpressionSyntax Subject { get; }

            private List<(string Constant, string Text)> Cases { get; }

            /// <summary>if-chains over a subject that is neither a number nor a string compare with <c>is</c> (<c>==</c> would not compile for <c>object</c>).</summary>
            private bool CompareWithIs { get; }

            public static Plan? Create(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
            {
                if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                    !diagnostic.Properties.TryGetValue(UnhandledMandatoryCodesAnalyzer.MissingConstantsProperty, out var intConstants) ||
                    !diagnostic.Properties.TryGetValue(UnhandledMandatoryCodesAnalyzer.MissingStringConstantsProperty, out var stringConstants) ||
                    string.IsNullOrEmpty(intConstants) || string.IsNullOrEmpty(stringConstants))
                {
                    return null;
                }

                var keyword = root.FindToken(diagnostic.Location.SourceSpan.Start);
                if (keyword.Span != diagnostic.Location.SourceSpan)
                {
                    return null;
                }

                SyntaxNode handler;
                ExpressionSyntax? subject;
                switch (keyword.Parent)
                {
                    case SwitchStatementSyntax switchStatement when keyword.IsKind(SyntaxKind.SwitchKeyword):
                        handler = switchStatement;
                        subject = switchStatement.Expression;
                        break;
                    case SwitchExpressionSyntax switchExpression when keyword.IsKind(SyntaxKind.SwitchKeyword):
                        handler = switchExpression;
                        subject = switchExpression.GoverningExpression;
                        break;
                    case IfStatementSyntax ifStatement when keyword.IsKind(SyntaxKind.IfKeyword) && ifStatement.Parent is not ElseClauseSyntax:
                        handler = ifStatement;
                        subject = diagnostic.AdditionalLocations.Count >= 2 ? FindExpression(root, diagnostic.AdditionalLocations[1]) : null;
                        if (subject is null || !ifStatement.Span.Contains(subject.Span))
                        {
                            return null;
                        }

                        break;
                    default:
                        return null;
                }

                // Roslyn's cleanup after a fix fails on unparsable or extremely deep code: offer the fix once the code parses.
                if (CleanupHazards.Around(handler))
                {
                    return null;
                }

                var subjectType = model.GetTypeInfo(subject, cancellationToken).Type;
                var kind = KindOf(subjectType);
                var useStrings = kind == SubjectKind.String ||
                    (kind == SubjectKind.Other && diagnostic.Properties.TryGetValue(UnhandledMandatoryCodesAnalyzer.StringCasesProperty, out var stringCases) && stringCases == "true");
                var names = (useStrings ? stringConstants : intConstants)!.Split(';');
                var cases = new List<(string Constant, string Text)>(names.Length);
                foreach (var name in names)
                {
                    // Without the constants (an older or missing constants package) the fix would not compile: offer none.
                    if (!ConstantReferences.IsAvailable(model.Compilation, name))
                    {
                        return null;
                    }

                    cases.Add((name, ExceptionText(name)));
                }

                return new Plan(handler, subject, cases, compareWithIs: kind == SubjectKind.Other);
            }

            public SyntaxNode Apply(SyntaxNode rewritten) => rewritten switch
            {
                SwitchStatementSyntax switchStatement => AddSections(switchStatement),
                SwitchExpressionSyntax switchExpression => AddArms(switchExpression),
                IfStatementSyntax head => AddBranches(head),
                _ => rewritten,
            };

            private SwitchStatementSyntax AddSections(SwitchStatementSyntax switchStatement)
            {
                var sections = Cases.Select(c => SyntaxFactory.SwitchSection(
                        SyntaxFactory.SingletonList<SwitchLabelSyntax>(SyntaxFactory.CaseSwitchLabel(ConstantReferences.Create(c.Constant))),
                        SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.ThrowStatement(NewException(c.Text))))
                    .WithAdditionalAnnotations(Formatter.Annotation));
                var index = HandlerModel.CaseInsertionIndex(switchStatement);
                return switchStatement.WithSections(switchStatement.Sections.InsertRange(index, sections));
            }

            private SwitchExpressionSyntax AddArms(SwitchExpressionSyntax switchExpression)
            {
                var arms = switchExpression.Arms;
                var index = HandlerModel.ArmInsertionIndex(switchExpression);
                var nodes = new List<SyntaxNodeOrToken>();
                for (var i = 0; i < arms.Count; i++)
                {
                    if (i == index)
                    {
                        AddNewArms(nodes);
                    }

                    nodes.Add(arms[i]);
                    if (i < arms.SeparatorCount)
                    {
                        nodes.Add(arms.GetSeparator(i));
                    }
                    else if (i < arms.Count - 1 || index == arms.Count)
                    {
                        nodes.Add(Comma());
                    }
                }

                if (index == arms.Count)
                {
                    AddNewArms(nodes);
                    if (arms.SeparatorCount < arms.Count || arms.Count == 0)
                    {
                        nodes.RemoveAt(nodes.Count - 1); // no trailing comma where the original had none
                    }
                }

                return switchExpression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(nodes));

                void AddNewArms(List<SyntaxNodeOrToken> list)
                {
                    foreach (var (constant, text) in Cases)
                    {
                        list.Add(SyntaxFactory.SwitchExpressionArm(SyntaxFactory.ConstantPattern(ConstantReferences.Create(constant)), SyntaxFactory.ThrowExpression(NewException(text)))
                            .WithAdditionalAnnotations(Formatter.Annotation));
                        list.Add(Comma());
                    }
                }
            }

            private IfStatementSyntax AddBranches(IfStatementSyntax head)
            {
                var last = HandlerModel.LastIfOfChain(head);
                var tail = last.Else;
                for (var i = Cases.Count - 1; i >= 0; i--)
                {
                    var (constant, text) = Cases[i];
                    var branch = SyntaxFactory.IfStatement(
                            Condition(constant),
                            SyntaxFactory.Block(SyntaxFactory.ThrowStatement(NewException(text))))
                        .WithElse(tail);
                    tail = SyntaxFactory.ElseClause(branch).WithAdditionalAnnotations(Formatter.Annotation);
                }

                var statement = last.Statement;
                if (last.Else is null)
                {
                    // No final else: the line break after the chain's last statement moves behind the new branches.
                    tail = tail!.WithTrailingTrivia(statement.GetTrailingTrivia());
                    statement = statement.WithoutTrailingTrivia();
                }

                var updated = last.WithStatement(statement).WithElse(tail);
                return head == last ? updated : head.ReplaceNode(last, updated);
            }

            private ExpressionSyntax Condition(string constant)
            {
                var subject = Subject.WithoutTrivia();
                if (!IsPrimary(subject))
                {
                    subject = SyntaxFactory.ParenthesizedExpression(subject).WithAdditionalAnnotations(Simplifier.Annotation);
                }

                return CompareWithIs
                    ? SyntaxFactory.IsPatternExpression(subject, SyntaxFactory.ConstantPattern(ConstantReferences.Create(constant)))
                    : SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, subject, ConstantReferences.Create(constant));
            }

            private static bool IsPrimary(ExpressionSyntax expression) =>
                expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                    or ConditionalAccessExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax or ThisExpressionSyntax
                    or PostfixUnaryExpressionSyntax or LiteralExpressionSyntax;

            private static ExpressionSyntax NewException(string text) =>
                SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName("global::System.NotImplementedException").WithAdditionalAnnotations(Simplifier.Annotation))
                    .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text))))));

            private static SyntaxToken Comma() => SyntaxFactory.Token(SyntaxKind.CommaToken);

            /// <summary>
            /// What to do, with what the code is: <c>Tencent Cloud IM 6206 UserSigExpired: UserSig expired: get a new valid UserSig and log in again.</c>
            /// The catalog's mandatory reason comes first (one line built from the document's action text for this very code; a
            /// row's developer action can be generic); a code made mandatory by configuration gets the document's action or message.
            /// </summary>
            private static string ExceptionText(string constantName)
            {
                if (!ErrorCodeCatalog.Instance.TryGetByConstantName(constantName, out var code))
                {
                    return constantName;
                }

                var action = (code.MandatoryReason ?? code.DeveloperActions ?? code.Message).Trim();
                return code.Provider.DisplayName + " " + code.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + code.Name +
                       (action.Length > 0 ? ": " + action : string.Empty);
            }

            private static ExpressionSyntax? FindExpression(SyntaxNode root, Location location)
            {
                if (!location.IsInSource || !root.FullSpan.Contains(location.SourceSpan))
                {
                    return null;
                }

                var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                while (node.Parent is ExpressionSyntax parent && parent.Span == location.SourceSpan)
                {
                    node = parent;
                }

                return node is ExpressionSyntax expression && expression.Span == location.SourceSpan ? expression : null;
            }

            private static SubjectKind KindOf(ITypeSymbol? type)
            {
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    type = nullable.TypeArguments[0];
                }

                switch (type?.SpecialType)
                {
                    case SpecialType.System_String:
                        return SubjectKind.String;
                    case SpecialType.System_Int32:
                    case SpecialType.System_Int64:
                    case SpecialType.System_Int16:
                    case SpecialType.System_UInt32:
                    case SpecialType.System_UInt64:
                    case SpecialType.System_UInt16:
                        return SubjectKind.Number;
                    default:
                        return SubjectKind.Other;
                }
            }
        }

        private enum SubjectKind
        {
            Number,
            String,
            Other,
        }

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            public static readonly FixAll Instance = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                await ApplyAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
