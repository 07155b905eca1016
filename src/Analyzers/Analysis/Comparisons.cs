using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>Recognises the ways code compares a subject with a value, purely by syntax.</summary>
    internal static class Comparisons
    {
        /// <summary>
        /// <c>subject == value</c>, <c>value != subject</c>, <c>subject.Equals(value)</c>, <c>Equals(subject, value)</c>,
        /// <c>string.Equals(subject, value, StringComparison.Ordinal)</c>. The value side is the literal one when there is one.
        /// </summary>
        public static bool TryDecompose(ExpressionSyntax expression, out ExpressionSyntax subject, out ExpressionSyntax value, out bool isEquality)
        {
            subject = null!;
            value = null!;
            isEquality = true;
            switch (expression)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    isEquality = binary.IsKind(SyntaxKind.EqualsExpression);
                    return Orient(binary.Left, binary.Right, out subject, out value);
                case InvocationExpressionSyntax invocation:
                    var arguments = invocation.ArgumentList.Arguments;
                    switch (invocation.Expression)
                    {
                        case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } memberAccess when !IsTypeName(memberAccess.Expression):
                            // code.Equals(2002), errorCode.Equals("105", StringComparison.Ordinal), "105".Equals(errorCode)
                            if (arguments.Count == 1 || (arguments.Count == 2 && IsStringComparison(arguments[1].Expression)))
                            {
                                return Orient(memberAccess.Expression, arguments[0].Expression, out subject, out value);
                            }

                            return false;
                        case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } staticAccess when arguments.Count is 2 or 3 && IsTypeName(staticAccess.Expression):
                            return Orient(arguments[0].Expression, arguments[1].Expression, out subject, out value);
                        case MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Equals" } when
                            invocation.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == invocation &&
                            (arguments.Count == 1 || (arguments.Count == 2 && IsStringComparison(arguments[1].Expression))):
                            // errorCode?.Equals("50011") == true
                            return Orient(conditional.Expression, arguments[0].Expression, out subject, out value);
                        case IdentifierNameSyntax { Identifier.ValueText: "Equals" } when arguments.Count == 2:
                            return Orient(arguments[0].Expression, arguments[1].Expression, out subject, out value);
                        default:
                            return false;
                    }

                default:
                    return false;
            }
        }

        private static bool Orient(ExpressionSyntax left, ExpressionSyntax right, out ExpressionSyntax subject, out ExpressionSyntax value)
        {
            if (LiteralValues.TryGetCodeLiteral(left, out _) && !LiteralValues.TryGetCodeLiteral(right, out _))
            {
                subject = right;
                value = left;
            }
            else
            {
                subject = left;
                value = right;
            }

            return true;
        }

        private static bool IsStringComparison(ExpressionSyntax expression) =>
            expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "StringComparison" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StringComparison" } };

        private static bool IsTypeName(ExpressionSyntax expression) =>
            expression is PredefinedTypeSyntax || expression is IdentifierNameSyntax { Identifier.ValueText: "String" or "Object" or "Int32" or "Int64" };

        /// <summary>Removes what does not change which value is compared, so two spellings of a subject compare equal.</summary>
        public static ExpressionSyntax StripForComparison(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax suppress when suppress.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expression = suppress.Operand;
                        continue;
                    default:
                        return expression;
                }
            }
        }

        public static bool SameSubject(ExpressionSyntax a, ExpressionSyntax b) =>
            SyntaxFactory.AreEquivalent(StripForComparison(a), StripForComparison(b), topLevel: false);
    }
}
