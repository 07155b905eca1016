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
    /// ECA0003 (unhandled mandatory error code): a switch statement, switch expression or if/else-if chain that handles
    /// codes of one provider but has no case of its own for a code the catalog (or the configuration) marks mandatory in
    /// the sections it touches. A <c>default</c>, <c>_</c> or final <c>else</c> does not count: these codes need a
    /// specific reaction. One diagnostic per handler, on its <c>switch</c> keyword or first <c>if</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnhandledMandatoryCodesAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the provider id (<c>tencent-im</c>).</summary>
        public const string ProviderProperty = "Provider";

        /// <summary>Diagnostic property: the missing codes' values, ';'-separated, in catalog order.</summary>
        public const string MissingCodesProperty = "MissingCodes";

        /// <summary>Diagnostic property: the fully-qualified <c>const int</c> of each missing code, ';'-separated, same order.</summary>
        public const string MissingConstantsProperty = "MissingConstants";

        /// <summary>Diagnostic property: the fully-qualified <c>const string</c> twin of each missing code, ';'-separated, same order.</summary>
        public const string MissingStringConstantsProperty = "MissingStringConstants";

        /// <summary>Diagnostic property: "true" when the handler's literal cases are strings (<c>case "6206":</c>).</summary>
        public const string StringCasesProperty = "StringCases";

        private const int MaximumReasonLength = 160;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnhandledMandatoryErrorCode);

        public override void Initialize(AnalysisContext context)
        {
            // As ErrorCodeLiteralAnalyzer: generated code is skipped by the callbacks (context.IsGeneratedCode), which is cheaper.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(AnalyzeSwitchStatement, SyntaxKind.SwitchStatement);
            context.RegisterSyntaxNodeAction(AnalyzeSwitchExpression, SyntaxKind.SwitchExpression);
            context.RegisterSyntaxNodeAction(AnalyzeIfChain, SyntaxKind.IfStatement);
        }

        private static void AnalyzeSwitchStatement(SyntaxNodeAnalysisContext context)
        {
            var switchStatement = (SwitchStatementSyntax)context.Node;
            if (context.IsGeneratedCode || !HandlerModel.MayHoldCodes(switchStatement))
            {
                return;
            }

            Analyze(HandlerModels.ForSwitchStatement(switchStatement, context.SemanticModel, context.CancellationToken), context);
        }

        private static void AnalyzeSwitchExpression(SyntaxNodeAnalysisContext context)
        {
            var switchExpression = (SwitchExpressionSyntax)context.Node;
            if (context.IsGeneratedCode || !HandlerModel.MayHoldCodes(switchExpression))
            {
                return;
            }

            Analyze(HandlerModels.ForSwitchExpression(switchExpression, context.SemanticModel, context.CancellationToken), context);
        }

        private static void AnalyzeIfChain(SyntaxNodeAnalysisContext context)
        {
            var head = (IfStatementSyntax)context.Node;

            // Chain heads only; a chain with one if has one branch, and one branch is no handler.
            if (context.IsGeneratedCode || head.Parent is ElseClauseSyntax || head.Else?.Statement is not IfStatementSyntax || !HandlerModel.MayHoldCodes(head))
            {
                return;
            }

            Analyze(HandlerModels.ForIfChain(head, context.SemanticModel, context.CancellationToken), context);
        }

        private static void Analyze(HandlerModel handler, SyntaxNodeAnalysisContext context)
        {
            if (handler.Subject is null || handler.HasOpaquePatterns || handler.HasExclusions || (handler.IsIfChain && handler.BranchCount < 2))
            {
                return;
            }

            if (handler.Sites.Count == 0 && handler.PackageConstants.Count == 0)
            {
                return;
            }

            var catalog = ErrorCodeCatalog.Instance;
            var options = OptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider, context.SemanticModel.SyntaxTree);
            var provider = ProviderResolution.Single(ProviderResolution.Context(handler.Sites.Select(s => s.Literal.Value), handler.PackageConstants, options));
            if (provider is null || !options.Providers.Contains(provider))
            {
                return; // the provider stays ambiguous (or is not one the project uses)
            }

            // The codes of that provider the handler handles by name or number; success codes say nothing about failures.
            var handled = new List<CodeDefinition>();
            var seen = new HashSet<int>();
            foreach (var site in handler.Sites)
            {
                if (catalog.Find(provider, site.Literal.Value) is { IsSuccess: false } code && seen.Add(code.Code))
                {
                    handled.Add(code);
                }
            }

            var packageConstants = 0;
            foreach (var constant in handler.PackageConstants)
            {
                if (constant.Provider == provider && !constant.IsSuccess)
                {
                    packageConstants++;
                    if (seen.Add(constant.Code))
                    {
                        handled.Add(constant);
                    }
                }
            }

            if (handled.Count < 2 && packageConstants == 0)
            {
                return;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            if (handler.PackageConstants.Count == 0 && !handler.SubjectIsErrorCode(context.SemanticModel, context.CancellationToken))
            {
                return;
            }

            HashSet<SectionDefinition>? sections = null;
            if (options.MandatoryScope == MandatoryScope.Section)
            {
                sections = new HashSet<SectionDefinition>(handled.Select(c => c.Section));
            }

            var missing = new List<CodeDefinition>();
            foreach (var code in options.MandatoryCodesOf(provider))
            {
                if ((sections is null || sections.Contains(code.Section)) && !handler.Handles(code.Code))
                {
                    missing.Add(code);
                }
            }

            if (missing.Count == 0)
            {
                return;
            }

            // A subject that cannot hold a code (a uint and -10001, a ushort and 70001) never receives it.
            var subjectType = context.SemanticModel.GetTypeInfo(handler.Subject, context.CancellationToken).Type;
            missing.RemoveAll(code => !CanHold(subjectType, code.Code));
            if (missing.Count == 0)
            {
                return;
            }

            var missingCodes = string.Join(";", missing.Select(c => c.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var stringCases = handler.Sites.Count > 0 && AllAreStrings(handler.Sites);
            var key = (provider.Id, missingCodes, stringCases);
            if (!ReportParts.TryGetValue(key, out var parts))
            {
                parts = CreateReportParts(provider, missing, missingCodes, stringCases);
                if (Volatile.Read(ref rememberedReports) < MaximumRememberedReports && ReportParts.TryAdd(key, parts))
                {
                    Interlocked.Increment(ref rememberedReports);
                }
            }

            // The handler and its subject travel with the diagnostic, so the fix finds them without analysing again.
            var additionalLocations = new[] { handler.Node.GetLocation(), handler.Subject.GetLocation() };
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnhandledMandatoryErrorCode,
                handler.Keyword.GetLocation(),
                additionalLocations,
                parts.Properties,
                provider.DisplayName,
                parts.Description));
        }

        /// <summary>
        /// The properties and the message text of an ECA0003 for one provider, one list of missing codes and one form of
        /// case: the same for every handler that misses the same codes, so they are built once per process. Capped, since
        /// the lists come from users' handlers rather than from the catalog alone.
        /// </summary>
        private static readonly ConcurrentDictionary<(string Provider, string MissingCodes, bool StringCases), (ImmutableDictionary<string, string?> Properties, string Description)> ReportParts = new();

        private const int MaximumRememberedReports = 1024;

        private static int rememberedReports;

        private static (ImmutableDictionary<string, string?> Properties, string Description) CreateReportParts(
            ProviderDefinition provider, List<CodeDefinition> missing, string missingCodes, bool stringCases)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProviderProperty, provider.Id)
                .Add(MissingCodesProperty, missingCodes)
                .Add(MissingConstantsProperty, string.Join(";", missing.Select(c => c.ConstantName)))
                .Add(MissingStringConstantsProperty, string.Join(";", missing.Select(c => c.StringConstantName)))
                .Add(StringCasesProperty, stringCases ? "true" : "false");
            return (properties, Describe(missing));
        }

        private static bool AllAreStrings(List<CodeSite> sites)
        {
            foreach (var site in sites)
            {
                if (!site.Literal.IsString)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What the message lists: <c>6206 UserSigExpired (UserSig expired: get a new valid UserSig and log in again)</c>, ...</summary>
        private static string Describe(List<CodeDefinition> missing)
        {
            var builder = new StringBuilder();
            foreach (var code in missing)
            {
                if (builder.Length > 0)
                {
                    builder.Append("; ");
                }

                builder.Append(code.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(code.Name);
                var reason = Reason(code);
                if (reason.Length > 0)
                {
                    builder.Append(" (").Append(reason).Append(')');
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Why the code needs its own case: the catalog's mandatory reason (one line, written for this message), else, for
        /// a code made mandatory by configuration, the document's action or message, shortened.
        /// </summary>
        internal static string Reason(CodeDefinition code)
        {
            if (code.MandatoryReason is { } reason)
            {
                return reason.Trim().TrimEnd('.');
            }

            var text = (code.DeveloperActions ?? code.Message).Trim().TrimEnd('.');
            return text.Length <= MaximumReasonLength ? text : text.Substring(0, MaximumReasonLength - 1).TrimEnd() + "…";
        }

        private static bool CanHold(ITypeSymbol? type, int value)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type?.SpecialType switch
            {
                SpecialType.System_Byte => value is >= byte.MinValue and <= byte.MaxValue,
                SpecialType.System_SByte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
                SpecialType.System_Int16 => value is >= short.MinValue and <= short.MaxValue,
                SpecialType.System_UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
                SpecialType.System_UInt32 or SpecialType.System_UInt64 => value >= 0,
                _ => true,
            };
        }
    }
}
