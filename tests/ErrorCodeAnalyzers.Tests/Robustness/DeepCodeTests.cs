using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, deep and large code: if/else-if and <c>||</c> chains 10,000 deep, switches with 5,000 cases, a
/// 50,000-line file, 1 MB string literals, nested lambdas and blocks. Each scenario runs in its own process
/// (tests/ErrorCodeAnalyzers.StressHost: every analyzer, then one code fix), so a stack overflow fails that
/// scenario instead of killing the test host. No timing assertion: the generous timeout only catches hangs.
/// </summary>
public sealed class DeepCodeTests(ITestOutputHelper output)
{
    public const string HostAssemblyName = "ErrorCodeAnalyzers.StressHost.dll";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Every scenario of the host; <see cref="TheHostRunsExactlyTheseScenarios"/> keeps the two lists equal.</summary>
    public static readonly string[] ScenarioNames =
    {
        "else-if-chain", "or-chain", "and-chain", "or-pattern-chain", "switch-statement", "switch-expression", "large-file",
        "large-string", "nested-lambdas", "nested-blocks", "deep-parentheses", "concatenation-chain", "code-table",
    };

    public static TheoryData<string> Scenarios => new(ScenarioNames);

    /// <summary>
    /// Sizes that differ on the Roslyn floor run. Roslyn 4.5's flow analysis recurses once per else-if, and on a
    /// 1.5 MB thread-pool stack it overflows somewhere between 8,000 and 10,000 branches with a do-nothing analyzer
    /// as well (try <c>ErrorCodeAnalyzers.StressHost else-if-chain --baseline</c> a few times on that compiler): a
    /// limit of that compiler, not of the analyzers. Newer compilers take the full 10,000.
    /// </summary>
#if ROSLYN_FLOOR
    private static readonly Dictionary<string, string> FloorSizes = new(StringComparer.Ordinal) { ["else-if-chain"] = "5000" };
#else
    private static readonly Dictionary<string, string> FloorSizes = new(StringComparer.Ordinal);
#endif

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task ScenarioRunsWithoutCrashing(string scenario)
    {
        var (exitCode, text) = FloorSizes.TryGetValue(scenario, out var size)
            ? await RunHostAsync(scenario, size)
            : await RunHostAsync(scenario);
        output.WriteLine(text);
        Assert.False(IsStackOverflow(text), $"{scenario}: the process overflowed its stack{Environment.NewLine}{text}");
        Assert.False(text.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase), $"{scenario}: unhandled exception{Environment.NewLine}{text}");
        Assert.True(exitCode == 0, $"{scenario}: exit code {exitCode}{Environment.NewLine}{text}");
        Assert.Contains("  OK", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHostRunsExactlyTheseScenarios()
    {
        var (exitCode, text) = await RunHostAsync("list");
        Assert.Equal(0, exitCode);
        var listed = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(ScenarioNames.OrderBy(s => s, StringComparer.Ordinal), listed);
    }

    private static bool IsStackOverflow(string text) => text.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host next to the test assembly (one output folder, as CI's Roslyn floor run builds it), else in its own bin folder.</summary>
    public static string FindHost()
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var candidates = new List<string> { Path.Combine(baseDirectory.FullName, HostAssemblyName) };
        // tests/ErrorCodeAnalyzers.Tests/bin/<Configuration>/<TargetFramework>/ -> tests/ErrorCodeAnalyzers.StressHost/bin/<Configuration>/<TargetFramework>/
        var framework = baseDirectory.Name;
        var configuration = baseDirectory.Parent?.Name;
        if (baseDirectory.Parent?.Parent?.Parent?.Parent is { } tests && configuration is not null)
        {
            candidates.Add(Path.Combine(tests.FullName, "ErrorCodeAnalyzers.StressHost", "bin", configuration, framework, HostAssemblyName));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{HostAssemblyName} not found; build tests/ErrorCodeAnalyzers.StressHost (the test project references it). Looked at: {string.Join(", ", candidates)}");
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(params string[] arguments)
    {
        var argument = string.Join(" ", arguments);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FindHost());
        foreach (var item in arguments)
        {
            start.ArgumentList.Add(item);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var text = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            text.Append(await stdout).Append(await stderr);
            Assert.Fail($"{argument}: no result after {Timeout.TotalMinutes} minutes (a hang or a blow-up){Environment.NewLine}{text}");
        }

        text.Append(await stdout).Append(await stderr);
        return (process.ExitCode, text.ToString());
    }
}
