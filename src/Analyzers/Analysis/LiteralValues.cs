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

        /// <summary>
        /// The source text of <see cref="ReplaceableExpression"/>; a bare literal's is its token's, so no string is built, and a
        /// negation without trivia inside is "-" and the token's (node ToString() writes through a pooled writer).
        /// </summary>
        public string ReplaceableText => ReplaceableExpression switch
        {
            LiteralExpressionSyntax bare => bare.Token.Text,
            PrefixUnaryExpressionSyntax { OperatorToken.HasTrailingTrivia: false, Operand: LiteralExpressionSyntax operand } when !operand.Token.HasLeadingTrivia =>
                "-" + operand.Token.Text,
            var other => other.ToString(),
        };
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
                    // The token's text, not token.Value: Value boxes the number, and this runs for every literal.
                    return TryParseIntegerToken(token.Text, out value);
                case SyntaxKind.StringLiteralExpression:
                    isString = true;
                    return TryParseInteger(token.ValueText, out value);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The value of an integer literal token as C# spells it: decimal, <c>0x</c> hexadecimal or <c>0b</c> binary digits,
        /// <c>_</c> separators, an optional <c>u</c>/<c>l</c> suffix. Real literals (<c>2.5</c>, <c>1e3</c>, <c>10m</c>, <c>3f</c>)
        /// are prices and ratios, never codes; values above <see cref="long.MaxValue"/> are none either.
        /// </summary>
        internal static bool TryParseIntegerToken(string text, out long value)
        {
            value = 0;
            var length = text.Length;
            var index = 0;
            ulong radix = 10;
            if (length > 2 && text[0] == '0')
            {
                switch (text[1])
                {
                    case 'x' or 'X': radix = 16; index = 2; break;
                    case 'b' or 'B': radix = 2; index = 2; break;
                }
            }

            ulong result = 0;
            var digits = 0;
            for (; index < length; index++)
            {
                var c = text[index];
                int digit;
                if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (radix == 16 && c is >= 'a' and <= 'f')
                {
                    digit = c - 'a' + 10;
                }
                else if (radix == 16 && c is >= 'A' and <= 'F')
                {
                    digit = c - 'A' + 10;
                }
                else if (c == '_')
                {
                    continue;
                }
                else
                {
                    break;
                }

                if ((ulong)digit >= radix)
                {
                    return false; // 0b102 does not parse; a decimal digit after 0b is no binary literal
                }

                if (result > (ulong.MaxValue - (ulong)digit) / radix)
                {
                    return false;
                }

                result = (result * radix) + (ulong)digit;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            // Only integer suffixes may follow: u, l, ul, lu in any case.
            for (; index < length; index++)
            {
                if (text[index] is not ('u' or 'U' or 'l' or 'L'))
                {
                    return false;
                }
            }

            if (result > long.MaxValue)
            {
                return false;
            }

            value = (long)result;
            return true;
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
