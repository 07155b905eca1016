using System.Collections.Generic;
using System.Threading;
using ErrorCodeAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>Where a code literal stands.</summary>
    internal enum SiteKind
    {
        CaseLabel,
        CasePattern,
        SwitchArm,
        IfCondition,
        Comparison,
        IsPattern,
        Assertion,
        CodeArgument,
        TableKey,
        TableElement,
    }

    /// <summary>A code literal at a place where it is compared with (or stands for) an error code.</summary>
    internal sealed class CodeSite
    {
        public CodeSite(CodeLiteral literal, SiteKind kind, ExpressionSyntax? subject, bool handlesCode)
        {
            Literal = literal;
            Kind = kind;
            Subject = subject;
            HandlesCode = handlesCode;
        }

        public CodeLiteral Literal { get; }

        public SiteKind Kind { get; }

        /// <summary>The expression the literal is compared with; null where the place itself says "error code" (tables, code parameters).</summary>
        public ExpressionSyntax? Subject { get; }

        /// <summary>Whether the branch the literal labels handles that code specifically (not under <c>not</c> or <c>!=</c>).</summary>
        public bool HandlesCode { get; }
    }

    /// <summary>
    /// A switch statement, switch expression or if/else-if chain over one subject: its code literals,
    /// the package constants it uses, the values and ranges it handles, and whether it has a default.
    /// Built once per handler; the rules only read it.
    /// </summary>
    internal sealed class HandlerModel
    {
        private readonly HashSet<long> handledValues = new();
        private readonly List<(long From, long To)> handledRanges = new();

        private HandlerModel(SyntaxNode node, SyntaxToken keyword)
        {
            Node = node;
            Keyword = keyword;
        }

        public SyntaxNode Node { get; }

        /// <summary>Where ECA0003 is reported: the <c>switch</c> keyword or the first <c>if</c>.</summary>
        public SyntaxToken Keyword { get; }

        public ExpressionSyntax? Subject { get; private set; }

        /// <summary>Literal sites comparing the handler's subject.</summary>
        public List<CodeSite> Sites { get; } = new();

        /// <summary>Literal sites in the handler's conditions that compare something else (if-chains only).</summary>
        public List<CodeSite> OtherSites { get; } = new();

        /// <summary>Package constants (<c>ProviderErrorCodes.*</c>) the handler compares its subject with.</summary>
        public List<CodeDefinition> PackageConstants { get; } = new();

        /// <summary>Branches that compare the subject (cases, arms, if branches).</summary>
        public int BranchCount { get; private set; }

        /// <summary>A <c>default</c>, <c>_</c>, catch-all pattern or final <c>else</c>.</summary>
        public bool HasDefault { get; private set; }

        /// <summary>Patterns this model cannot evaluate (<c>not</c>, mixed <c>and</c>, list patterns): coverage is then not judged.</summary>
        public bool HasOpaquePatterns { get; private set; }

        /// <summary>
        /// A comparison of the subject that excludes a code instead of handling it (<c>!=</c>, <c>!(...)</c>, a value under
        /// <c>not</c>): what the branches cover is then not judged either.
        /// </summary>
        public bool HasExclusions { get; private set; }

        public bool IsIfChain => Node is IfStatementSyntax;

        // 0: not asked yet, 1: the subject is an error code, 2: it is not. Racing threads compute the same verdict.
        private int subjectVerdict;

        /// <summary>
        /// Whether the subject is an error code (<see cref="ErrorCodeSubjects.IsErrorCode"/>), asked once per model: both
        /// rules that read handlers ask it, and the model is shared between them (<see cref="HandlerModels"/>).
        /// </summary>
        public bool SubjectIsErrorCode(SemanticModel model, CancellationToken cancellationToken)
        {
            var verdict = Volatile.Read(ref subjectVerdict);
            if (verdict == 0)
            {
                verdict = Subject is not null && ErrorCodeSubjects.IsErrorCode(Subject, model, cancellationToken) ? 1 : 2;
                Volatile.Write(ref subjectVerdict, verdict);
            }

            return verdict == 1;
        }

        public bool Handles(long value)
        {
            if (handledValues.Contains(value))
            {
                return true;
            }

            foreach (var (from, to) in handledRanges)
            {
                if (value >= from && value <= to)
                {
                    return true;
                }
            }

            return false;
        }

        // The pre-checks below run on every switch and every if of a project, so they are syntax-only and allocate nothing.
        // A handler passes when it compares something that may be an error code (ErrorCodeSubjects.MayBeErrorCode) with a
        // documented literal, or compares anything with the name of a shipped constant. Any other handler has nothing for a
        // rule to say: its literals are no codes of a configured provider, or its subjects are no error codes.

        /// <summary>Syntactic pre-check before building a model of a switch statement.</summary>
        public static bool MayHoldCodes(SwitchStatementSyntax switchStatement)
        {
            var literalsCount = ErrorCodeSubjects.MayBeErrorCode(switchStatement.Expression);
            foreach (var section in switchStatement.Sections)
            {
                foreach (var label in section.Labels)
                {
                    switch (label)
                    {
                        case CaseSwitchLabelSyntax caseLabel when MayBeCode(caseLabel.Value, literalsCount):
                        case CasePatternSwitchLabelSyntax patternLabel when PatternMayHoldCode(patternLabel.Pattern, literalsCount, 0):
                            return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Syntactic pre-check before building a model of a switch expression.</summary>
        public static bool MayHoldCodes(SwitchExpressionSyntax switchExpression)
        {
            var literalsCount = ErrorCodeSubjects.MayBeErrorCode(switchExpression.GoverningExpression);
            foreach (var arm in switchExpression.Arms)
            {
                if (PatternMayHoldCode(arm.Pattern, literalsCount, 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Syntactic pre-check before building a model of the if/else-if chain that starts at <paramref name="head"/>.</summary>
        public static bool MayHoldCodes(IfStatementSyntax head)
        {
            for (var current = head; current is not null; current = current.Else?.Statement as IfStatementSyntax)
            {
                if (ConditionMayHoldCode(current.Condition, 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="comparison"/> is one of the comparisons <see cref="ForIfChain"/> reads: an if condition, or a
        /// part of one reached through parentheses, <c>||</c>, <c>&amp;&amp;</c> and <c>!</c>.
        /// </summary>
        public static bool IsChainCondition(ExpressionSyntax comparison)
        {
            SyntaxNode current = comparison;
            while (true)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IfStatementSyntax ifStatement:
                        return ifStatement.Condition == current;
                    case ParenthesizedExpressionSyntax:
                    case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalOrExpression) || logical.IsKind(SyntaxKind.LogicalAndExpression):
                    case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                        current = parent;
                        continue;
                    default:
                        return false;
                }
            }
        }

        // Past this nesting the pre-checks give up and say "maybe": the model itself walks any depth without recursion.
        private const int MaximumPreCheckDepth = 32;

        private static bool ConditionMayHoldCode(ExpressionSyntax condition, int depth)
        {
            while (true)
            {
                if (depth > MaximumPreCheckDepth)
                {
                    return true;
                }

                switch (condition)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        condition = parenthesized.Expression;
                        continue;
                    case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                        condition = not.Operand;
                        continue;
                    case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalOrExpression) || logical.IsKind(SyntaxKind.LogicalAndExpression):
                        // Chains of || and && nest to the left: loop down the left, recurse (shallowly) into the right.
                        if (ConditionMayHoldCode(logical.Right, depth + 1))
                        {
                            return true;
                        }

                        condition = logical.Left;
                        continue;
                    case IsPatternExpressionSyntax isPattern:
                        return PatternMayHoldCode(isPattern.Pattern, ErrorCodeSubjects.MayBeErrorCode(isPattern.Expression), depth + 1);
                    default:
                        return Comparisons.TryDecompose(condition, out var subject, out var value, out _) && MayBeCodeOf(value, subject);
                }
            }
        }

        private static bool PatternMayHoldCode(PatternSyntax pattern, bool literalsCount, int depth)
        {
            while (true)
            {
                if (depth > MaximumPreCheckDepth)
                {
                    return true;
                }

                switch (pattern)
                {
                    case ConstantPatternSyntax constant:
                        return MayBeCode(constant.Expression, literalsCount);
                    case ParenthesizedPatternSyntax parenthesized:
                        pattern = parenthesized.Pattern;
                        continue;
                    case UnaryPatternSyntax unary:
                        pattern = unary.Pattern;
                        continue;
                    case BinaryPatternSyntax binary:
                        if (PatternMayHoldCode(binary.Right, literalsCount, depth + 1))
                        {
                            return true;
                        }

                        pattern = binary.Left;
                        continue;
                    default:
                        return false; // relational bounds, types, discards, property patterns: no site and no package constant here
                }
            }
        }

        /// <summary>
        /// A documented literal (when the subject may be an error code), or a name that ends like a shipped constant
        /// (<c>Deposits.InsufficientFunds</c>), which makes any subject an error code.
        /// </summary>
        private static bool MayBeCode(ExpressionSyntax expression, bool literalsCount) =>
            LiteralValues.TryGetCodeLiteral(expression, out var literal)
                ? literalsCount && ErrorCodeCatalog.Instance.IsDocumented(literal.Value)
                : IsConstantName(expression);

        /// <summary>
        /// <see cref="MayBeCode(ExpressionSyntax, bool)"/> for a comparison, judging the subject's name only once the value is a
        /// documented literal: most if conditions compare ordinary numbers, and the value lookup is cheaper than the name check.
        /// </summary>
        private static bool MayBeCodeOf(ExpressionSyntax value, ExpressionSyntax subject) =>
            LiteralValues.TryGetCodeLiteral(value, out var literal)
                ? ErrorCodeCatalog.Instance.IsDocumented(literal.Value) && ErrorCodeSubjects.MayBeErrorCode(subject)
                : IsConstantName(value);

        private static bool IsConstantName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => ErrorCodeCatalog.Instance.IsConstantLeafName(identifier.Identifier.ValueText),
            MemberAccessExpressionSyntax memberAccess => ErrorCodeCatalog.Instance.IsConstantLeafName(memberAccess.Name.Identifier.ValueText),
            _ => false,
        };

        public static HandlerModel ForSwitchStatement(SwitchStatementSyntax switchStatement, SemanticModel model, CancellationToken cancellationToken)
        {
            var handler = new HandlerModel(switchStatement, switchStatement.SwitchKeyword) { Subject = switchStatement.Expression };
            foreach (var section in switchStatement.Sections)
            {
                var branches = false;
                foreach (var label in section.Labels)
                {
                    switch (label)
                    {
                        case CaseSwitchLabelSyntax caseLabel:
                            branches = true;
                            handler.AddValue(caseLabel.Value, SiteKind.CaseLabel, handles: true, handler.Subject, model, cancellationToken);
                            break;
                        case CasePatternSwitchLabelSyntax patternLabel:
                            branches = true;
                            handler.AddPattern(patternLabel.Pattern, SiteKind.CasePattern, model, cancellationToken);
                            break;
                        case DefaultSwitchLabelSyntax:
                            handler.HasDefault = true;
                            break;
                    }
                }

                if (branches)
                {
                    handler.BranchCount++;
                }
            }

            return handler;
        }

        public static HandlerModel ForSwitchExpression(SwitchExpressionSyntax switchExpression, SemanticModel model, CancellationToken cancellationToken)
        {
            var handler = new HandlerModel(switchExpression, switchExpression.SwitchKeyword) { Subject = switchExpression.GoverningExpression };
            foreach (var arm in switchExpression.Arms)
            {
                handler.BranchCount++;
                handler.AddPattern(arm.Pattern, SiteKind.SwitchArm, model, cancellationToken);
            }

            return handler;
        }

        // Room for a condition of a few || and && (or a pattern of a few or/and) without growing the stack as it is walked.
        private const int InitialStackCapacity = 8;

        /// <summary>An if/else-if chain, walked iteratively (chains can be thousands deep).</summary>
        public static HandlerModel ForIfChain(IfStatementSyntax head, SemanticModel model, CancellationToken cancellationToken)
        {
            var handler = new HandlerModel(head, head.IfKeyword);
            var conditions = new Stack<(ExpressionSyntax Expression, bool Handles)>(InitialStackCapacity);
            for (var current = head; current is not null;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sitesBefore = handler.Sites.Count + handler.PackageConstants.Count;
                conditions.Push((current.Condition, true));
                while (conditions.Count > 0)
                {
                    var (condition, handles) = conditions.Pop();
                    switch (condition)
                    {
                        case ParenthesizedExpressionSyntax parenthesized:
                            conditions.Push((parenthesized.Expression, handles));
                            break;
                        case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalOrExpression) || logical.IsKind(SyntaxKind.LogicalAndExpression):
                            conditions.Push((logical.Right, handles));
                            conditions.Push((logical.Left, handles));
                            break;
                        case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                            conditions.Push((not.Operand, false));
                            break;
                        case IsPatternExpressionSyntax isPattern when MayHoldCode(isPattern.Pattern):
                            if (handler.AcceptSubject(isPattern.Expression))
                            {
                                handler.AddPattern(isPattern.Pattern, SiteKind.IfCondition, model, cancellationToken, handles);
                            }
                            else
                            {
                                handler.AddOtherPattern(isPattern.Pattern, isPattern.Expression);
                            }

                            break;
                        default:
                            if (Comparisons.TryDecompose(condition, out var subject, out var value, out var isEquality) &&
                                (LiteralValues.TryGetCodeLiteral(value, out _) || (handler.MayAcceptSubject(subject) && IsNamedCodeValue(value, model, cancellationToken))))
                            {
                                if (handler.AcceptSubject(subject))
                                {
                                    handler.AddValue(value, SiteKind.IfCondition, handles && isEquality, handler.Subject, model, cancellationToken);
                                }
                                else if (LiteralValues.TryGetCodeLiteral(value, out var otherLiteral))
                                {
                                    handler.OtherSites.Add(new CodeSite(otherLiteral, SiteKind.Comparison, subject, handlesCode: false));
                                }
                            }

                            break;
                    }
                }

                if (handler.Sites.Count + handler.PackageConstants.Count > sitesBefore)
                {
                    handler.BranchCount++;
                }

                switch (current.Else?.Statement)
                {
                    case IfStatementSyntax next:
                        current = next;
                        break;
                    case null:
                        current = null;
                        break;
                    default:
                        handler.HasDefault = true;
                        current = null;
                        break;
                }
            }

            return handler;
        }

        /// <summary>
        /// Where new specific cases go in a switch statement: before the first section with a <c>default</c> label or a
        /// catch-all pattern (<c>_</c>, <c>var x</c>, a type or property pattern), so they are reachable; else at the end.
        /// </summary>
        public static int CaseInsertionIndex(SwitchStatementSyntax switchStatement)
        {
            var sections = switchStatement.Sections;
            for (var i = 0; i < sections.Count; i++)
            {
                foreach (var label in sections[i].Labels)
                {
                    if (label is DefaultSwitchLabelSyntax || (label is CasePatternSwitchLabelSyntax patternLabel && IsCatchAll(patternLabel.Pattern)))
                    {
                        return i;
                    }
                }
            }

            return sections.Count;
        }

        /// <summary>Where new specific arms go in a switch expression: before the first catch-all arm (<c>_</c>, <c>var x</c>...), else at the end.</summary>
        public static int ArmInsertionIndex(SwitchExpressionSyntax switchExpression)
        {
            var arms = switchExpression.Arms;
            for (var i = 0; i < arms.Count; i++)
            {
                if (IsCatchAll(arms[i].Pattern))
                {
                    return i;
                }
            }

            return arms.Count;
        }

        /// <summary>The last <c>if</c> of an if/else-if chain: the one whose <c>else</c> (if any) is the chain's final <c>else</c>.</summary>
        public static IfStatementSyntax LastIfOfChain(IfStatementSyntax head)
        {
            var current = head;
            while (current.Else?.Statement is IfStatementSyntax next)
            {
                current = next;
            }

            return current;
        }

        private static bool IsCatchAll(PatternSyntax pattern) =>
            pattern is DiscardPatternSyntax or VarPatternSyntax or DeclarationPatternSyntax or TypePatternSyntax or RecursivePatternSyntax;

        /// <summary>
        /// A named integer/string constant: what a branch compares a code with besides a literal (not <c>null</c>, not a
        /// variable). The one symbol question of a chain's model, so it is asked only where the answer can count.
        /// </summary>
        private static bool IsNamedCodeValue(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken) =>
            value is IdentifierNameSyntax or MemberAccessExpressionSyntax &&
                model.GetSymbolInfo(value, cancellationToken).Symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: int or long or short or string };

        /// <summary>Syntactic check that a pattern compares with something that can be a code (not <c>null</c> or a type).</summary>
        private static bool MayHoldCode(PatternSyntax root)
        {
            foreach (var leaf in LeafPatterns(root))
            {
                switch (leaf)
                {
                    case ConstantPatternSyntax constant when constant.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax || LiteralValues.TryGetCodeLiteral(constant.Expression, out _):
                    case RelationalPatternSyntax:
                        return true;
                }
            }

            return false;
        }

        /// <summary>The patterns under <c>or</c>, <c>and</c>, <c>not</c> and parentheses, walked without recursion.</summary>
        private static IEnumerable<PatternSyntax> LeafPatterns(PatternSyntax root)
        {
            var patterns = new Stack<PatternSyntax>();
            patterns.Push(root);
            while (patterns.Count > 0)
            {
                switch (patterns.Pop())
                {
                    case ParenthesizedPatternSyntax parenthesized:
                        patterns.Push(parenthesized.Pattern);
                        break;
                    case BinaryPatternSyntax binary:
                        patterns.Push(binary.Right);
                        patterns.Push(binary.Left);
                        break;
                    case UnaryPatternSyntax unary:
                        patterns.Push(unary.Pattern);
                        break;
                    case var leaf:
                        yield return leaf;
                        break;
                }
            }
        }

        /// <summary>
        /// Whether <see cref="AcceptSubject"/> would take <paramref name="subject"/>, without taking it: a named value compared
        /// with another subject than the chain's adds nothing to the model, so its symbol is never asked for.
        /// </summary>
        private bool MayAcceptSubject(ExpressionSyntax subject) => Subject is null || Comparisons.SameSubject(Subject, subject);

        /// <summary>The first compared subject becomes the chain's subject; later ones must be the same expression.</summary>
        private bool AcceptSubject(ExpressionSyntax subject)
        {
            if (Subject is null)
            {
                Subject = subject;
                return true;
            }

            return Comparisons.SameSubject(Subject, subject);
        }

        private void AddValue(ExpressionSyntax value, SiteKind kind, bool handles, ExpressionSyntax? subject, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!handles)
            {
                HasExclusions = true;
            }

            if (LiteralValues.TryGetCodeLiteral(value, out var literal))
            {
                Sites.Add(new CodeSite(literal, kind, subject, handles));
                if (handles)
                {
                    handledValues.Add(literal.Value);
                }

                return;
            }

            if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return;
            }

            // A named constant: the package's (narrows the provider) or the user's (handles its value).
            if (model.GetSymbolInfo(value, cancellationToken).Symbol is IFieldSymbol { HasConstantValue: true } field)
            {
                long? constantValue = field.ConstantValue switch
                {
                    int i => i,
                    long l => l,
                    short s => s,
                    string text when LiteralValues.TryParseInteger(text, out var parsed) => parsed,
                    _ => null,
                };
                if (constantValue is { } handled && handles)
                {
                    handledValues.Add(handled);
                }

                if (PackageConstants.Count < 64 && PackageConstantOf(field) is { } code)
                {
                    PackageConstants.Add(code);
                }
            }
        }

        private void AddPattern(PatternSyntax root, SiteKind kind, SemanticModel model, CancellationToken cancellationToken, bool handles = true)
        {
            var patterns = new Stack<(PatternSyntax Pattern, bool Handles)>(InitialStackCapacity);
            patterns.Push((root, handles));
            while (patterns.Count > 0)
            {
                var (pattern, patternHandles) = patterns.Pop();
                switch (pattern)
                {
                    case ConstantPatternSyntax constant:
                        AddValue(constant.Expression, kind, patternHandles, Subject, model, cancellationToken);
                        break;
                    case ParenthesizedPatternSyntax parenthesized:
                        patterns.Push((parenthesized.Pattern, patternHandles));
                        break;
                    case BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern):
                        patterns.Push((binary.Right, patternHandles));
                        patterns.Push((binary.Left, patternHandles));
                        break;
                    case BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.AndPattern):
                        if (patternHandles && TryGetRange(binary, model, cancellationToken, out var range))
                        {
                            handledRanges.Add(range);
                        }
                        else
                        {
                            HasOpaquePatterns = true;
                            patterns.Push((binary.Right, false));
                            patterns.Push((binary.Left, false));
                        }

                        break;
                    case UnaryPatternSyntax unary:
                        HasOpaquePatterns = true;
                        patterns.Push((unary.Pattern, false));
                        break;
                    case RelationalPatternSyntax relational:
                        if (patternHandles && TryGetBound(relational, model, cancellationToken, out var bound, out var isLower))
                        {
                            handledRanges.Add(isLower ? (bound, long.MaxValue) : (long.MinValue, bound));
                        }

                        break;
                    case DiscardPatternSyntax:
                    case VarPatternSyntax:
                    case DeclarationPatternSyntax:
                    case TypePatternSyntax:
                    case RecursivePatternSyntax:
                        // Catch-alls: they match every code, so none of them is handled specifically.
                        if (patternHandles)
                        {
                            HasDefault = true;
                        }

                        break;
                    default:
                        HasOpaquePatterns = true;
                        break;
                }
            }
        }

        /// <summary>Literals in a pattern applied to a different subject inside an if-chain: sites without the chain's context.</summary>
        private void AddOtherPattern(PatternSyntax root, ExpressionSyntax subject)
        {
            foreach (var leaf in LeafPatterns(root))
            {
                if (leaf is ConstantPatternSyntax constant && LiteralValues.TryGetCodeLiteral(constant.Expression, out var literal))
                {
                    OtherSites.Add(new CodeSite(literal, SiteKind.IsPattern, subject, handlesCode: false));
                }
            }
        }

        private static bool TryGetRange(BinaryPatternSyntax and, SemanticModel model, CancellationToken cancellationToken, out (long From, long To) range)
        {
            range = default;
            if (Unparenthesize(and.Left) is RelationalPatternSyntax left && Unparenthesize(and.Right) is RelationalPatternSyntax right &&
                TryGetBound(left, model, cancellationToken, out var leftBound, out var leftIsLower) &&
                TryGetBound(right, model, cancellationToken, out var rightBound, out var rightIsLower) &&
                leftIsLower != rightIsLower)
            {
                range = leftIsLower ? (leftBound, rightBound) : (rightBound, leftBound);
                return true;
            }

            return false;
        }

        private static PatternSyntax Unparenthesize(PatternSyntax pattern)
        {
            while (pattern is ParenthesizedPatternSyntax parenthesized)
            {
                pattern = parenthesized.Pattern;
            }

            return pattern;
        }

        /// <summary>The inclusive bound of <c>&gt;= 9501</c> (lower) or <c>&lt; 9526</c> (upper).</summary>
        private static bool TryGetBound(RelationalPatternSyntax relational, SemanticModel model, CancellationToken cancellationToken, out long bound, out bool isLower)
        {
            bound = 0;
            isLower = false;
            long value;
            if (LiteralValues.TryGetCodeLiteral(relational.Expression, out var literal) && !literal.IsString)
            {
                value = literal.Value;
            }
            else if (model.GetConstantValue(relational.Expression, cancellationToken) is { HasValue: true, Value: int or long or short } constant)
            {
                value = System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                return false;
            }

            switch (relational.OperatorToken.Kind())
            {
                case SyntaxKind.GreaterThanEqualsToken: bound = value; isLower = true; return true;
                case SyntaxKind.GreaterThanToken: bound = value + 1; isLower = true; return true;
                case SyntaxKind.LessThanEqualsToken: bound = value; return true;
                case SyntaxKind.LessThanToken: bound = value - 1; return true;
                default: return false;
            }
        }

        /// <summary>The catalog entry behind a constant of the shipped constants library, if <paramref name="field"/> is one.</summary>
        public static CodeDefinition? PackageConstantOf(IFieldSymbol field)
        {
            // ProviderErrorCodes.<Provider>[Strings].<Section...>.<Name>, read off the symbols' own names: formatting the
            // symbol with ToDisplayString was most of what a switch's model cost (docs/performance.md).
            var innermost = field.ContainingType;
            var providerClass = innermost;
            while (providerClass?.ContainingType is { } outer)
            {
                providerClass = outer;
            }

            if (innermost is null || providerClass is null || innermost.ContainingType is null ||
                providerClass.ContainingNamespace is not { Name: CatalogData.ConstantsNamespace, ContainingNamespace.IsGlobalNamespace: true })
            {
                return null;
            }

            foreach (var code in ErrorCodeCatalog.Instance.CodesWithConstantLeaf(providerClass.Name, field.Name))
            {
                if (IsSectionPath(code.Section.Id, innermost, providerClass))
                {
                    return code;
                }
            }

            return null;
        }

        /// <summary>Whether the types from <paramref name="innermost"/> out to the outermost, <paramref name="providerClass"/> (excluded), spell <paramref name="sectionId"/> (<c>Sdk.General</c>).</summary>
        private static bool IsSectionPath(string sectionId, INamedTypeSymbol innermost, INamedTypeSymbol providerClass)
        {
            if (providerClass.Arity != 0)
            {
                return false;
            }

            var end = sectionId.Length;
            for (var type = innermost; type.ContainingType is not null; type = type.ContainingType)
            {
                var name = type.Name;
                var start = end - name.Length;
                if (type.Arity != 0 || start < 0 || string.CompareOrdinal(sectionId, start, name, 0, name.Length) != 0 || (start > 0 && sectionId[start - 1] != '.'))
                {
                    return false;
                }

                end = start - 1; // before the dot
            }

            return end == -1;
        }
    }
}
