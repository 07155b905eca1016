using System.Collections.Generic;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>
    /// The one place that decides which provider a code belongs to: configuration first, then the
    /// context of the handler or table the code stands in.
    /// </summary>
    internal static class ProviderResolution
    {
        /// <summary>Configured providers that document <paramref name="value"/>.</summary>
        public static ProviderSet Candidates(long value, ErrorCodeOptions options)
        {
            var set = new ProviderSet(0);
            foreach (var code in ErrorCodeCatalog.Instance.Lookup(value))
            {
                if (options.Providers.Contains(code.Provider))
                {
                    set = set.With(code.Provider);
                }
            }

            return set;
        }

        /// <summary>
        /// The providers a group of codes points to: the providers of the package constants used with them, or
        /// else the providers that document every documented value (success codes say nothing and are skipped).
        /// Empty when the group says nothing or contradicts itself.
        /// </summary>
        public static ProviderSet Context(IEnumerable<long> values, IReadOnlyList<CodeDefinition> packageConstants, ErrorCodeOptions options)
        {
            if (packageConstants.Count > 0)
            {
                var fromConstants = new ProviderSet(0);
                foreach (var constant in packageConstants)
                {
                    fromConstants = fromConstants.With(constant.Provider);
                }

                return fromConstants;
            }

            var context = options.Providers;
            var sawValue = false;
            foreach (var value in values)
            {
                if (IsSuccessOnly(value))
                {
                    continue;
                }

                var candidates = Candidates(value, options);
                if (candidates.IsEmpty)
                {
                    continue;
                }

                sawValue = true;
                context = context.Intersect(candidates);
                if (context.IsEmpty)
                {
                    return context;
                }
            }

            return sawValue ? context : new ProviderSet(0);
        }

        /// <summary>The candidates of <paramref name="value"/> narrowed by <paramref name="context"/> where that leaves any.</summary>
        public static ProviderSet Resolve(long value, ProviderSet context, ErrorCodeOptions options)
        {
            var candidates = Candidates(value, options);
            var narrowed = candidates.Intersect(context);
            if (narrowed.IsEmpty && !context.IsEmpty && IsSuccessOnly(value))
            {
                return narrowed; // another provider's success code ("0" in a Coinone handler) is not that provider's code here
            }

            return narrowed.IsEmpty ? candidates : narrowed;
        }

        /// <summary>The single provider of a set, if it has exactly one.</summary>
        public static ProviderDefinition? Single(ProviderSet set)
        {
            if (set.Count != 1)
            {
                return null;
            }

            foreach (var provider in ErrorCodeCatalog.Instance.Providers)
            {
                if (set.Contains(provider))
                {
                    return provider;
                }
            }

            return null;
        }

        private static bool IsSuccessOnly(long value)
        {
            var codes = ErrorCodeCatalog.Instance.Lookup(value);
            if (codes.IsEmpty)
            {
                return false;
            }

            foreach (var code in codes)
            {
                if (!code.IsSuccess)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
