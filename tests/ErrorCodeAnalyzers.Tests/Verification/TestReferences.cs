using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>
/// Metadata references for test compilations, taken from the running test host (no downloads): the framework
/// assemblies of the trusted platform assemblies list, plus xunit's assert/core so test sources can use the real
/// <c>Xunit.Assert</c>, plus the constants assembly next to the test assembly.
/// </summary>
public static class TestReferences
{
    public const string ConstantsAssemblyFileName = "ErrorCodeAnalyzers.Constants.dll";

    private static readonly string[] XunitAssemblies = ["xunit.assert.dll", "xunit.core.dll", "xunit.abstractions.dll"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<MetadataReference?> LazyConstants = new(LoadConstants, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Framework assemblies (System.*, System, netstandard, mscorlib, Microsoft.CSharp, Microsoft.Win32.*) and xunit's.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>The full path where the constants assembly is looked for.</summary>
    public static string ConstantsAssemblyPath => Path.Combine(AppContext.BaseDirectory, ConstantsAssemblyFileName);

    /// <summary>The constants assembly, or null when it is not next to the test assembly.</summary>
    public static MetadataReference? Constants => LazyConstants.Value;

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not available in this test host.");

        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (IsFrameworkAssembly(fileName) && seen.Add(fileName))
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsFrameworkAssembly(string fileName)
    {
        if (!fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = fileName[..^4];
        return name.StartsWith("System.", StringComparison.Ordinal)
            || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp"
            || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
            || XunitAssemblies.Contains(fileName, StringComparer.OrdinalIgnoreCase);
    }

    private static MetadataReference? LoadConstants()
    {
        var path = ConstantsAssemblyPath;
        return File.Exists(path) ? MetadataReference.CreateFromFile(path) : null;
    }
}
