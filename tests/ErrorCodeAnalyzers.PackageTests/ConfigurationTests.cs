using ErrorCodeAnalyzers.PackageTests.Infrastructure;

namespace ErrorCodeAnalyzers.PackageTests;

/// <summary>Configuration as a user writes it in a project file and .editorconfig, through the packed package.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConfigurationTests(PackageFixture fixture)
{
    [Fact]
    public void ErrorCodeProviders_property_is_visible_to_the_analyzers()
    {
        var consumer = ProvidersConsumer("coinone");
        var build = consumer.Build();
        Assert.True(build.Succeeded, build.ToString());

        var editorConfig = Directory.GetFiles(Path.Combine(consumer.Directory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        Assert.Contains(editorConfig, file => File.ReadAllLines(file).Any(line => line.Trim() == "build_property.ErrorCodeProviders = coinone"));
    }

    [Fact]
    public void ErrorCodeProviders_limits_the_providers_the_analyzers_look_for()
    {
        // Positive control first: with Immutable X Link enabled, 2002 is reported...
        var link = ProvidersConsumer("immutable-link").Build();
        Assert.True(
            link.DiagnosticLines("ECA0001").Count == 1,
            $"With ErrorCodeProviders=immutable-link, `errorCode == 2002` should be reported once as ECA0001:\n{link}");

        // ...and with only Coinone enabled, the Link-only code is not.
        var coinone = ProvidersConsumer("coinone").Build();
        Assert.True(coinone.Succeeded, coinone.ToString());
        Assert.Empty(coinone.DiagnosticLines("ECA0001"));
        Assert.Empty(coinone.DiagnosticLines("ECA0100"));
    }

    [Fact]
    public void Invalid_ErrorCodeProviders_is_reported_as_ECA0100()
    {
        var build = ProvidersConsumer("immutable-link, no-such-provider").Build();
        var lines = build.DiagnosticLines("ECA0100");
        Assert.True(
            lines.Count > 0 && lines.Any(line => line.Contains("no-such-provider", StringComparison.Ordinal)),
            $"Expected ECA0100 naming 'no-such-provider':\n{build}");
    }

    [Fact]
    public void Severity_is_configured_with_dotnet_diagnostic_keys()
    {
        var asError = ProvidersConsumer("immutable-link", editorConfig: "dotnet_diagnostic.ECA0001.severity = error").Build();
        Assert.False(asError.Succeeded, $"ECA0001 configured as error should fail the build:\n{asError}");
        Assert.Contains(asError.DiagnosticLines("ECA0001"), line => line.Contains("error ECA0001", StringComparison.Ordinal));

        var silenced = ProvidersConsumer("immutable-link", editorConfig: "dotnet_diagnostic.ECA0001.severity = none").Build("-warnaserror");
        Assert.True(silenced.Succeeded, silenced.ToString());
        Assert.Empty(silenced.DiagnosticLines("ECA0001"));
    }

    [Fact]
    public void Default_severity_is_warning_and_warnaserror_gates_on_it()
    {
        var consumer = ProvidersConsumer("immutable-link");
        var plain = consumer.Build();
        Assert.True(plain.Succeeded, plain.ToString());
        Assert.Contains(plain.DiagnosticLines("ECA0001"), line => line.Contains("warning ECA0001", StringComparison.Ordinal));

        var gated = consumer.Build("--no-incremental", "-warnaserror");
        Assert.False(gated.Succeeded, $"-warnaserror should fail on ECA0001:\n{gated}");
        Assert.Contains(gated.DiagnosticLines("ECA0001"), line => line.Contains("error ECA0001", StringComparison.Ordinal));
    }

    private Consumer ProvidersConsumer(string providers, string? editorConfig = null)
    {
        var consumer = fixture.CreateConsumer("Providers");
        consumer.AddPackage();
        consumer.SetProperty("ErrorCodeProviders", providers);
        if (editorConfig is not null)
        {
            consumer.WriteFile(".editorconfig", $"root = true\n\n[*.cs]\n{editorConfig}\n");
        }

        return consumer;
    }
}
