using System.IO.Compression;
using System.Xml.Linq;

namespace ErrorCodeAnalyzers.PackageTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "The packed ErrorCodeAnalyzers package";
}

/// <summary>
/// The package under test and a scratch folder for consumer projects, shared by every test of a run.
/// The package is the one CI packed when ECA_PACKAGE_FEED names its folder; otherwise the fixture
/// packs src/Package itself, exactly as the README does.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "ErrorCodeAnalyzers";

    private readonly Dictionary<string, Lazy<Consumer>> _scenarios = new(StringComparer.Ordinal);

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "eca-package-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Cli = new DotnetCli(Path.Combine(Root, "nuget-packages"));

        var feed = Environment.GetEnvironmentVariable("ECA_PACKAGE_FEED");
        if (string.IsNullOrEmpty(feed))
        {
            feed = Path.Combine(Root, "feed");
            Cli.RunChecked(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "src", "Package"), "-c", "Release", "-o", feed);
        }

        Feed = Path.GetFullPath(feed);
        var version = ProductVersion();
        PackagePath = Path.Combine(Feed, $"{PackageId}.{version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException(
                $"No {PackageId}.{version}.nupkg in {Feed} (found: {string.Join(", ", Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName))}).");
        }

        Version = version;
    }

    public string RepositoryRoot { get; }

    /// <summary>Scratch folder of this test run (consumers, packages folder); deleted at the end unless ECA_KEEP_TEST_FILES=1.</summary>
    public string Root { get; }

    public DotnetCli Cli { get; }

    /// <summary>The local feed folder: the one the README's install command points at.</summary>
    public string Feed { get; }

    public string PackagePath { get; }

    public string Version { get; }

    /// <summary>The entries of the .nupkg, without the parts every package has (OPC relationships, content types, core properties).</summary>
    public IReadOnlyList<string> PackageEntries()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) &&
                           !name.StartsWith("package/services/metadata/", StringComparison.Ordinal) &&
                           name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    public byte[] ReadPackageEntry(string name)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is not in {PackagePath}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public XDocument Nuspec() => XDocument.Load(new MemoryStream(ReadPackageEntry($"{PackageId}.nuspec")));

    /// <summary>
    /// A consumer project from Consumers/&lt;template&gt; with the package installed by the README's
    /// command; created once per run and scenario name, so several tests can look at one build.
    /// </summary>
    public Consumer Scenario(string name, Func<Consumer> create)
    {
        Lazy<Consumer> lazy;
        lock (_scenarios)
        {
            if (!_scenarios.TryGetValue(name, out lazy!))
            {
                lazy = new Lazy<Consumer>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _scenarios.Add(name, lazy);
            }
        }

        return lazy.Value;
    }

    /// <summary>Copies a consumer template to a fresh folder (no package installed yet).</summary>
    public Consumer CreateConsumer(string template, string? folderName = null)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Consumers", template);
        var target = Path.Combine(Root, folderName ?? template + "-" + Guid.NewGuid().ToString("N")[..6]);
        CopyDirectory(source, target);
        return new Consumer(this, target);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ECA_KEEP_TEST_FILES") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in the temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            File.Copy(file, Path.Combine(target, relative), overwrite: true);
        }
    }

    private string ProductVersion()
    {
        // The version the repository builds (Directory.Build.props), so a stale package of another version in the feed is never taken.
        var props = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props"));
        var version = props.Descendants("Version").Select(e => e.Value.Trim()).FirstOrDefault();
        return string.IsNullOrEmpty(version) ? throw new InvalidOperationException("No <Version> in Directory.Build.props") : version;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorCodeAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ErrorCodeAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
