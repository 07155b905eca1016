using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>
    /// Replaces literals with references to the shipped constants, written the way the simplifier would write them:
    /// <c>Provider.Group.Name</c> where the simple name <c>Provider</c> binds to the provider's type at the literal
    /// (its namespace imported already, or by the using directive the fix adds, and nothing closer of that name), else
    /// <c>global::ProviderErrorCodes.Provider.Group.Name</c> marked for the simplifier. Deciding here, from the unchanged
    /// document's semantic model, costs a few lookups per type; leaving a thousand references to the simplifier and the
    /// formatter costs most of a second.
    /// </summary>
    internal sealed class LiteralReplacement
    {
        private readonly SemanticModel semanticModel;
        private readonly SyntaxNode? newUsingScope;
        private readonly bool leaveToSimplifier;
        private readonly Dictionary<string, INamedTypeSymbol?> providerTypes = new();
        private readonly Dictionary<(SyntaxNode Member, string Provider), bool> declaresName = new();
        private readonly Dictionary<(SyntaxNode Scope, string Provider), NameBinding> bindingInScope = new();
        private readonly Dictionary<string, ExpressionSyntax> shortForms = new();

        private LiteralReplacement(SemanticModel semanticModel, CompilationUnitSyntax root, int position, CancellationToken cancellationToken)
        {
            this.semanticModel = semanticModel;
            newUsingScope = ConstantReferences.NewUsingScope(root);
            leaveToSimplifier = HasAliasOrStaticImport(semanticModel, root, position, cancellationToken);
        }

        private enum NameBinding
        {
            /// <summary>The provider's type.</summary>
            Provider,

            /// <summary>Nothing: after <c>using ProviderErrorCodes;</c> the provider's type.</summary>
            Nothing,

            /// <summary>Something else (a local, a member, another type or namespace), or an ambiguity.</summary>
            Other,
        }

        /// <summary>
        /// <paramref name="root"/> (the root of <paramref name="semanticModel"/>'s tree) with each literal in
        /// <paramref name="targets"/> replaced by a reference to its constant, and the using directive added where the file
        /// imports namespaces with using directives.
        /// </summary>
        public static CompilationUnitSyntax Replace(SemanticModel semanticModel, CompilationUnitSyntax root, IReadOnlyDictionary<SyntaxNode, string> targets, CancellationToken cancellationToken)
        {
            if (targets.Count == 0)
            {
                return root;
            }

            var writer = new LiteralReplacement(semanticModel, root, targets.Keys.First().SpanStart, cancellationToken);
            var references = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var target in targets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                references[target.Key] = writer.Reference(target.Key, target.Value).WithTriviaFrom(target.Key);
            }

            var newRoot = root.ReplaceNodes(references.Keys, (original, _) => references[original]);
            return ConstantReferences.AddUsingIfFileUsesUsings(newRoot);
        }

        private ExpressionSyntax Reference(SyntaxNode literal, string constant)
        {
            var shortName = constant.Substring(constant.IndexOf('.') + 1);
            var provider = shortName.Substring(0, shortName.IndexOf('.'));
            if (leaveToSimplifier || !ShortFormBinds(literal, provider))
            {
                // Its trivia comes from the literal, so nothing in it needs formatting.
                return ConstantReferences.Create(constant).WithoutAnnotations(Formatter.Annotation);
            }

            if (!shortForms.TryGetValue(shortName, out var shortForm))
            {
                shortForm = SyntaxFactory.ParseExpression(shortName);
                shortForms[shortName] = shortForm;
            }

            return shortForm;
        }

        private bool ShortFormBinds(SyntaxNode literal, string provider)
        {
            if (!providerTypes.TryGetValue(provider, out var providerType))
            {
                providerType = semanticModel.Compilation.GetTypeByMetadataName(ConstantReferences.ConstantsNamespace + "." + provider);
                providerTypes[provider] = providerType;
            }

            if (providerType is null)
            {
                return false;
            }

            var binding = Binding(literal, provider, providerType);
            return binding == NameBinding.Provider ||
                   (binding == NameBinding.Nothing && newUsingScope is not null &&
                    (newUsingScope is CompilationUnitSyntax || literal.Ancestors().Contains(newUsingScope)));
        }

        /// <summary>
        /// What the simple name <paramref name="provider"/> binds to at <paramref name="literal"/>. Only the member around
        /// the literal declares names that differ from one member of a type to the next (locals, parameters, type and
        /// lambda parameters), so where that member declares nothing of that name, the answer for its type, asked once,
        /// holds for the literal too.
        /// </summary>
        private NameBinding Binding(SyntaxNode literal, string provider, INamedTypeSymbol providerType)
        {
            // A top-level statement counts as a member of the compilation unit: the top-level locals are in scope in
            // every statement and in the types beside them (CS8801), and the answer asked at the member finds them.
            var member = literal.FirstAncestorOrSelf<MemberDeclarationSyntax>(n => n is not BaseNamespaceDeclarationSyntax);
            if (member?.Parent is null)
            {
                return BindingAt(literal.SpanStart, provider, providerType);
            }

            if (!declaresName.TryGetValue((member, provider), out var declares))
            {
                // An identifier in a simple name uses a name; any other identifier declares one.
                declares = member.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Parent is not SimpleNameSyntax && t.ValueText == provider);
                declaresName[(member, provider)] = declares;
            }

            if (declares)
            {
                return BindingAt(literal.SpanStart, provider, providerType);
            }

            if (!bindingInScope.TryGetValue((member.Parent, provider), out var binding))
            {
                binding = BindingAt(member.SpanStart, provider, providerType);
                bindingInScope[(member.Parent, provider)] = binding;
            }

            return binding;
        }

        private NameBinding BindingAt(int position, string provider, INamedTypeSymbol providerType)
        {
            var info = semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(provider), SpeculativeBindingOption.BindAsExpression);
            // A type's name alone is no value, so a type comes back as the single candidate.
            var symbol = info.Symbol ?? (info.CandidateReason == CandidateReason.NotAValue && info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
            return SymbolEqualityComparer.Default.Equals(symbol, providerType) ? NameBinding.Provider
                : symbol is null && info.CandidateSymbols.IsEmpty ? NameBinding.Nothing
                : NameBinding.Other;
        }

        /// <summary>
        /// An alias or a <c>using static</c> in the file, or a global one (another file's, the project's
        /// <c>&lt;Using&gt;</c> items): there the simplifier may choose a form of its own (an alias, a member imported by
        /// <c>using static</c>), so it gets the qualified form. The global ones come from the import scopes at
        /// <paramref name="position"/>, which the compilation already knows, rather than from reading every file.
        /// </summary>
        private static bool HasAliasOrStaticImport(SemanticModel semanticModel, CompilationUnitSyntax root, int position, CancellationToken cancellationToken)
        {
            if (root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax)
                    .OfType<UsingDirectiveSyntax>()
                    .Any(ConstantReferences.IsAliasOrStatic))
            {
                return true;
            }

            return semanticModel.GetImportScopes(position, cancellationToken)
                .Any(scope => !scope.Aliases.IsEmpty || scope.Imports.Any(import => import.NamespaceOrType is ITypeSymbol));
        }
    }
}
