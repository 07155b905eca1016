using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace ErrorCodeAnalyzers.Benchmarks.Reporting
{
    /// <summary>The machine the figures come from: cores, CPU model, memory, runtime and SDK.</summary>
    internal sealed class MachineInfo
    {
        public int Cores { get; private init; }

        public string Cpu { get; private init; } = "unknown";

        public string Memory { get; private init; } = "unknown";

        public string Runtime { get; private init; } = RuntimeInformation.FrameworkDescription;

        public string Sdk { get; private init; } = "unknown";

        public string Os { get; private init; } = RuntimeInformation.OSDescription;

        public static MachineInfo Collect() => new()
        {
            Cores = Environment.ProcessorCount,
            Cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Memory = ReadMemory(),
            Sdk = DotnetVersion(),
        };

        public override string ToString() =>
            $"{Cores} cores, {Cpu}, {Memory} memory, {Runtime} (SDK {Sdk}), {Os}";

        private static string? ReadField(string path, string field)
        {
            try
            {
                return File.ReadLines(path)
                    .Where(l => l.StartsWith(field, StringComparison.Ordinal))
                    .Select(l => l.Substring(l.IndexOf(':', StringComparison.Ordinal) + 1).Trim())
                    .FirstOrDefault();
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static string ReadMemory()
        {
            var total = ReadField("/proc/meminfo", "MemTotal");
            if (total is not null && long.TryParse(total.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return string.Format(CultureInfo.InvariantCulture, "{0:F1} GiB", kilobytes / 1024.0 / 1024.0);
            }

            return string.Format(CultureInfo.InvariantCulture, "{0:F1} GiB", GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0);
        }

        private static string DotnetVersion()
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("dotnet", "--version")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                });
                if (process is null)
                {
                    return "unknown";
                }

                var output = process.StandardOutput.ReadToEnd().Trim();
                return process.WaitForExit(20_000) && process.ExitCode == 0 && output.Length > 0 ? output : "unknown";
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "unknown";
            }
        }
    }
}
