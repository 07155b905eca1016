using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodeAnalyzers.Catalog;

namespace ErrorCodeAnalyzers.Options
{
    internal enum MandatoryScope
    {
        /// <summary>A handler must handle the mandatory codes of the sections it touches.</summary>
        Section,

        /// <summary>A handler must handle every mandatory code of its provider.</summary>
        Provider,
    }

    /// <summary>A configuration value that could not be understood (reported as ECA0100).</summary>
    internal readonly struct ConfigurationProblem
    {
        public ConfigurationProblem(string key, string value, string problem)
        {
            Key = key;
            Value = value;
            Problem = problem;
        }

        public string Key { get; }

        public string Value { get; }

        public string Problem { get; }
    }

    /// <summary>The options in force for one syntax tree, already parsed and validated.</summary>
    internal sealed class ErrorCodeOptions
    {
        private readonly ImmutableArray<CodeDefinition>[] mandatoryByProvider = new ImmutableArray<CodeDefinition>[32];

        public ErrorCodeOptions(
            ProviderSet providers,
            bool reportSuccessCodes,
            MandatoryScope mandatoryScope,
            ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> knownCodes,
            ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> mandatoryCodes,
            ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> notMandatoryCodes,
            ImmutableArray<ConfigurationProblem> problems)
        {
            Providers = providers;
            ReportSuccessCodes = reportSuccessCodes;
            MandatoryScope = mandatoryScope;
            KnownCodes = knownCodes;
            MandatoryCodes = mandatoryCodes;
            NotMandatoryCodes = notMandatoryCodes;
            Problems = problems;
        }

        /// <summary>Providers whose codes the rules look for (default: all).</summary>
        public ProviderSet Providers { get; }

        public bool ReportSuccessCodes { get; }

        public MandatoryScope MandatoryScope { get; }

        /// <summary>Codes a team declares as existing although undocumented (silences ECA0004).</summary>
        public ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> KnownCodes { get; }

        /// <summary>Replacement mandatory sets, per provider, where configured.</summary>
        public ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> MandatoryCodes { get; }

        /// <summary>Codes dropped from the mandatory set, per provider.</summary>
        public ImmutableDictionary<ProviderDefinition, ImmutableHashSet<int>> NotMandatoryCodes { get; }

        public ImmutableArray<ConfigurationProblem> Problems { get; }

        public bool IsKnownCode(ProviderDefinition provider, long value) =>
            KnownCodes.TryGetValue(provider, out var codes) && value is >= int.MinValue and <= int.MaxValue && codes.Contains((int)value);

        /// <summary>Whether a documented code must be handled, after the catalog flag and the options.</summary>
        public bool IsMandatory(CodeDefinition code)
        {
            if (code.IsObsolete)
            {
                return false; // obsolete codes are never demanded
            }

            if (NotMandatoryCodes.TryGetValue(code.Provider, out var dropped) && dropped.Contains(code.Code))
            {
                return false;
            }

            return MandatoryCodes.TryGetValue(code.Provider, out var replaced) ? replaced.Contains(code.Code) : code.IsMandatory;
        }

        /// <summary>The provider's mandatory codes under these options, in catalog order; computed once per options object.</summary>
        public ImmutableArray<CodeDefinition> MandatoryCodesOf(ProviderDefinition provider)
        {
            var cached = mandatoryByProvider[provider.Index];
            if (cached.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<CodeDefinition>();
                foreach (var code in provider.Codes)
                {
                    if (IsMandatory(code))
                    {
                        builder.Add(code);
                    }
                }

                // Racing threads compute equal arrays; whichever is stored is as good as the other.
                cached = builder.ToImmutable();
                ImmutableInterlocked.InterlockedInitialize(ref mandatoryByProvider[provider.Index], cached);
            }

            return cached;
        }
    }
}
