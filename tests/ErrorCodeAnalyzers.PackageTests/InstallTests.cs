using ErrorCodeAnalyzers.PackageTests.Infrastructure;

namespace ErrorCodeAnalyzers.PackageTests;

/// <summary>
/// The README's install command on a fresh project, and what it does (and must not do) to the
/// project, its output and the projects that reference it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class InstallTests(PackageFixture fixture)
{
    private static readonly string[] LoadFailureIds = ["CS8032", "CS9057", "AD0001", "CS8784", "CS8785", "CS8033"];

    [Fact]
    public void Install_command_adds_a_private_development_dependency_without_compile_assets()
    {
        var reference = Installed().PackageReference();

        Assert.Equal(fixture.Version, (string?)reference.Attribute("Version"));
        Assert.Equal("all", reference.Element("PrivateAssets")?.Value.Trim());
        // The case the package's build/ targets exist for: no `compile` here, yet the constants compile.
        var includeAssets = reference.Element("IncludeAssets")?.Value ?? "";
        Assert.DoesNotContain("compile", includeAssets, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Consumer_using_the_constants_compiles()
    {
        var build = Installed().Results["build "];
        Assert.True(build.Succeeded, $"The consumer does not compile against the constants:\n{build}");
    }

    [Fact]
    public void Packed_analyzers_load_and_report_in_a_fresh_consumer()
    {
        var build = Installed().Results["build "];
        foreach (var id in LoadFailureIds)
        {
            Assert.True(build.DiagnosticLines(id).Count == 0, $"{id} in the consumer's build:\n{string.Join('\n', build.DiagnosticLines(id))}\n\n{build}");
        }

        var magic = build.DiagnosticLines("ECA0001").Where(line => line.Contains("MagicCode.cs", StringComparison.Ordinal)).ToList();
        Assert.True(
            magic.Count == 1 && magic[0].Contains("ImmutableLink.Deposits.InsufficientFunds", StringComparison.Ordinal),
            "Expected exactly one ECA0001 for `errorCode == 2002` in MagicCode.cs naming ImmutableLink.Deposits.InsufficientFunds; " +
            $"the packed analyzers reported:\n{string.Join('\n', build.DiagnosticLines("ECA0001"))}\n\n{build}");
    }

    [Fact]
    public void Constants_assembly_is_not_copied_to_the_output_folder()
    {
        var consumer = Installed();
        Assert.True(File.Exists(consumer.AssemblyPath), $"{consumer.AssemblyPath} was not built");
        var packageFiles = Directory.GetFiles(consumer.OutputDirectory, "ErrorCodeAnalyzers*", SearchOption.AllDirectories);
        Assert.Empty(packageFiles);
    }

    [Fact]
    public void Constants_assembly_is_not_in_the_deps_json()
    {
        var consumer = Installed();
        var depsJson = File.ReadAllText(Path.Combine(consumer.OutputDirectory, consumer.AssemblyName + ".deps.json"));
        Assert.DoesNotContain("ErrorCodeAnalyzers", depsJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Built_assembly_keeps_no_reference_to_the_constants()
    {
        var consumer = Installed();

        Assert.DoesNotContain("ErrorCodeAnalyzers.Constants", consumer.ReferencedAssemblies());
        Assert.DoesNotContain(consumer.ReferencedTypeNames(), name => name.StartsWith("ProviderErrorCodes.", StringComparison.Ordinal));
    }

    [Fact]
    public void Built_consumer_runs_without_the_constants_assembly()
    {
        var consumer = Installed();
        var run = fixture.Cli.Run(consumer.Directory, consumer.AssemblyPath);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("InsufficientFunds=2002", run.Output, StringComparison.Ordinal);
        Assert.Contains("Describe=insufficient funds", run.Output, StringComparison.Ordinal);
        Assert.Contains("String=False", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_output_has_no_package_files()
    {
        var consumer = Installed();
        var publishDirectory = Path.Combine(consumer.Directory, "published");
        var publish = fixture.Cli.Run(consumer.Directory, "publish", "-o", publishDirectory);

        Assert.True(publish.Succeeded, publish.ToString());
        Assert.Empty(Directory.GetFiles(publishDirectory, "ErrorCodeAnalyzers*", SearchOption.AllDirectories));
        Assert.DoesNotContain("ErrorCodeAnalyzers", File.ReadAllText(Path.Combine(publishDirectory, "Consumer.deps.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Project_referencing_the_consumer_gets_neither_analyzers_nor_constants()
    {
        var app = ReferencingApp();
        var build = app.Results["build "];
        Assert.True(build.Succeeded, build.ToString());

        // Its own magic code is not analysed: the analyzers stay private to the consumer.
        var appDiagnostics = build.Output.Split('\n').Where(line => line.Contains("ECA0", StringComparison.Ordinal) && line.Contains($"{Path.DirectorySeparatorChar}App{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.Empty(appDiagnostics);

        Assert.True(File.Exists(Path.Combine(app.OutputDirectory, "Consumer.dll")));
        Assert.Empty(Directory.GetFiles(app.OutputDirectory, "ErrorCodeAnalyzers*", SearchOption.AllDirectories));
        Assert.DoesNotContain("ErrorCodeAnalyzers", File.ReadAllText(Path.Combine(app.OutputDirectory, "App.deps.json")), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ErrorCodeAnalyzers", File.ReadAllText(Path.Combine(app.Directory, "obj", "project.assets.json")), StringComparison.OrdinalIgnoreCase);
        var editorConfig = Directory.GetFiles(Path.Combine(app.Directory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        Assert.All(editorConfig, file => Assert.DoesNotContain("ErrorCodeProviders", File.ReadAllText(file), StringComparison.Ordinal));
        Assert.DoesNotContain("ErrorCodeAnalyzers.Constants", app.ReferencedAssemblies());

        var run = fixture.Cli.Run(app.Directory, app.AssemblyPath);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("App: insufficient funds (2002)", run.Output, StringComparison.Ordinal);
    }

    private Consumer Installed() => fixture.Scenario("installed consumer", () =>
    {
        // Folder name "Consumer": the App template references ../Consumer/Consumer.csproj.
        var consumer = fixture.CreateConsumer("Consumer", "Consumer");
        consumer.AddPackage();
        consumer.Build();
        return consumer;
    });

    private Consumer ReferencingApp() => fixture.Scenario("referencing app", () =>
    {
        Installed();
        var app = fixture.CreateConsumer("App", "App");
        app.Build();
        return app;
    });
}
