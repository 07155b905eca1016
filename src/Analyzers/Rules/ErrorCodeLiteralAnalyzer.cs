using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(AnalyzeSemanticModel);
        }

        private static void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var options = OptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider, tree);
            var root = tree.GetRoot(context.CancellationToken);
            CodeSiteWalker.Walk(root, context.SemanticModel, options, group => AnalyzeGroup(group, context, options), context.CancellationToken);
        }

        private static void AnalyzeGroup(SiteGroup group, SemanticModelAnalysisContext context, ErrorCodeOptions options)
        {
            var cancellationToken = context.CancellationToken;
            var groupContext = ProviderResolution.Context(group.Sites.Select(s => s.Literal.Value), group.PackageConstants, options);
            // Every site of a group compares the same subject, so the (semantic) check runs at most once per group.
            bool? isErrorCode = group.PlaceSaysErrorCode || group.PackageConstants.Count > 0 ? true : null;
            bool GroupIsErrorCode() =>
                isErrorCode ??= (group.Handler?.Subject ?? group.Sites.FirstOrDefault()?.Subject) is { } subject &&
                                ErrorCodeSubjects.IsErrorCode(subject, context.SemanticModel, cancellationToken);

            foreach (var site in group.Sites)
            {
                var value = site.Literal.Value;
                var resolved = ProviderResolution.Resolve(value, groupContext, options);
                if (resolved.IsEmpty || InDocumentedRange(resolved, value))
                {
                    continue;
                }

                var codes = Definitions(value, resolved);
                if (codes.Count == 0 || (codes.All(c => c.IsSuccess) && !options.ReportSuccessCodes))
                {
                    continue;
                }

                if (!GroupIsErrorCode())
                {
                    continue;
                }

                context.ReportDiagnostic(CreateDiagnostic(site, codes));
            }

            if (group.Handler is { } handler && GroupIsErrorCode())
            {
                ReportUndocumentedCodes(group, handler, groupContext, options, context);
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

        private static bool InDocumentedRange(ProviderSet providers, long value) => ErrorCodeCatalog.Instance.IsInAnyRange(providers, value);

        private static Diagnostic CreateDiagnostic(CodeSite site, List<CodeDefinition> codes)
        {
            var literalText = site.Literal.ReplaceableExpression.ToString();
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

            var fixable = codes.Where(c => !c.IsObsolete).ToList();
            var constants = fixable.Select(c => site.Literal.IsString ? c.StringConstantName : c.ConstantName).ToList();
            var shownNames = fixable.Select(c => ShortConstantName(c, site.Literal.IsString)).ToList();
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

            return Diagnostic.Create(Descriptors.MagicErrorCode, location, properties, literalText, description.ToString(), use);
        }

        /// <summary>ECA0004: a literal next to documented codes of one provider that the provider does not document.</summary>
        private static void ReportUndocumentedCodes(SiteGroup group, HandlerModel handler, ProviderSet groupContext, ErrorCodeOptions options, SemanticModelAnalysisContext context)
        {
            var provider = ProviderResolution.Single(groupContext);
            if (provider is null || handler.Sites.Count == 0)
            {
                return;
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
                return;
            }

            var sections = new HashSet<SectionDefinition>(documented.Select(c => c.Section));
            long low = long.MaxValue, high = long.MinValue;
            foreach (var code in provider.Codes)
            {
                if (sections.Contains(code.Section))
                {
                    low = System.Math.Min(low, code.Code);
                    high = System.Math.Max(high, code.Code);
                }
            }

            low -= 10;
            high += 10;
            foreach (var site in handler.Sites)
            {
                var value = site.Literal.Value;
                // 0 is the success code of most APIs (Coinone answers "errorCode": "0" without documenting it): not a typo.
                if (value < low || value > high || ErrorCodeCatalog.Instance.Find(provider, value) is not null ||
                    provider.IsInRange(value) || options.IsKnownCode(provider, value) || (value == 0 && !options.ReportSuccessCodes))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UndocumentedErrorCode,
                    site.Literal.ReplaceableExpression.GetLocation(),
                    site.Literal.ReplaceableExpression.ToString(),
                    provider.DisplayName,
                    string.Join(", ", sections.Select(s => s.Title)),
                    provider.Id));
            }
        }

        internal static string ShortConstantName(CodeDefinition code, bool asString) =>
            (asString ? code.Provider.ClassName + CatalogData.StringsClassSuffix : code.Provider.ClassName) + "." + code.ShortName;

        private static string Shorten(string text) =>
            text.Length <= MaximumMessageTextLength ? text : text.Substring(0, MaximumMessageTextLength - 1).TrimEnd() + "…";
    }
}
