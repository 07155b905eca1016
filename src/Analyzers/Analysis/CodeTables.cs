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
    /// Code tables: dictionary initializers keyed by codes (<c>{ "50011", typeof(RateLimitExceeded) }</c>,
    /// <c>[2002] = ...</c>) and lists of codes held by something named like error codes
    /// (<c>static readonly int[] RetryableErrorCodes = { 50011, 50013 }</c>).
    /// </summary>
    internal static class CodeTables
    {
        /// <summary>The code table an initializer is, if it is one; its literals belong to it whether it is or not.</summary>
        public static SiteGroup? Visit(InitializerExpressionSyntax initializer, SemanticModel model, ErrorCodeOptions options, CancellationToken cancellationToken)
        {
            var catalog = ErrorCodeCatalog.Instance;
            var keyed = false;
            var total = 0;
            var documented = 0;
            List<CodeSite>? sites = null;
            List<ExpressionSyntax>? values = null;
            foreach (var element in initializer.Expressions)
            {
                var key = KeyOf(element, initializer, ref keyed, out var mapped);
                if (key is null)
                {
                    continue;
                }

                total++;
                if (LiteralValues.TryGetCodeLiteral(key, out var literal) && CodeSites.IsReportableValue(catalog, literal.Value, options))
                {
                    documented++;
                    sites ??= new List<CodeSite>();
                    sites.Add(new CodeSite(literal, keyed ? SiteKind.TableKey : SiteKind.TableElement, subject: null, handlesCode: false));
                    if (mapped is not null)
                    {
                        values ??= new List<ExpressionSyntax>();
                        values.Add(mapped);
                    }
                }
            }

            if (sites is null)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var targetName = TargetName(initializer);
            // Ports, delays, years and prices are keyed by numbers that are also codes: a table needs its name or its values to
            // say "errors", or string keys (codes as JSON sends them) in a table whose name does not say it holds something else.
            var isCodeTable = keyed
                ? documented >= 2 && documented * 2 >= total &&
                  (NameSaysErrors(targetName) || ValuesSayErrors(values, model, cancellationToken) || (HasStringKey(sites) && !ErrorCodeNames.NamesOtherKindOfCode(targetName)))
                : ErrorCodeNames.IsErrorCodeName(targetName);
            if (!isCodeTable)
            {
                if (keyed || targetName is not null || ContainsSubject(initializer) is not { } containsSubject)
                {
                    return null;
                }

                // new[] { 50011, 50013 }.Contains(errorCode): the elements are compared with the argument.
                return SiteGroup.Of(sites.ConvertAll(site => new CodeSite(site.Literal, SiteKind.TableElement, containsSubject, handlesCode: false)), placeSaysErrorCode: false);
            }

            return SiteGroup.Of(sites, placeSaysErrorCode: true);
        }

        /// <summary>
        /// Syntactic pre-check, before the options are read: whether a key or element of <paramref name="initializer"/> is a
        /// literal some catalog documents. Object initializers (<c>new Order { Id = 2002 }</c>) and ordinary lists stop here.
        /// </summary>
        public static bool MayHoldCodes(InitializerExpressionSyntax initializer)
        {
            var keyed = false;
            foreach (var element in initializer.Expressions)
            {
                if (KeyOf(element, initializer, ref keyed, out _) is { } key && LiteralValues.TryGetCodeLiteral(key, out var literal) &&
                    ErrorCodeCatalog.Instance.IsDocumented(literal.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What an element of a table keys: the key of <c>{ key, value }</c> or <c>[key] = value</c> (setting
        /// <paramref name="keyed"/>, with the value in <paramref name="mapped"/>), the element itself in a list, or nothing
        /// (a property assignment of an object initializer).
        /// </summary>
        private static ExpressionSyntax? KeyOf(ExpressionSyntax element, InitializerExpressionSyntax initializer, ref bool keyed, out ExpressionSyntax? mapped)
        {
            mapped = null;
            switch (element)
            {
                case InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression) && complex.Expressions.Count >= 2:
                    keyed = true;
                    mapped = complex.Expressions[1];
                    return complex.Expressions[0];
                case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax access } assignment when access.ArgumentList.Arguments.Count == 1:
                    keyed = true;
                    mapped = assignment.Right;
                    return access.ArgumentList.Arguments[0].Expression;
                case AssignmentExpressionSyntax:
                    return null; // a property assignment of an object initializer
                default:
                    return initializer.IsKind(SyntaxKind.ObjectInitializerExpression) ? null : element;
            }
        }

        /// <summary>String keys: codes as JSON sends them, which rarely occur as ordinary dictionary keys.</summary>
        private static bool HasStringKey(List<CodeSite> sites)
        {
            foreach (var site in sites)
            {
                if (site.Literal.IsString)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Values that are exceptions or errors: <c>typeof(RateLimitExceeded)</c> of an exception type, <c>new XException(...)</c>,
        /// a factory returning an exception, or a value whose type is named like errors (<c>ErrorKind.Funds</c>, <c>new ApiError(...)</c>).
        /// </summary>
        private static bool ValuesSayErrors(List<ExpressionSyntax>? values, SemanticModel model, CancellationToken cancellationToken)
        {
            if (values is null)
            {
                return false;
            }

            foreach (var value in values)
            {
                ITypeSymbol? type;
                if (value is TypeOfExpressionSyntax typeOf)
                {
                    type = model.GetTypeInfo(typeOf.Type, cancellationToken).Type;
                }
                else
                {
                    var info = model.GetTypeInfo(value, cancellationToken);
                    type = info.Type ?? info.ConvertedType;
                    if (type is null or { TypeKind: TypeKind.Delegate } && info.ConvertedType is INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
                    {
                        type = invoke.ReturnType; // m => new InsufficientFunds(m)
                    }
                }

                if (IsErrorType(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsErrorType(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "Exception" && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }
            }

            return type is not null && type.SpecialType == SpecialType.None && NameSaysErrors(type.Name);
        }

        private static bool NameSaysErrors(string? name)
        {
            if (name is null)
            {
                return false;
            }

            if (ErrorCodeNames.IsErrorCodeName(name))
            {
                return true;
            }

            foreach (var word in ErrorCodeNames.SplitWords(name))
            {
                if (word is "error" or "errors" or "err" or "errs" or "exception" or "exceptions" or "failure" or "failures")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The argument of <c>new[] { ... }.Contains(argument)</c> when the initializer belongs to such a collection.</summary>
        private static ExpressionSyntax? ContainsSubject(InitializerExpressionSyntax initializer)
        {
            SyntaxNode? node = initializer.Parent;
            if (node is not (ObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax))
            {
                return null;
            }

            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            return node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains" } access && access.Expression == node &&
                   access.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
                ? invocation.ArgumentList.Arguments[0].Expression
                : null;
        }

        /// <summary>The name of what the table is stored in: a variable, field, property or assigned member.</summary>
        private static string? TargetName(InitializerExpressionSyntax initializer)
        {
            SyntaxNode? node = initializer.Parent;
            if (node is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax)
            {
                node = node.Parent;
            }

            return node switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax memberAccess } => memberAccess.Name.Identifier.ValueText,
                _ => null,
            };
        }
    }
}
