using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>
    /// The one place that decides whether an expression is an error code: by the name of its symbol,
    /// by the JSON member it is read from, through the conversions that clients put around codes.
    /// (Handlers add a third way, a comparison with a package constant; see <see cref="HandlerModel"/>.)
    /// </summary>
    internal static class ErrorCodeSubjects
    {
        public static bool IsErrorCode(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
            Judge(expression, model, cancellationToken);

        /// <summary>
        /// The syntactic half of <see cref="IsErrorCode(ExpressionSyntax, SemanticModel, CancellationToken)"/>: false only where
        /// that is false whatever the types and symbols are. The pre-check that keeps ordinary code (<c>quantity == 4</c>,
        /// <c>switch (status)</c>) away from the semantic model.
        /// </summary>
        public static bool MayBeErrorCode(ExpressionSyntax expression) => Judge(expression, model: null, CancellationToken.None);

        /// <summary>Without a model, every question only the model can answer is answered "maybe".</summary>
        private static bool Judge(ExpressionSyntax expression, SemanticModel? model, CancellationToken cancellationToken)
        {
            var current = expression;
            for (var guard = 0; guard < 32; guard++)
            {
                switch (current)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        current = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        current = cast.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax suppress when suppress.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        current = suppress.Operand;
                        continue;
                    case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                        current = coalesce.Left;
                        continue;
                    case BinaryExpressionSyntax asExpression when asExpression.IsKind(SyntaxKind.AsExpression):
                        current = asExpression.Left;
                        continue;
                    case AwaitExpressionSyntax awaited:
                        current = awaited.Expression;
                        continue;
                    case ConditionalAccessExpressionSyntax conditional:
                        // response?.Code, code?.Trim(), json?["error_code"]
                        var whenNotNull = conditional.WhenNotNull;
                        if (whenNotNull is ConditionalAccessExpressionSyntax)
                        {
                            current = whenNotNull; // json?["data"]?["code"], response?.Error?.Code: the last link decides
                            continue;
                        }

                        if (whenNotNull is MemberBindingExpressionSyntax binding)
                        {
                            return IsErrorCodeMember(binding.Name.Identifier.ValueText, conditional.Expression, whenNotNull, model, cancellationToken);
                        }

                        if (whenNotNull is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax method } boundInvocation)
                        {
                            if (IsPassThroughMethod(method.Name.Identifier.ValueText, boundInvocation.ArgumentList))
                            {
                                current = conditional.Expression;
                                continue;
                            }

                            if (JsonMemberName(method.Name.Identifier.ValueText, boundInvocation.ArgumentList) is { } jsonName)
                            {
                                return ErrorCodeNames.IsErrorCodeName(jsonName);
                            }

                            return IsErrorCodeMember(method.Name.Identifier.ValueText, conditional.Expression, whenNotNull, model, cancellationToken);
                        }

                        if (whenNotNull is ElementBindingExpressionSyntax elementBinding)
                        {
                            return JsonIndexerName(elementBinding.ArgumentList) is { } indexName && ErrorCodeNames.IsErrorCodeName(indexName);
                        }

                        current = whenNotNull; // response?.Error.Code, json?["data"]["code"]: ends in an ordinary access on a binding
                        continue;
                    case MemberBindingExpressionSyntax memberBinding:
                        // the first link after ?. reached through a chain (response?.Error?.Code, response?.Code.Trim())
                        return IsErrorCodeMember(memberBinding.Name.Identifier.ValueText, receiver: null, memberBinding, model, cancellationToken);
                    case ElementBindingExpressionSyntax elementBindingLink:
                        return JsonIndexerName(elementBindingLink.ArgumentList) is { } bindingKey && ErrorCodeNames.IsErrorCodeName(bindingKey);
                    case ElementAccessExpressionSyntax elementAccess:
                        return JsonIndexerName(elementAccess.ArgumentList) is { } key && ErrorCodeNames.IsErrorCodeName(key);
                    case InvocationExpressionSyntax invocation:
                        switch (invocation.Expression)
                        {
                            case MemberAccessExpressionSyntax memberAccess:
                                var methodName = memberAccess.Name.Identifier.ValueText;
                                if (IsPassThroughMethod(methodName, invocation.ArgumentList))
                                {
                                    current = memberAccess.Expression;
                                    continue;
                                }

                                if (IsParseMethod(memberAccess, methodName) && invocation.ArgumentList.Arguments.Count >= 1)
                                {
                                    current = invocation.ArgumentList.Arguments[0].Expression;
                                    continue;
                                }

                                if (JsonMemberName(methodName, invocation.ArgumentList) is { } jsonName)
                                {
                                    return ErrorCodeNames.IsErrorCodeName(jsonName);
                                }

                                return IsErrorCodeMember(methodName, memberAccess.Expression, invocation, model, cancellationToken);
                            case GenericNameSyntax genericName when JsonMemberName(genericName.Identifier.ValueText, invocation.ArgumentList) is { } jsonMember:
                                return ErrorCodeNames.IsErrorCodeName(jsonMember);
                            case SimpleNameSyntax simpleName:
                                return IsErrorCodeMember(simpleName.Identifier.ValueText, receiver: null, invocation, model, cancellationToken);
                            default:
                                return false;
                        }

                    case MemberAccessExpressionSyntax memberAccess:
                        if (memberAccess.Name.Identifier.ValueText == "Value" && model is null)
                        {
                            // code.Value: Nullable<T>.Value (the receiver decides) or a member named Value (its name decides).
                            if (IsErrorCodeMember("Value", memberAccess.Expression, memberAccess, model, cancellationToken))
                            {
                                return true;
                            }

                            current = memberAccess.Expression;
                            continue;
                        }

                        if (memberAccess.Name.Identifier.ValueText == "Value" && IsNullableValue(memberAccess, model!, cancellationToken))
                        {
                            current = memberAccess.Expression;
                            continue;
                        }

                        return IsErrorCodeMember(memberAccess.Name.Identifier.ValueText, memberAccess.Expression, memberAccess, model, cancellationToken);
                    case IdentifierNameSyntax identifier:
                        return IsErrorCodeMember(identifier.Identifier.ValueText, receiver: null, identifier, model, cancellationToken);
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Methods that keep the code and only change its form: <c>Trim()</c>, <c>ToString()</c>, <c>GetString()</c>, and the
        /// argument-less JSON conversions <c>GetValue&lt;int&gt;()</c>, <c>Value&lt;string&gt;()</c>, <c>ToObject&lt;int&gt;()</c>.
        /// </summary>
        private static bool IsPassThroughMethod(string name, ArgumentListSyntax arguments) => name switch
        {
            "Trim" or "TrimStart" or "TrimEnd" or "ToString" or "ToLower" or "ToUpper" or "ToLowerInvariant" or "ToUpperInvariant" => true,
            "GetString" or "GetInt32" or "GetInt64" or "GetInt16" or "GetUInt32" or "GetRawText" or "GetValueOrDefault" => true,
            "GetValue" or "Value" or "ToObject" => arguments.Arguments.Count == 0,
            _ => false,
        };

        private static bool IsParseMethod(MemberAccessExpressionSyntax memberAccess, string methodName)
        {
            if (methodName is not ("Parse" or "ToInt32" or "ToInt64" or "ToInt16" or "ToString"))
            {
                return false;
            }

            return memberAccess.Expression switch
            {
                PredefinedTypeSyntax => true,
                IdentifierNameSyntax { Identifier.ValueText: "Convert" or "Int32" or "Int64" or "Int16" } => true,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Convert" or "Int32" or "Int64" or "Int16" } => true, // System.Convert
                _ => false,
            };
        }

        /// <summary>The member name read by <c>GetProperty("errorCode")</c>, <c>Value&lt;string&gt;("code")</c>, <c>SelectToken("error_code")</c>...</summary>
        private static string? JsonMemberName(string methodName, ArgumentListSyntax arguments)
        {
            if (methodName is not ("GetProperty" or "Value" or "SelectToken" or "GetValue" or "Property" or "TryGetProperty" or "GetPropertyValue"))
            {
                return null;
            }

            return arguments.Arguments.Count >= 1 && arguments.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;
        }

        /// <summary>The member name read by <c>json["error_code"]</c>.</summary>
        private static string? JsonIndexerName(BracketedArgumentListSyntax arguments) =>
            arguments.Arguments.Count == 1 && arguments.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;

        private static bool IsErrorCodeMember(string name, ExpressionSyntax? receiver, ExpressionSyntax node, SemanticModel? model, CancellationToken cancellationToken)
        {
            // Syntax first: most subjects are rejected by their name without touching the semantic model.
            if (!ErrorCodeNames.IsErrorCodeName(name))
            {
                return false;
            }

            if (ErrorCodeNames.IsUnqualifiedCode(name) && receiver is not null && ErrorCodeNames.NamesOtherKindOfCode(LastName(receiver)))
            {
                return false; // country.Code, currency.Code
            }

            if (model is null)
            {
                return true; // the name says "code"; only the type and the symbol could still say no
            }

            // One question where the symbol answers both: its type is the subject's. GetTypeInfo only where it does not
            // (no symbol: dynamic, unresolved; a method group, a type).
            var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
            var type = TypeOfValue(symbol, node) ?? model.GetTypeInfo(node, cancellationToken).Type;
            if (type is not null && !IsCodeLikeType(type))
            {
                return false;
            }

            if (symbol is IPropertySymbol or IFieldSymbol or IMethodSymbol { MethodKind: not MethodKind.DelegateInvoke } && IsFrameworkType(symbol.ContainingType))
            {
                return false; // SocketException.ErrorCode (Winsock), ExternalException.ErrorCode (HRESULT): never a provider's code
            }

            if (ErrorCodeNames.IsUnqualifiedCode(name))
            {
                if (symbol is IPropertySymbol or IFieldSymbol && ErrorCodeNames.NamesOtherKindOfCode(symbol.ContainingType?.Name))
                {
                    return false; // Country.Code, HttpStatus.Code
                }
            }

            return true;
        }

        /// <summary>The type of the value <paramref name="node"/> reads through <paramref name="symbol"/>, where that is the symbol's own.</summary>
        private static ITypeSymbol? TypeOfValue(ISymbol? symbol, ExpressionSyntax node) => symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IMethodSymbol method when node is InvocationExpressionSyntax => method.ReturnType, // code() or GetCode(): what the call returns
            _ => null,
        };

        /// <summary>A type of the framework (<c>System.*</c>, <c>Microsoft.*</c>), whose members never carry a provider's codes.</summary>
        private static bool IsFrameworkType(INamedTypeSymbol? type)
        {
            var root = type?.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root is { IsGlobalNamespace: false, Name: "System" or "Microsoft" };
        }

        private static bool IsCodeLikeType(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_UInt16:
                case SpecialType.System_String:
                case SpecialType.System_Object:
                    return true;
                case SpecialType.None:
                    // Enums are never error codes; JSON tokens, dynamic and unresolved types may carry one.
                    return type.TypeKind != TypeKind.Enum;
                default:
                    return false; // bool, char, floating point (prices), byte...
            }
        }

        private static bool IsNullableValue(MemberAccessExpressionSyntax memberAccess, SemanticModel model, CancellationToken cancellationToken) =>
            model.GetTypeInfo(memberAccess.Expression, cancellationToken).Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            InvocationExpressionSyntax invocation => LastName(invocation.Expression),
            ConditionalAccessExpressionSyntax conditional => LastName(conditional.WhenNotNull),
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
