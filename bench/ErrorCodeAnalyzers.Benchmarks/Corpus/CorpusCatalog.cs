using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus
{
    /// <summary>One documented code as the corpus uses it: its value and the constant that names it.</summary>
    internal sealed class CatalogCode
    {
        public CatalogCode(int value, string name, string constant, bool isObsolete)
        {
            Value = value;
            Name = name;
            Constant = constant;
            IsObsolete = isObsolete;
        }

        public int Value { get; }

        /// <summary>Member name, e.g. <c>InsufficientFunds</c>.</summary>
        public string Name { get; }

        /// <summary>Name relative to the <c>ProviderErrorCodes</c> namespace, e.g. <c>ImmutableLink.Deposits.InsufficientFunds</c>.</summary>
        public string Constant { get; }

        public bool IsObsolete { get; }
    }

    internal sealed class CatalogProvider
    {
        public CatalogProvider(string id, string className, IReadOnlyList<CatalogCode> codes)
        {
            Id = id;
            ClassName = className;
            Codes = codes;
            Current = codes.Where(c => !c.IsObsolete && c.Value != 0).ToArray();
            Obsolete = codes.Where(c => c.IsObsolete).ToArray();
            Success = codes.FirstOrDefault(c => c.Value == 0);
            var values = new HashSet<int>(codes.Select(c => c.Value));
            var undocumented = new List<int>();
            foreach (var code in Current)
            {
                // A near miss of a documented code: the typo ECA0004 exists for.
                var candidate = code.Value + 17;
                if (!values.Contains(candidate) && undocumented.Count < 16)
                {
                    undocumented.Add(candidate);
                }
            }

            Undocumented = undocumented;
        }

        /// <summary>The id used in configuration, e.g. <c>immutable-link</c>.</summary>
        public string Id { get; }

        public string ClassName { get; }

        public IReadOnlyList<CatalogCode> Codes { get; }

        /// <summary>Documented, not obsolete, not the success code.</summary>
        public IReadOnlyList<CatalogCode> Current { get; }

        public IReadOnlyList<CatalogCode> Obsolete { get; }

        public CatalogCode? Success { get; }

        public IReadOnlyList<int> Undocumented { get; }

        /// <summary>The JSON member the provider's responses carry the code in.</summary>
        public string JsonCodeMember => ClassName switch
        {
            "Coinone" => "error_code",
            "TencentIm" => "ErrorCode",
            _ => "code",
        };
    }

    /// <summary>
    /// The providers and codes the corpus draws from, read from the shipped constants library (its public
    /// surface), so the corpus follows the catalogs without a copy of them.
    /// </summary>
    internal sealed class CorpusCatalog
    {
        private CorpusCatalog(IReadOnlyList<CatalogProvider> providers)
        {
            Providers = providers;
            AllValues = new HashSet<int>(providers.SelectMany(p => p.Codes).Select(c => c.Value));
            CatalogValues = AllValues.Where(v => v > 0).OrderBy(v => v).ToArray();
        }

        public IReadOnlyList<CatalogProvider> Providers { get; }

        /// <summary>Every value any provider documents.</summary>
        public HashSet<int> AllValues { get; }

        /// <summary>The positive documented values, sorted: what ordinary numbers "equal to catalog values" use.</summary>
        public IReadOnlyList<int> CatalogValues { get; }

        public static CorpusCatalog Load()
        {
            var assembly = Assembly.Load("ErrorCodeAnalyzers.Constants");
            var providers = new List<CatalogProvider>();
            foreach (var root in assembly.GetExportedTypes()
                         .Where(t => t.Namespace == "ProviderErrorCodes" && !t.IsNested && !t.Name.EndsWith("Strings", StringComparison.Ordinal))
                         .OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var codes = new List<CatalogCode>();
                Collect(root, root.Name, codes);
                if (codes.Count > 0)
                {
                    providers.Add(new CatalogProvider(ToProviderId(root.Name), root.Name, codes));
                }
            }

            if (providers.Count == 0)
            {
                throw new InvalidOperationException("The constants library has no provider classes in namespace ProviderErrorCodes.");
            }

            return new CorpusCatalog(providers);
        }

        /// <summary><c>ImmutableLink</c> -> <c>immutable-link</c>, <c>OkxWeb3</c> -> <c>okx-web3</c> (the catalogs' ids).</summary>
        internal static string ToProviderId(string className)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < className.Length; i++)
            {
                var c = className[i];
                if (char.IsUpper(c) && i > 0 && !char.IsUpper(className[i - 1]))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        private static void Collect(Type type, string path, List<CatalogCode> codes)
        {
            var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(int))
                .ToArray();
            var names = new HashSet<string>(fields.Select(f => f.Name), StringComparer.Ordinal);
            var byValue = new Dictionary<int, CatalogCode>();
            foreach (var field in fields)
            {
                // Documented ranges are exposed as <Name>From / <Name>To: bounds, not codes.
                if ((field.Name.EndsWith("From", StringComparison.Ordinal) && names.Contains(field.Name.Substring(0, field.Name.Length - 4) + "To")) ||
                    (field.Name.EndsWith("To", StringComparison.Ordinal) && names.Contains(field.Name.Substring(0, field.Name.Length - 2) + "From")))
                {
                    continue;
                }

                var value = (int)field.GetRawConstantValue()!;
                var obsolete = field.IsDefined(typeof(ObsoleteAttribute), inherit: false);
                var code = new CatalogCode(value, field.Name, path + "." + field.Name, obsolete);

                // Former names are [Obsolete] aliases of a current constant: keep the current one.
                if (!byValue.TryGetValue(value, out var existing) || (existing.IsObsolete && !obsolete))
                {
                    byValue[value] = code;
                }
            }

            codes.AddRange(byValue.Values.OrderBy(c => c.Value));
            foreach (var nested in type.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                Collect(nested, path + "." + nested.Name, codes);
            }
        }
    }
}
