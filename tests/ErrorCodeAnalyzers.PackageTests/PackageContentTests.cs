using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ErrorCodeAnalyzers.PackageTests.Infrastructure;

namespace ErrorCodeAnalyzers.PackageTests;

/// <summary>What the .nupkg holds: exactly the shipped files and the metadata users rely on.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackageFixture fixture)
{
    [Fact]
    public void Package_holds_exactly_the_shipped_files()
    {
        string[] expected =
        [
            "ErrorCodeAnalyzers.nuspec",
            "README.md",
            "analyzers/dotnet/cs/ErrorCodeAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/ErrorCodeAnalyzers.dll",
            "build/ErrorCodeAnalyzers.props",
            "build/ErrorCodeAnalyzers.targets",
            "constants/netstandard2.0/ErrorCodeAnalyzers.Constants.dll",
            "constants/netstandard2.0/ErrorCodeAnalyzers.Constants.xml",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), fixture.PackageEntries());
    }

    [Fact]
    public void Nuspec_declares_a_development_dependency_with_license_readme_and_no_dependencies()
    {
        var nuspec = fixture.Nuspec();
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal(PackageFixture.PackageId, metadata.Element(ns + "id")?.Value);
        Assert.Equal(fixture.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        var license = metadata.Element(ns + "license");
        Assert.NotNull(license);
        Assert.Equal("expression", license!.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Null(metadata.Element(ns + "frameworkAssemblies"));
    }

    [Fact]
    public void Readme_in_the_package_shows_the_install_command()
    {
        var readme = System.Text.Encoding.UTF8.GetString(fixture.ReadPackageEntry("README.md"));
        Assert.Contains("dotnet add package ErrorCodeAnalyzers", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzer_assembly_references_only_the_compiler_at_the_product_floor()
    {
        var references = AssemblyReferences("analyzers/dotnet/cs/ErrorCodeAnalyzers.dll");

        // csc has no Workspaces (RS1038), and nothing else may need loading next to the analyzer (CS8032).
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis.CSharp.Workspaces", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(IsHostProvided(r.Name), $"{r.Name} {r.Version} would have to be loaded next to the analyzer"));

        // A newer compiler reference than the oldest supported host would fail to load there (CS9057).
        var floor = System.Version.Parse(RoslynProductVersion());
        var roslyn = references.Single(r => r.Name == "Microsoft.CodeAnalysis");
        Assert.Equal(new System.Version(floor.Major, floor.Minor, 0, 0), roslyn.Version);
    }

    [Fact]
    public void Code_fix_assembly_references_only_what_the_IDE_and_dotnet_format_provide()
    {
        var references = AssemblyReferences("analyzers/dotnet/cs/ErrorCodeAnalyzers.CodeFixes.dll");

        // Workspaces and MEF (System.Composition) come with every host that runs code fixes; the
        // analyzers assembly is shipped next to it.
        Assert.All(references, r => Assert.True(
            IsHostProvided(r.Name) || r.Name == "ErrorCodeAnalyzers" || r.Name.EndsWith(".Workspaces", StringComparison.Ordinal) ||
            r.Name.StartsWith("System.Composition", StringComparison.Ordinal),
            $"{r.Name} {r.Version} would have to be loaded next to the code fixes"));
        Assert.DoesNotContain(references, r => r.Name == "ErrorCodeAnalyzers.Constants");
    }

    [Fact]
    public void Constants_assembly_is_a_netstandard_library_with_xml_documentation()
    {
        var references = AssemblyReferences("constants/netstandard2.0/ErrorCodeAnalyzers.Constants.dll");
        Assert.Equal(["netstandard"], references.Select(r => r.Name));

        var documentation = XDocument.Load(new MemoryStream(fixture.ReadPackageEntry("constants/netstandard2.0/ErrorCodeAnalyzers.Constants.xml")));
        Assert.Equal("ErrorCodeAnalyzers.Constants", documentation.Root?.Element("assembly")?.Element("name")?.Value);
        Assert.Contains(
            documentation.Descendants("member"),
            member => (string?)member.Attribute("name") == "F:ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds");
    }

    [Fact]
    public void Build_files_make_ErrorCodeProviders_compiler_visible_and_reference_the_constants_privately()
    {
        var props = XDocument.Load(new MemoryStream(fixture.ReadPackageEntry("build/ErrorCodeAnalyzers.props")));
        Assert.Contains(props.Descendants("CompilerVisibleProperty"), e => (string?)e.Attribute("Include") == "ErrorCodeProviders");

        var targets = XDocument.Load(new MemoryStream(fixture.ReadPackageEntry("build/ErrorCodeAnalyzers.targets")));
        var reference = Assert.Single(targets.Descendants("Reference"));
        Assert.Equal("false", reference.Element("Private")?.Value);
        Assert.EndsWith("constants/netstandard2.0/ErrorCodeAnalyzers.Constants.dll", reference.Element("HintPath")?.Value, StringComparison.Ordinal);
    }

    private static bool IsHostProvided(string name) =>
        name is "netstandard" or "mscorlib" or "System.Runtime" or "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp"
            or "System.Collections.Immutable" or "System.Reflection.Metadata" or "System.Memory" or "System.Runtime.CompilerServices.Unsafe"
            or "System.Threading.Tasks.Extensions" or "System.Buffers" or "System.Numerics.Vectors" or "System.Text.Encoding.CodePages";

    private List<(string Name, System.Version Version)> AssemblyReferences(string entry)
    {
        using var pe = new PEReader(new MemoryStream(fixture.ReadPackageEntry(entry)));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }

    private string RoslynProductVersion()
    {
        var props = XDocument.Load(Path.Combine(fixture.RepositoryRoot, "Directory.Build.props"));
        return props.Descendants("RoslynProductVersion").Single().Value.Trim();
    }
}
