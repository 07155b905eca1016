using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Rules
{
    /// <summary>
    /// ECA0001 (magic error code), ECA0002 (obsolete error code) and ECA0004 (undocumented error code):
    /// one family, because all three judge the same code literals in the same places.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ErrorCodeLiteralAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: fully-qualified constants a fix may use, ';'-separated, one per non-obsolete candidate.</summary>
        public const string ConstantsProperty = "Constants";

        /// <summary>Diagnostic property: the providers of those constants, ';'-separated, in the same order.</summary>
        public const string ProvidersProperty = "Providers";

        /// <summary>Diagnostic property: "true" when the provider stays ambiguous.</summary>
        public const string AmbiguousProperty = "Ambiguous";

        /// <summary>Diagnostic property (ECA0002): where the obsolete code stands, a <see cref="SiteKind"/> name.</summary>
        public const string SiteKindProperty = "SiteKind";

        private const int MaximumMessageTextLength = 160;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MagicErrorCode, Descriptors.ObsoleteErrorCode, Descriptors.UndocumentedErrorCode);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is skipped through context.IsGeneratedCode, not GeneratedCodeAnalysisFlags.None: with None, the
            // driver checks every reported diagnostic against the [GeneratedCode] symbols of its whole tree, which costs more
            // than the analysis of the tree (docs/performance.md). The flags let the callbacks decide, and they all skip it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();

            // Syntax node actions, so the compiler's own walk of the tree finds the places. Every literal is one callback,
            // and most leave it after one value lookup; handlers and tables are read whole, once, from their own node.
            context.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.NumericLiteralExpression, SyntaxKind.StringLiteralExpression);
            context.RegisterSyntaxNodeAction(AnalyzeSwitchStatement, SyntaxKind.SwitchStatement);
            context.RegisterSyntaxNodeAction(AnalyzeSwitchExpression, SyntaxKind.SwitchExpression);
            context.RegisterSyntaxNodeAction(AnalyzeIfChain, SyntaxKind.IfStatement);
            context.RegisterSyntaxNodeAction(
                AnalyzeInitializer, SyntaxKind.CollectionInitializerExpression, SyntaxKind.ObjectInitializerExpression, SyntaxKind.ArrayInitializerExpression);
        }

        private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;

            // The hot path, with no allocation: a literal that stands nowhere this rule reports ends on its parents, and a value
            // no catalog documents on one lookup, before options, symbols or names.
            if (context.IsGeneratedCode || !CodeSites.MayBeLiteralRuleSite(literal) || !CodeSites.TryGetDocumentedCode(literal, out var codeLiteral))
            {
                return;
            }

            // Where the literal stands, by syntax, before the options: most documented values are counts, sizes and case labels
            // (a handler's or a table's own), which are neither an argument nor a lone comparison with something code-like.
            var expression = codeLiteral.Expression;
            var argumentList = expression.Parent switch
            {
                ArgumentSyntax { Parent: ArgumentListSyntax list } => list,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals", Parent: InvocationExpressionSyntax invocation } equalsAccess
                    when equalsAccess.Expression == expression => invocation.ArgumentList, // "105".Equals(errorCode)
                _ => null,
            };
            ExpressionSyntax? subject = null;
            SiteKind kind = default;
            var handlesCode = false;
            if (argumentList is null &&
                (!CodeSites.TryGetLoneComparison(codeLiteral, out subject, out kind, out handlesCode) || !ErrorCodeSubjects.MayBeErrorCode(subject)))
            {
                return;
            }

            var options = OptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider, context.SemanticModel.SyntaxTree);
            if (!CodeSites.IsReportableValue(ErrorCodeCatalog.Instance, codeLiteral.Value, options))
            {
                return;
            }

            var group = argumentList is not null
                ? CodeArguments.Visit(argumentList, literal, context.SemanticModel, options, context.CancellationToken)
                : SiteGroup.Single(new CodeSite(codeLiteral, kind, subject, handlesCode));
            if (group is not null)
            {
                AnalyzeGroup(group, context, options);
            }
        }

        private static void AnalyzeSwitchStatement(SyntaxNodeAnalysisContext context)
        {
            var switchStatement = (SwitchStatementSyntax)context.Node;
            if (!context.IsGeneratedCode && HandlerModel.MayHoldCodes(switchStatement))
            {
                AnalyzeHandler(HandlerModels.ForSwitchStatement(switchStatement, context.SemanticModel, context.CancellationToken), context);
            }
        }

        private static void AnalyzeSwitchExpression(SyntaxNodeAnalysisContext context)
        {
            var switchExpression = (SwitchExpressionSyntax)context.Node;
            if (!context.IsGeneratedCode && HandlerModel.MayHoldCodes(switchExpression))
            {
                AnalyzeHandler(HandlerModels.ForSwitchExpression(switchExpression, context.SemanticModel, context.CancellationToken), context);
            }
        }

        private static void AnalyzeIfChain(SyntaxNodeAnalysisContext context)
        {
            var head = (IfStatementSyntax)context.Node;

            // Chain heads only: an else-if is read with its chain. A single if is a chain of one.
            if (!context.IsGeneratedCode && head.Parent is not ElseClauseSyntax && HandlerModel.MayHoldCodes(head))
            {
                AnalyzeHandler(HandlerModels.ForIfChain(head, context.SemanticModel, context.CancellationToken), context);
            }
        }

        private static void AnalyzeHandler(HandlerModel handler, SyntaxNodeAnalysisContext context)
        {
            var options = OptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider, context.SemanticModel.SyntaxTree);
            foreach (var group in SiteGroup.OfHandler(handler))
            {
                AnalyzeGroup(group, context, options);
            }
        }

        private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context)
        {
            var initializer = (InitializerExpressionSyntax)context.Node;
            if (context.IsGeneratedCode || initializer.Expressions.Count == 0 || !CodeTables.MayHoldCodes(initializer))
            {
                return;
            }

            var options = OptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider, context.SemanticModel.SyntaxTree);
            if (CodeTables.Visit(initializer, context.SemanticModel, options, context.CancellationToken) is { } group)
            {
                AnalyzeGroup(group, context, options);
            }
        }

        private static void AnalyzeGroup(SiteGroup group, SyntaxNodeAnalysisContext context, ErrorCodeOptions options)
        {
            var cancellationToken = context.CancellationToken;
            var groupContext = ProviderResolution.Context(group.Sites.Select(s => s.Literal.Value), group.PackageConstants, options);
            // Every site of a group compares the same subject, so the (semantic) check runs at most once per group.
            bool? isErrorCode = group.PlaceSaysErrorCode || group.PackageConstants.Count > 0 ? true : null;
            bool GroupIsErrorCode() =>
                isErrorCode ??= group.Handler is { } handler
                    ? handler.SubjectIsErrorCode(context.SemanticModel, cancellationToken) // asked once for both rules that read the handler
                    : group.Sites.FirstOrDefault()?.Subject is { } subject && ErrorCodeSubjects.IsErrorCode(subject, context.SemanticModel, cancellationToken);

            foreach (var site in group.Sites)
            {
                var value = site.Literal.Value;
                var resolved = ProviderResolution.Resolve(value, groupContext, options);
                if (resolved.IsEmpty || InDocumentedRange(resolved, value))
                {
                    continue;
                }

                var codes = Definitions(value, resolved);
                if (codes.Count == 0 || (!options.ReportSuccessCodes && AllAreSuccessCodes(codes)))
                {
                    continue;
                }

                if (!GroupIsErrorCode())
                {
                    continue;
                }

                context.ReportDiagnostic(CreateDiagnostic(site, resolved, codes));
            }

            // The syntax and the catalog first: most handlers have no undocumented neighbour, and then the subject is never asked about.
            if (group.Handler is { } handler && UndocumentedCodes(handler, groupContext, options) is { } undocumented && GroupIsErrorCode())
            {
                foreach (var site in undocumented.Sites)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UndocumentedErrorCode,
                        site.Literal.ReplaceableExpression.GetLocation(),
                        site.Literal.ReplaceableText,
                        undocumented.Provider.DisplayName,
                        undocumented.SectionTitles,
                        undocumented.Provider.Id));
                }
            }
        }

        private static List<CodeDefinition> Definitions(long value, ProviderSet providers)
        {
            var result = new List<CodeDefinition>(2);
            foreach (var code in ErrorCodeCatalog.Instance.Lookup(value))
            {
                if (providers.Contains(code.Provider))
                {
                    result.Add(code);
                }
            }

            return result;
        }

        private static bool AllAreSuccessCodes(List<CodeDefinition> codes)
        {
            foreach (var code in codes)
            {
                if (!code.IsSuccess)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool InDocumentedRange(ProviderSet providers, long value) => ErrorCodeCatalog.Instance.IsInAnyRange(providers, value);

        private static Diagnostic CreateDiagnostic(CodeSite site, ProviderSet resolved, List<CodeDefinition> codes)
        {
            var literalText = site.Literal.ReplaceableText;
            var location = site.Literal.ReplaceableExpression.GetLocation();
            if (codes.Count == 1 && codes[0].IsObsolete)
            {
                var obsolete = codes[0];
                return Diagnostic.Create(
                    Descriptors.ObsoleteErrorCode,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(SiteKindProperty, site.Kind.ToString()),
                    literalText,
                    obsolete.Provider.DisplayName,
                    obsolete.ObsoleteReason);
            }

            var key = (site.Literal.Value, resolved.Bits, site.Literal.IsString);
            if (!MessageParts.TryGetValue(key, out var parts))
            {
                parts = MessageParts.GetOrAdd(key, CreateMessageParts(codes, site.Literal.IsString));
            }

            return Diagnostic.Create(Descriptors.MagicErrorCode, location, parts.Properties, literalText, parts.Description, parts.Use);
        }

        /// <summary>
        /// What an ECA0001 message and its properties say about a value, the providers it resolved to, and its form (number
        /// or string): the same for every site with those three, so it is built once per process. Keyed by catalog data
        /// only, so it holds at most a few thousand entries.
        /// </summary>
        private static readonly ConcurrentDictionary<(long Value, uint Providers, bool IsString), (string Description, string Use, ImmutableDictionary<string, string?> Properties)> MessageParts = new();

        private static (string Description, string Use, ImmutableDictionary<string, string?> Properties) CreateMessageParts(List<CodeDefinition> codes, bool isString)
        {
            var fixable = codes.Where(c => !c.IsObsolete).ToList();
            var constants = fixable.Select(c => isString ? c.StringConstantName : c.ConstantName).ToList();
            var shownNames = fixable.Select(c => ShortConstantName(c, isString)).ToList();
            var description = new StringBuilder();
            if (codes.Count > 1)
            {
                description.Append("ambiguous: ");
            }

            for (var i = 0; i < codes.Count; i++)
            {
                if (i > 0)
                {
                    description.Append(" or ");
                }

                var code = codes[i];
                description.Append(code.Provider.DisplayName).Append(" \"").Append(Shorten(code.Message)).Append("\" (").Append(code.Section.Title);
                description.Append(code.IsObsolete ? ", obsolete)" : ")");
            }

            var use = shownNames.Count == 1 ? shownNames[0] : string.Join(" or ", shownNames) + ", whichever provider the code comes from";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ConstantsProperty, string.Join(";", constants))
                .Add(ProvidersProperty, string.Join(";", fixable.Select(c => c.Provider.Id)));
            if (codes.Count > 1)
            {
                properties = properties.Add(AmbiguousProperty, "true");
            }

            return (description.ToString(), use, properties);
        }

        /// <summary>
        /// ECA0004: the literals of a handler that stand next to documented codes of one provider but that the provider does
        /// not document, with what the message says about them; null when there are none.
        /// </summary>
        private static (List<CodeSite> Sites, ProviderDefinition Provider, string SectionTitles)? UndocumentedCodes(HandlerModel handler, ProviderSet groupContext, ErrorCodeOptions options)
        {
            var provider = ProviderResolution.Single(groupContext);
            if (provider is null || handler.Sites.Count == 0)
            {
                return null;
            }

            var documented = new List<CodeDefinition>();
            foreach (var site in handler.Sites)
            {
                if (ErrorCodeCatalog.Instance.Find(provider, site.Literal.Value) is { IsSuccess: false } code)
                {
                    documented.Add(code);
                }
            }

            documented.AddRange(handler.PackageConstants.Where(c => c.Provider == provider && !c.IsSuccess));
            if (documented.Count < 2)
            {
                return null;
            }

            var sections = new HashSet<SectionDefinition>(documented.Select(c => c.Section));
            long low = long.MaxValue, high = long.MinValue;
            foreach (var section in sections)
            {
                low = System.Math.Min(low, section.MinimumCode);
                high = System.Math.Max(high, section.MaximumCode);
            }

            low -= 10;
            high += 10;
            List<CodeSite>? undocumented = null;
            foreach (var site in handler.Sites)
            {
                var value = site.Literal.Value;
                // 0 is the success code of most APIs (Coinone answers "errorCode": "0" without documenting it): not a typo.
                if (value < low || value > high || ErrorCodeCatalog.Instance.Find(provider, value) is not null ||
                    provider.IsInRange(value) || options.IsKnownCode(provider, value) || (value == 0 && !options.ReportSuccessCodes))
                {
                    continue;
                }

                (undocumented ??= new List<CodeSite>()).Add(site);
            }

            return undocumented is null ? null : (undocumented, provider, string.Join(", ", sections.Select(s => s.Title)));
        }

        internal static string ShortConstantName(CodeDefinition code, bool asString) =>
            (asString ? code.Provider.ClassName + CatalogData.StringsClassSuffix : code.Provider.ClassName) + "." + code.ShortName;

        private static string Shorten(string text) =>
            text.Length <= MaximumMessageTextLength ? text : text.Substring(0, MaximumMessageTextLength - 1).TrimEnd() + "…";
    }
}
