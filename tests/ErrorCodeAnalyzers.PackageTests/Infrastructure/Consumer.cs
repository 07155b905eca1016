using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ErrorCodeAnalyzers.PackageTests.Infrastructure;

/// <summary>A throw-away consumer project in the test run's scratch folder.</summary>
public sealed class Consumer(PackageFixture fixture, string directory)
{
    public string Directory { get; } = directory;

    public string Name => Path.GetFileName(Directory);

    public string ProjectFile => System.IO.Directory.GetFiles(Directory, "*.csproj").Single();

    public string AssemblyName => Path.GetFileNameWithoutExtension(ProjectFile);

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string AssemblyPath => Path.Combine(OutputDirectory, AssemblyName + ".dll");

    /// <summary>The results of the commands run on this consumer so far, by name.</summary>
    public Dictionary<string, CommandResult> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>The install command of the README: <c>dotnet add package ErrorCodeAnalyzers --source &lt;feed&gt;</c>.</summary>
    public CommandResult AddPackage() =>
        Results["add package"] = fixture.Cli.RunChecked(Directory, "add", "package", PackageFixture.PackageId, "--source", fixture.Feed);

    public CommandResult Build(params string[] extraArguments) =>
        Results["build " + string.Join(' ', extraArguments)] = fixture.Cli.Run(Directory, ["build", .. extraArguments]);

    public CommandResult Run(string command, params string[] arguments) =>
        Results[command + " " + string.Join(' ', arguments)] = fixture.Cli.Run(Directory, [command, .. arguments]);

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public void WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Sets an MSBuild property in the project file's first PropertyGroup.</summary>
    public void SetProperty(string name, string value)
    {
        var project = XDocument.Load(ProjectFile);
        var group = project.Root!.Elements("PropertyGroup").First();
        group.SetElementValue(name, value);
        project.Save(ProjectFile);
    }

    public XElement PackageReference()
    {
        var project = XDocument.Load(ProjectFile);
        return project.Descendants("PackageReference").SingleOrDefault(e => (string?)e.Attribute("Include") == PackageFixture.PackageId)
            ?? throw new Xunit.Sdk.XunitException($"No PackageReference to {PackageFixture.PackageId} in {ProjectFile}:\n{project}");
    }

    /// <summary>Names of the assemblies the built assembly references, read from its metadata.</summary>
    public IReadOnlyList<string> ReferencedAssemblies()
    {
        using var stream = File.OpenRead(AssemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();
    }

    /// <summary>Namespaces of every type the built assembly references from other assemblies.</summary>
    public IReadOnlyList<string> ReferencedTypeNames()
    {
        using var stream = File.OpenRead(AssemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToList();
    }
}
