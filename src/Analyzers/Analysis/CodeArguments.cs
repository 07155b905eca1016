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
    /// Codes passed as arguments: <c>Equals</c> calls, test assertions (xunit, NUnit, MSTest, FluentAssertions),
    /// and arguments of a parameter named like an error code (<c>params string[] errorCodes</c>).
    /// </summary>
    internal static class CodeArguments
    {
        /// <summary>
        /// The group of the argument list <paramref name="trigger"/> stands in (as an argument, or as the receiver of
        /// <c>"105".Equals(code)</c>). Only the list's first code literal answers, so each list is judged once.
        /// </summary>
        public static SiteGroup? Visit(ArgumentListSyntax argumentList, LiteralExpressionSyntax trigger, SemanticModel model, ErrorCodeOptions options, CancellationToken cancellationToken)
        {
            var catalog = ErrorCodeCatalog.Instance;
            LiteralExpressionSyntax? first = null;
            foreach (var argument in argumentList.Arguments)
            {
                if (LiteralValues.TryGetCodeLiteral(argument.Expression, out var literal) && CodeSites.IsReportableValue(catalog, literal.Value, options))
                {
                    first = literal.Literal;
                    break;
                }
            }

            // "105".Equals(errorCode): the literal is the receiver.
            if (first is null && argumentList.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } equalsAccess } &&
                LiteralValues.TryGetCodeLiteral(equalsAccess.Expression, out var receiver) && CodeSites.IsReportableValue(catalog, receiver.Value, options))
            {
                first = receiver.Literal;
            }

            if (first != trigger)
            {
                return null;
            }

            if (argumentList.Parent is InvocationExpressionSyntax invocation)
            {
                if (Comparisons.TryDecompose(invocation, out var subject, out var value, out var isEquality))
                {
                    // if (code.Equals(2002)): a comparison of the if-chain, which reports it with the chain's other codes.
                    if (HandlerModel.IsChainCondition(invocation) || !LiteralValues.TryGetCodeLiteral(value, out var compared) || !ErrorCodeSubjects.MayBeErrorCode(subject))
                    {
                        return null;
                    }

                    return SiteGroup.Single(new CodeSite(compared, SiteKind.Comparison, subject, isEquality));
                }

                if (TryGetAssertion(invocation, out var actual, out var expected) && LiteralValues.TryGetCodeLiteral(expected, out var asserted))
                {
                    return ErrorCodeSubjects.MayBeErrorCode(actual) ? SiteGroup.Single(new CodeSite(asserted, SiteKind.Assertion, actual, handlesCode: false)) : null;
                }
            }

            // Calls, object creations and constructor chaining (: base(2002, message), class E() : LinkException(2002)).
            if (argumentList.Parent is not (InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or
                ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax))
            {
                return null;
            }

            var symbolInfo = model.GetSymbolInfo(argumentList.Parent, cancellationToken);
            var method = symbolInfo.Symbol as IMethodSymbol;
            if (method is null && symbolInfo.CandidateSymbols.Length == 1)
            {
                method = symbolInfo.CandidateSymbols[0] as IMethodSymbol;
            }

            if (method is null || IsFrameworkMethod(method))
            {
                return null; // new SocketException(10054), new COMException(message, errorCode): the framework's codes are not providers'
            }

            List<CodeSite>? sites = null;
            for (var i = 0; i < argumentList.Arguments.Count; i++)
            {
                var argument = argumentList.Arguments[i];
                if (!LiteralValues.TryGetCodeLiteral(argument.Expression, out var literal) || !CodeSites.IsReportableValue(catalog, literal.Value, options))
                {
                    continue;
                }

                if (ParameterOf(method, argument, i) is { } parameter && ErrorCodeNames.IsErrorCodeName(parameter.Name))
                {
                    sites ??= new List<CodeSite>();
                    sites.Add(new CodeSite(literal, SiteKind.CodeArgument, subject: null, handlesCode: false));
                }
            }

            return sites is null ? null : SiteGroup.Of(sites, placeSaysErrorCode: true);
        }

        /// <summary>
        /// <c>Assert.Equal(expected, actual)</c>, <c>Assert.AreEqual</c>, <c>Assert.That(actual, Is.EqualTo(expected))</c>,
        /// <c>actual.Should().Be(expected)</c>: the expected value and the actual expression.
        /// </summary>
        private static bool TryGetAssertion(InvocationExpressionSyntax invocation, out ExpressionSyntax actual, out ExpressionSyntax expected)
        {
            actual = null!;
            expected = null!;
            if (invocation.Expression is not MemberAccessExpressionSyntax memberAccess)
            {
                return false;
            }

            var arguments = invocation.ArgumentList.Arguments;
            switch (memberAccess.Name.Identifier.ValueText)
            {
                case "Equal" or "NotEqual" or "StrictEqual" or "AreEqual" or "AreNotEqual" when arguments.Count >= 2 && IsAssertClass(memberAccess.Expression):
                    expected = arguments[0].Expression;
                    actual = arguments[1].Expression;
                    if (LiteralValues.TryGetCodeLiteral(actual, out _) && !LiteralValues.TryGetCodeLiteral(expected, out _))
                    {
                        (actual, expected) = (expected, actual);
                    }

                    return true;
                case "EqualTo" when arguments.Count == 1 &&
                                     invocation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: >= 2 } thatArguments } constraint &&
                                     thatArguments.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "That" } } &&
                                     thatArguments.Arguments[1] == constraint:
                    expected = arguments[0].Expression;
                    actual = thatArguments.Arguments[0].Expression;
                    return true;
                case "Be" or "NotBe" when arguments.Count >= 1 &&
                                          memberAccess.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should" } should }:
                    expected = arguments[0].Expression;
                    actual = should.Expression;
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsAssertClass(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText.EndsWith("Assert", StringComparison.Ordinal),
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText.EndsWith("Assert", StringComparison.Ordinal),
            _ => false,
        };

        private static bool IsFrameworkMethod(IMethodSymbol method)
        {
            var root = method.ContainingType?.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root is { Name: "System" or "Microsoft" } && !root.IsGlobalNamespace;
        }

        private static IParameterSymbol? ParameterOf(IMethodSymbol method, ArgumentSyntax argument, int position)
        {
            if (argument.NameColon is { } nameColon)
            {
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == nameColon.Name.Identifier.ValueText)
                    {
                        return parameter;
                    }
                }

                return null;
            }

            if (position < method.Parameters.Length)
            {
                return method.Parameters[position];
            }

            return method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].IsParams ? method.Parameters[method.Parameters.Length - 1] : null;
        }
    }
}
