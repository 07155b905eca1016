using System.Diagnostics;
using System.Text;

namespace ErrorCodeAnalyzers.PackageTests.Infrastructure;

/// <summary>The output of one <c>dotnet</c> command.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The distinct diagnostic lines (warning/error XX0000) of an MSBuild log, without the repeated summary.</summary>
    public IReadOnlyList<string> DiagnosticLines(string id) =>
        Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains($" {id}:", StringComparison.Ordinal) && (line.Contains("warning ", StringComparison.Ordinal) || line.Contains("error ", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public override string ToString() => $"$ {CommandLine}   (in {WorkingDirectory}, exit code {ExitCode})\n{Output}";
}

/// <summary>
/// Runs the .NET SDK's CLI the way a user does, isolated from the test host: a packages folder of
/// the test run's own (so a package of the same version packed earlier is never reused), no
/// MSBuild or compiler servers that would outlive the command, and none of the MSBuild variables
/// that `dotnet test` puts into this process's environment.
/// </summary>
public sealed class DotnetCli(string nugetPackagesFolder)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public string NuGetPackagesFolder { get; } = nugetPackagesFolder;

    public CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("NUGET_", StringComparison.OrdinalIgnoreCase) ||
                name is "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["NUGET_PACKAGES"] = NuGetPackagesFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return new CommandResult("dotnet " + string.Join(' ', arguments.Select(Quote)), workingDirectory, process.ExitCode, Text());

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.Append(line).Append('\n');
                }
            }
        }

        string Text()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Like <see cref="Run"/>, failing the test with the whole log when the command fails.</summary>
    public CommandResult RunChecked(string workingDirectory, params string[] arguments)
    {
        var result = Run(workingDirectory, arguments);
        if (!result.Succeeded)
        {
            throw new Xunit.Sdk.XunitException($"Command failed:\n{result}");
        }

        return result;
    }

    private static string DotnetPath()
    {
        // The test host runs on the SDK's own muxer; fall back to PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
