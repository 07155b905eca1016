using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>A literal-only constant expression that could be an error code: <c>2002</c>, <c>-10001</c>, <c>(long)2002</c>, <c>"105"</c>.</summary>
    internal readonly struct CodeLiteral
    {
        public CodeLiteral(ExpressionSyntax expression, LiteralExpressionSyntax literal, long value, bool isString)
        {
            Expression = expression;
            Literal = literal;
            Value = value;
            IsString = isString;
        }

        /// <summary>The whole constant expression (includes a leading minus sign, casts and parentheses).</summary>
        public ExpressionSyntax Expression { get; }

        public LiteralExpressionSyntax Literal { get; }

        public long Value { get; }

        public bool IsString { get; }

        /// <summary>The part a fix replaces: the literal, or the negation around it.</summary>
        public ExpressionSyntax ReplaceableExpression =>
            Literal.Parent is PrefixUnaryExpressionSyntax negation && negation.IsKind(SyntaxKind.UnaryMinusExpression) ? negation : Literal;
    }

    /// <summary>Reads integer values from literal syntax without the semantic model and without allocating.</summary>
    internal static class LiteralValues
    {
        /// <summary>Integer value of a numeric literal token, or of a string literal that is an integer (<c>"105"</c>, <c>"-10001"</c>).</summary>
        public static bool TryGetValue(LiteralExpressionSyntax literal, out long value, out bool isString)
        {
            value = 0;
            isString = false;
            var token = literal.Token;
            switch (literal.Kind())
            {
                case SyntaxKind.NumericLiteralExpression:
                    switch (token.Value)
                    {
                        case int i: value = i; return true;
                        case long l: value = l; return true;
                        case uint u: value = u; return true;
                        case ulong ul when ul <= long.MaxValue: value = (long)ul; return true;
                        default: return false; // floating-point literals are prices and ratios, never codes
                    }

                case SyntaxKind.StringLiteralExpression:
                    isString = true;
                    return TryParseInteger(token.ValueText, out value);
                default:
                    return false;
            }
        }

        /// <summary>Strict integer syntax: optional '-', digits, no leading zeros, no spaces (so "0105" or " 105" are not codes).</summary>
        public static bool TryParseInteger(string text, out long value)
        {
            value = 0;
            var length = text.Length;
            if (length == 0 || length > 12)
            {
                return false;
            }

            var index = 0;
            var negative = false;
            if (text[0] == '-')
            {
                negative = true;
                index = 1;
                if (length == 1)
                {
                    return false;
                }
            }

            if (text[index] == '0' && length - index > 1)
            {
                return false;
            }

            for (; index < length; index++)
            {
                var c = text[index];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>
        /// The literal-only constant expression that <paramref name="literal"/> is part of, walking up through
        /// a minus sign, parentheses and casts to a primitive type.
        /// </summary>
        public static bool TryGetCodeLiteral(LiteralExpressionSyntax literal, out CodeLiteral codeLiteral)
        {
            codeLiteral = default;
            if (!TryGetValue(literal, out var value, out var isString))
            {
                return false;
            }

            ExpressionSyntax expression = literal;
            while (expression.Parent is ExpressionSyntax parent)
            {
                if (parent is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression) && !isString)
                {
                    value = -value;
                }
                else if (parent is not ParenthesizedExpressionSyntax && !(parent is CastExpressionSyntax cast && cast.Type is PredefinedTypeSyntax))
                {
                    break;
                }

                expression = parent;
            }

            codeLiteral = new CodeLiteral(expression, literal, value, isString);
            return true;
        }

        /// <summary>The literal inside a literal-only constant expression (<c>-10001</c>, <c>(long)(2002)</c>), if it is one.</summary>
        public static bool TryGetCodeLiteral(ExpressionSyntax expression, out CodeLiteral codeLiteral)
        {
            codeLiteral = default;
            var inner = expression;
            while (true)
            {
                switch (inner)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        inner = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax { Type: PredefinedTypeSyntax } cast:
                        inner = cast.Expression;
                        continue;
                    case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression):
                        inner = unary.Operand;
                        continue;
                    case LiteralExpressionSyntax literal:
                        if (TryGetCodeLiteral(literal, out codeLiteral) && codeLiteral.Expression == expression)
                        {
                            return true;
                        }

                        codeLiteral = default;
                        return false;
                    default:
                        return false;
                }
            }
        }
    }
}
