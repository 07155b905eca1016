using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ErrorCodeAnalyzers.Catalog
{
    /// <summary>
    /// The process-wide lookup over every provider's catalog: built once from the generated
    /// <see cref="CatalogData"/>, immutable afterwards, safe to share between compilations and threads.
    /// </summary>
    internal sealed class ErrorCodeCatalog
    {
        private static readonly Lazy<ErrorCodeCatalog> LazyInstance = new(() => new ErrorCodeCatalog(CatalogData.CreateProviders()));

        private readonly Dictionary<int, ImmutableArray<CodeDefinition>> byValue;
        private readonly Dictionary<string, ProviderDefinition> byId;
        private readonly Dictionary<string, ProviderDefinition> byClassName;
        private readonly Dictionary<string, CodeDefinition> byConstantName;
        private readonly Dictionary<(string ClassName, string Name), CodeDefinition[]> byClassAndLeafName;
        private readonly HashSet<string> constantLeafNames;

        internal ErrorCodeCatalog(ProviderDefinition[] providers)
        {
            if (providers.Length > 32)
            {
                throw new InvalidOperationException("ProviderSet holds at most 32 providers.");
            }

            Providers = ImmutableArray.Create(providers);
            var values = new Dictionary<int, List<CodeDefinition>>();
            byId = new Dictionary<string, ProviderDefinition>(StringComparer.Ordinal);
            byClassName = new Dictionary<string, ProviderDefinition>(StringComparer.Ordinal);
            byConstantName = new Dictionary<string, CodeDefinition>(StringComparer.Ordinal);
            var byLeaf = new Dictionary<(string, string), List<CodeDefinition>>();
            constantLeafNames = new HashSet<string>(StringComparer.Ordinal);
            long rangeMinimum = long.MaxValue, rangeMaximum = long.MinValue;
            for (var i = 0; i < providers.Length; i++)
            {
                var provider = providers[i];
                provider.Index = i;
                byId[provider.Id] = provider;
                // The class of the int constants and that of their string twins (ImmutableLink, ImmutableLinkStrings).
                var classNames = new[] { provider.ClassName, provider.ClassName + CatalogData.StringsClassSuffix };
                foreach (var className in classNames)
                {
                    byClassName[className] = provider;
                }

                foreach (var code in provider.Codes)
                {
                    if (!values.TryGetValue(code.Code, out var list))
                    {
                        values[code.Code] = list = new List<CodeDefinition>(1);
                    }

                    list.Add(code);
                    byConstantName[code.ConstantName] = code;
                    byConstantName[code.StringConstantName] = code;
                    foreach (var className in classNames)
                    {
                        if (!byLeaf.TryGetValue((className, code.Name), out var sameLeaf))
                        {
                            byLeaf[(className, code.Name)] = sameLeaf = new List<CodeDefinition>(1);
                        }

                        sameLeaf.Add(code);
                    }

                    constantLeafNames.Add(code.Name);
                }

                foreach (var range in provider.Ranges)
                {
                    rangeMinimum = Math.Min(rangeMinimum, range.From);
                    rangeMaximum = Math.Max(rangeMaximum, range.To);
                }
            }

            byValue = new Dictionary<int, ImmutableArray<CodeDefinition>>(values.Count);
            foreach (var pair in values)
            {
                byValue[pair.Key] = pair.Value.ToImmutableArray();
            }

            byClassAndLeafName = new Dictionary<(string, string), CodeDefinition[]>(byLeaf.Count);
            foreach (var pair in byLeaf)
            {
                byClassAndLeafName[pair.Key] = pair.Value.ToArray();
            }

            RangeMinimum = rangeMinimum;
            RangeMaximum = rangeMaximum;
            AllProviders = ProviderSet.All(providers.Length);
        }

        public static ErrorCodeCatalog Instance => LazyInstance.Value;

        public ImmutableArray<ProviderDefinition> Providers { get; }

        public ProviderSet AllProviders { get; }

        /// <summary>Lowest value covered by any documented range (a cheap pre-check).</summary>
        public long RangeMinimum { get; }

        public long RangeMaximum { get; }

        /// <summary>Every provider's definition of <paramref name="value"/>; empty when no catalog has it.</summary>
        public ImmutableArray<CodeDefinition> Lookup(long value) =>
            value is >= int.MinValue and <= int.MaxValue && byValue.TryGetValue((int)value, out var codes) ? codes : ImmutableArray<CodeDefinition>.Empty;

        public bool IsDocumented(long value) => value is >= int.MinValue and <= int.MaxValue && byValue.ContainsKey((int)value);

        public CodeDefinition? Find(ProviderDefinition provider, long value)
        {
            foreach (var code in Lookup(value))
            {
                if (code.Provider == provider)
                {
                    return code;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether some shipped constant has this simple name (<c>InsufficientFunds</c>): however a reference to a package
        /// constant is spelled (qualified, aliased, <c>using static</c>), it ends in that name. A cheap syntactic pre-check.
        /// </summary>
        public bool IsConstantLeafName(string name) => constantLeafNames.Contains(name);

        public bool TryGetProvider(string id, out ProviderDefinition provider) => byId.TryGetValue(id, out provider!);

        /// <summary>The provider whose constants class (int or string tree) has this name, e.g. <c>TencentIm</c>.</summary>
        public bool TryGetProviderByClassName(string className, out ProviderDefinition provider) => byClassName.TryGetValue(className, out provider!);

        /// <summary>The code behind a fully-qualified constant name of the shipped constants.</summary>
        public bool TryGetByConstantName(string fullyQualifiedName, out CodeDefinition code) => byConstantName.TryGetValue(fullyQualifiedName, out code!);

        /// <summary>
        /// The codes whose constant (or string twin) is <c>ProviderErrorCodes.{className}.&lt;section&gt;.{name}</c>, whatever
        /// the section; the caller matches the section against the symbol it holds, which spares formatting the symbol.
        /// </summary>
        public CodeDefinition[] CodesWithConstantLeaf(string className, string name) =>
            byClassAndLeafName.TryGetValue((className, name), out var codes) ? codes : Array.Empty<CodeDefinition>();

        public bool IsInAnyRange(ProviderSet providers, long value)
        {
            if (value < RangeMinimum || value > RangeMaximum)
            {
                return false;
            }

            foreach (var provider in Providers)
            {
                if (providers.Contains(provider) && provider.IsInRange(value))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A set of providers as a bit mask: cheap to copy, compare and intersect.</summary>
    internal readonly struct ProviderSet : IEquatable<ProviderSet>
    {
        public ProviderSet(uint bits) => Bits = bits;

        public uint Bits { get; }

        public bool IsEmpty => Bits == 0;

        public int Count
        {
            get
            {
                var count = 0;
                for (var bits = Bits; bits != 0; bits &= bits - 1)
                {
                    count++;
                }

                return count;
            }
        }

        public static ProviderSet All(int providerCount) => new(providerCount >= 32 ? uint.MaxValue : (1u << providerCount) - 1);

        public static ProviderSet Of(ProviderDefinition provider) => new(1u << provider.Index);

        public bool Contains(ProviderDefinition provider) => (Bits & (1u << provider.Index)) != 0;

        public ProviderSet Intersect(ProviderSet other) => new(Bits & other.Bits);

        public ProviderSet Union(ProviderSet other) => new(Bits | other.Bits);

        public ProviderSet With(ProviderDefinition provider) => new(Bits | (1u << provider.Index));

        public bool Equals(ProviderSet other) => Bits == other.Bits;

        public override bool Equals(object? obj) => obj is ProviderSet other && Equals(other);

        public override int GetHashCode() => (int)Bits;
    }
}
