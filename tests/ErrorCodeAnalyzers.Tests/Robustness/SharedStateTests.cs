using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, no shared mutable state outside per-compilation objects: every static field of the analyzer and code fix
/// assemblies is either immutable (readonly, of an immutable type) or reviewed below with the reason it is safe; the
/// analyzers and fixers themselves hold nothing but immutable data. A new static field fails this test until it is
/// reviewed, so state shared between compilations and threads never slips in unnoticed.
/// </summary>
public sealed class SharedStateTests(ITestOutputHelper output)
{
    /// <summary>Reviewed static fields ("Type.Field" without namespace) that hold mutable objects, with why that is safe.</summary>
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        ["ErrorCodeLiteralAnalyzer.MessageParts"] = "thread-safe ConcurrentDictionary memo keyed by catalog data (value, providers, form); values are immutable strings and dictionaries derived only from the catalog; bounded by the catalog",
        ["ErrorCodeNames.ErrorCodeVerdicts"] = "a NameVerdicts memo of IsErrorCodeName, a pure function of the name: a thread-safe ConcurrentDictionary capped at MaximumRememberedNames entries, its count changed only with Interlocked (a race can overshoot the cap by the number of threads, never grow without bound)",
        ["ErrorCodeNames.OtherKindVerdicts"] = "a NameVerdicts memo of NamesOtherKindOfCode, a pure function of the name; the same safeguards as ErrorCodeVerdicts",
        ["ErrorCodeCatalog.LazyInstance"] = "thread-safe Lazy of the catalog, which is immutable once built",
        ["ErrorCodeNames.FusedErrorCodeWords"] = "filled by the static initializer, only read afterwards (concurrent reads of a HashSet are safe)",
        ["ErrorCodeNames.HttpAndProcessWords"] = "as FusedErrorCodeWords",
        ["ErrorCodeNames.OtherKindsOfCode"] = "as FusedErrorCodeWords",
        ["ErrorCodeNames.RepresentationWords"] = "as FusedErrorCodeWords",
        ["UnhandledMandatoryCodesAnalyzer.ReportParts"] = "thread-safe ConcurrentDictionary memo keyed by (provider, missing codes, form of case); values are immutable properties and message text derived only from the catalog and that key; capped at MaximumRememberedReports entries",
        ["UnhandledMandatoryCodesAnalyzer.rememberedReports"] = "the memo's entry count, changed only with Interlocked; a race can overshoot the cap by the number of threads, never grow without bound",
        ["HandlerModels.Cache"] = "thread-safe ConditionalWeakTable keyed by the driver's semantic model; values are handler models of that model's tree, built deterministically (racing builds are equal, the first stored wins) and only read afterwards apart from a memo of the subject's verdict; dropped with the semantic model",
        ["OptionsReader.Cache"] = "thread-safe ConditionalWeakTable keyed by the host's options objects; values are parsed options (immutable apart from a memo of their mandatory codes, computed deterministically), equal for equal keys, dropped with their keys",
        ["OptionsReader.lastTreeOptions"] = "[ThreadStatic], so never shared between threads; weak references to the last tree and options provider the thread asked about, and the options Cache gave for them, returned only for that same tree and provider",
    };

    private static readonly Type[] ImmutableTypes =
    {
        typeof(string), typeof(Type), typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor), typeof(Microsoft.CodeAnalysis.LocalizableString),
        typeof(Microsoft.CodeAnalysis.SymbolDisplayFormat), typeof(Microsoft.CodeAnalysis.SyntaxAnnotation), typeof(StringComparer),
    };

    [Fact]
    public void StaticFieldsAreImmutableOrReviewed()
    {
        var findings = new List<string>();
        var seen = new List<string>();
        foreach (var assemblyName in new[] { ProductComponents.AnalyzerAssemblyName, ProductComponents.CodeFixAssemblyName })
        {
            foreach (var type in Assembly.Load(new AssemblyName(assemblyName)).GetTypes())
            {
                if (IsCompilerGenerated(type))
                {
                    continue;
                }

                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute)))
                    {
                        continue;
                    }

                    var name = $"{Outer(type)}.{field.Name}";
                    seen.Add($"{name}: {field.FieldType.Name}{(field.IsInitOnly ? " (readonly)" : string.Empty)}");
                    if (field.IsInitOnly && IsImmutable(field.FieldType))
                    {
                        continue;
                    }

                    if (!Reviewed.ContainsKey(name))
                    {
                        findings.Add($"{name} ({(field.IsInitOnly ? "readonly" : "writable")} {field.FieldType}) in {assemblyName}");
                    }
                }
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, seen.OrderBy(s => s, StringComparer.Ordinal)));
        Assert.True(findings.Count == 0,
            "Static fields that may hold state shared between compilations and threads; make them immutable, per-compilation, or review them in SharedStateTests.Reviewed:"
            + Environment.NewLine + string.Join(Environment.NewLine, findings.OrderBy(s => s, StringComparer.Ordinal)));
        Assert.DoesNotContain(Reviewed.Keys, k => !seen.Any(s => s.StartsWith(k + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnalyzersAndFixersHoldOnlyImmutableData()
    {
        var findings = new List<string>();
        foreach (var type in ProductComponents.AnalyzerTypes.Concat(ProductComponents.FixerTypes))
        {
            for (var current = type; current is not null && current.Assembly == type.Assembly; current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.IsInitOnly || !IsImmutable(field.FieldType))
                    {
                        findings.Add($"{type.Name}.{field.Name} ({(field.IsInitOnly ? "readonly" : "writable")} {field.FieldType.Name})");
                    }
                }
            }
        }

        Assert.True(findings.Count == 0, "Analyzer and fixer instances are shared by every compilation the host analyses; these fields can carry state between them:"
            + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    private static bool IsCompilerGenerated(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.IsDefined(typeof(CompilerGeneratedAttribute)) || current.Name.StartsWith('<'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Outer(Type type) => type.DeclaringType is null ? type.Name : Outer(type.DeclaringType) + "." + type.Name;

    private static bool IsImmutable(Type type) => IsImmutable(type, new HashSet<Type>());

    /// <summary><paramref name="inProgress"/>: types being examined further up (a cycle of readonly references counts as immutable).</summary>
    private static bool IsImmutable(Type type, HashSet<Type> inProgress)
    {
        if (type.IsPrimitive || type.IsEnum || ImmutableTypes.Contains(type) || inProgress.Contains(type))
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ImmutableArray<>) || definition == typeof(ImmutableHashSet<>) || definition == typeof(ImmutableDictionary<,>) || definition == typeof(ImmutableList<>))
            {
                return type.GetGenericArguments().All(t => IsImmutable(t, inProgress));
            }
        }

        // Product types: immutable when every instance field is readonly and immutable (records of the catalog, descriptors).
        if (type.Assembly.GetName().Name is ProductComponents.AnalyzerAssemblyName or ProductComponents.CodeFixAssemblyName && !type.IsInterface && !type.IsAbstract)
        {
            inProgress.Add(type);
            return type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).All(f => f.IsInitOnly && IsImmutable(f.FieldType, inProgress));
        }

        return false;
    }
}
