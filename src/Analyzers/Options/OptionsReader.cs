using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Options
{
    /// <summary>
    /// Reads the package's configuration keys, each through one typed accessor, and caches the result per
    /// options object: trees that share an .editorconfig share one parsed <see cref="ErrorCodeOptions"/>,
    /// across compilations, so typing in the IDE never re-parses configuration.
    /// </summary>
    internal static class OptionsReader
    {
        public const string Prefix = "error_code_analyzers.";
        public const string ProvidersKey = Prefix + "providers";
        public const string ReportSuccessCodesKey = Prefix + "report_success_codes";
        public const string MandatoryScopeKey = Prefix + "mandatory_scope";
        public const string KnownCodesSuffix = ".known_codes";
        public const string MandatorySuffix = ".mandatory";
        public const string NotMandatorySuffix = ".not_mandatory";
        public const string ProvidersBuildProperty = "build_property.ErrorCodeProviders";

        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, ConditionalWeakTable<AnalyzerConfigOptions, ErrorCodeOptions>> Cache = new();

        /// <summary>
        /// The options of the last tree this thread asked about. The driver runs the actions of one declared symbol at a time on
        /// one thread, so consecutive calls mostly share a tree (about two calls in three in the benchmark; the rest follow the
        /// driver into another tree) and are answered with two reference comparisons; the provider's lookup and the two tables
        /// below cost microseconds on a cold cache (docs/performance.md). Weak, so it keeps no tree alive.
        /// </summary>
        [ThreadStatic]
        private static LastTreeOptions? lastTreeOptions;

        public static ErrorCodeOptions Get(AnalyzerConfigOptionsProvider provider, SyntaxTree tree)
        {
            var last = lastTreeOptions ??= new LastTreeOptions();
            if (last.Options is { } remembered && last.Tree.TryGetTarget(out var lastTree) && lastTree == tree &&
                last.Provider.TryGetTarget(out var lastProvider) && lastProvider == provider)
            {
                return remembered;
            }

            var options = GetUncached(provider, tree);
            last.Tree.SetTarget(tree);
            last.Provider.SetTarget(provider);
            last.Options = options;
            return options;
        }

        private sealed class LastTreeOptions
        {
            public WeakReference<SyntaxTree> Tree { get; } = new(null!);

            public WeakReference<AnalyzerConfigOptionsProvider> Provider { get; } = new(null!);

            public ErrorCodeOptions? Options { get; set; }
        }

        private static ErrorCodeOptions GetUncached(AnalyzerConfigOptionsProvider provider, SyntaxTree tree)
        {
            var treeOptions = provider.GetOptions(tree);
            var globalOptions = provider.GlobalOptions;
            var byTree = Cache.GetValue(globalOptions, _ => new ConditionalWeakTable<AnalyzerConfigOptions, ErrorCodeOptions>());
            // TryGetValue first: the factory closes over globalOptions, and the hit is the common case.
            return byTree.TryGetValue(treeOptions, out var cached)
                ? cached
                : byTree.GetValue(treeOptions, options => Parse(options, globalOptions, ErrorCodeCatalog.Instance));
        }

        internal static ErrorCodeOptions Parse(AnalyzerConfigOptions treeOptions, AnalyzerConfigOptions globalOptions, ErrorCodeCatalog catalog)
        {
            var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();
            var providers = catalog.AllProviders;

            // The editorconfig key wins over the project-wide MSBuild property.
            if (TryGet(treeOptions, ProvidersKey, out var providersText) || TryGet(globalOptions, ProvidersKey, out providersText))
            {
                providers = ParseProviders(ProvidersKey, providersText, catalog, problems);
            }
            else if (TryGet(globalOptions, ProvidersBuildProperty, out var propertyText) && propertyText.Trim().Length > 0)
            {
                providers = ParseProviders("ErrorCodeProviders (MSBuild property)", propertyText, catalog, problems);
            }

            var reportSuccess = false;
            if (TryGet(treeOptions, ReportSuccessCodesKey, out var successText))
            {
                var trimmed = successText.Trim();
                if (bool.TryParse(trimmed, out var parsed))
                {
                    reportSuccess = parsed;
                }
                else
                {
                    problems.Add(new ConfigurationProblem(ReportSuccessCodesKey, successText, "expected true or false"));
                }
            }

            var scope = MandatoryScope.Section;
            if (TryGet(treeOptions, MandatoryScopeKey, out var scopeText))
            {
                var trimmed = scopeText.Trim();
                if (trimmed == "section")
                {
                    scope = MandatoryScope.Section;
                }
                else if (trimmed == "provider")
                {
                    scope = MandatoryScope.Provider;
                }
                else
                {
                    var lower = trimmed.ToLowerInvariant();
                    problems.Add(new ConfigurationProblem(MandatoryScopeKey, scopeText, lower is "section" or "provider"
                        ? $"values are lower-case: use '{lower}'"
                        : "expected 'section' or 'provider'"));
                    if (lower == "provider")
                    {
                        scope = MandatoryScope.Provider;
                    }
                }
            }

            var known = ImmutableDictionary.CreateBuilder<ProviderDefinition, ImmutableHashSet<int>>();
            var mandatory = ImmutableDictionary.CreateBuilder<ProviderDefinition, ImmutableHashSet<int>>();
            var notMandatory = ImmutableDictionary.CreateBuilder<ProviderDefinition, ImmutableHashSet<int>>();
            foreach (var provider in catalog.Providers)
            {
                var keyPrefix = Prefix + provider.Id;
                if (TryGet(treeOptions, keyPrefix + KnownCodesSuffix, out var knownText))
                {
                    known[provider] = ParseCodes(keyPrefix + KnownCodesSuffix, knownText, provider, mustBeDocumented: false, problems);
                }

                if (TryGet(treeOptions, keyPrefix + MandatorySuffix, out var mandatoryText))
                {
                    // A replacement with no valid code would silently switch ECA0003 off: keep the catalog's set instead.
                    var replacement = ParseCodes(keyPrefix + MandatorySuffix, mandatoryText, provider, mustBeDocumented: true, problems);
                    if (!replacement.IsEmpty)
                    {
                        mandatory[provider] = replacement;
                    }
                }

                if (TryGet(treeOptions, keyPrefix + NotMandatorySuffix, out var notMandatoryText))
                {
                    notMandatory[provider] = ParseCodes(keyPrefix + NotMandatorySuffix, notMandatoryText, provider, mustBeDocumented: true, problems);
                }
            }

            ReportUnknownKeys(treeOptions, catalog, problems);
            return new ErrorCodeOptions(providers, reportSuccess, scope, known.ToImmutable(), mandatory.ToImmutable(), notMandatory.ToImmutable(), problems.ToImmutable());
        }

        private static bool TryGet(AnalyzerConfigOptions options, string key, out string value)
        {
            if (options.TryGetValue(key, out var text) && text is not null)
            {
                value = text;
                return true;
            }

            value = string.Empty;
            return false;
        }

        private static ProviderSet ParseProviders(string key, string text, ErrorCodeCatalog catalog, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            var accepted = string.Join(", ", catalog.Providers.Select(p => p.Id));
            var set = new ProviderSet(0);
            var sawItem = false;
            // Commas as documented; a semicolon (MSBuild style) is tolerated where it survives config parsing.
            foreach (var raw in text.Split(',', ';'))
            {
                var name = raw.Trim();
                if (name.Length == 0)
                {
                    if (text.Trim().Length > 0)
                    {
                        problems.Add(new ConfigurationProblem(key, text, $"empty entry in the list; expected a comma-separated list of: {accepted}"));
                    }

                    continue;
                }

                sawItem = true;
                if (catalog.TryGetProvider(name, out var provider))
                {
                    set = set.With(provider);
                }
                else if (catalog.TryGetProvider(name.ToLowerInvariant(), out provider))
                {
                    problems.Add(new ConfigurationProblem(key, text, $"provider names are lower-case: use '{provider.Id}' instead of '{name}'"));
                    set = set.With(provider);
                }
                else
                {
                    problems.Add(new ConfigurationProblem(key, text, $"unknown provider '{name}'; expected a comma-separated list of: {accepted}"));
                }
            }

            if (!sawItem && problems.Count == 0)
            {
                problems.Add(new ConfigurationProblem(key, text, $"the list is empty; expected a comma-separated list of: {accepted}"));
            }

            // A list with no valid name would silently turn every rule off: keep the default instead.
            return set.IsEmpty ? catalog.AllProviders : set;
        }

        private static ImmutableHashSet<int> ParseCodes(string key, string text, ProviderDefinition provider, bool mustBeDocumented, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            var codes = ImmutableHashSet.CreateBuilder<int>();
            if (text.Trim().Length == 0)
            {
                problems.Add(new ConfigurationProblem(key, text, "the value is empty; expected a comma-separated list of integers (negative allowed)"));
                return codes.ToImmutable();
            }

            foreach (var raw in text.Split(','))
            {
                var item = raw.Trim();
                if (item.Length == 0)
                {
                    problems.Add(new ConfigurationProblem(key, text, "empty entry in the list; expected a comma-separated list of integers (negative allowed)"));
                    continue;
                }

                if (!LiteralValues.TryParseInteger(item, out var value) || value < int.MinValue || value > int.MaxValue)
                {
                    problems.Add(new ConfigurationProblem(key, text, $"'{item}' is not an integer; expected a comma-separated list of integers (negative allowed)"));
                    continue;
                }

                if (mustBeDocumented && ErrorCodeCatalog.Instance.Find(provider, value) is null)
                {
                    problems.Add(new ConfigurationProblem(key, text, $"{provider.DisplayName} does not document code {value}"));
                    continue;
                }

                codes.Add((int)value);
            }

            return codes.ToImmutable();
        }

        /// <summary>Keys under our prefix that no accessor reads: typos and unknown provider names.</summary>
        private static void ReportUnknownKeys(AnalyzerConfigOptions options, ErrorCodeCatalog catalog, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            foreach (var key in options.Keys)
            {
                if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key is ProvidersKey or ReportSuccessCodesKey or MandatoryScopeKey)
                {
                    continue;
                }

                var rest = key.Substring(Prefix.Length);
                var dot = rest.IndexOf('.');
                var providerName = dot < 0 ? rest : rest.Substring(0, dot);
                var setting = dot < 0 ? string.Empty : rest.Substring(dot);
                options.TryGetValue(key, out var value);
                if (!catalog.TryGetProvider(providerName, out _))
                {
                    problems.Add(new ConfigurationProblem(key, value ?? string.Empty, setting is KnownCodesSuffix or MandatorySuffix or NotMandatorySuffix
                        ? $"unknown provider '{providerName}'; expected one of: {string.Join(", ", catalog.Providers.Select(p => p.Id))}"
                        : $"unknown setting; expected one of: {ProvidersKey}, {ReportSuccessCodesKey}, {MandatoryScopeKey}, {Prefix}<provider>{KnownCodesSuffix}, {Prefix}<provider>{MandatorySuffix}, {Prefix}<provider>{NotMandatorySuffix}"));
                }
                else if (setting is not (KnownCodesSuffix or MandatorySuffix or NotMandatorySuffix))
                {
                    problems.Add(new ConfigurationProblem(key, value ?? string.Empty, $"unknown setting '{setting.TrimStart('.')}' for {providerName}; expected known_codes, mandatory or not_mandatory"));
                }
            }
        }
    }
}
