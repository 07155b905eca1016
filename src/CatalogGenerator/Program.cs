using System;
using System.IO;
using System.Text;
using ErrorCodeAnalyzers.CatalogGenerator;

// Usage: generator <constants|analyzer-tables|check> --catalogs <dir> [--out <dir>]
// Errors are printed in MSBuild's canonical format so the build names the file, line and entry.
return GeneratorCommand.Run(args, Console.Out, Console.Error);

public static class GeneratorCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? mode = args.Length > 0 ? args[0] : null;
        string? catalogs = null;
        string? outDirectory = null;
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--catalogs": catalogs = args[i + 1]; break;
                case "--out": outDirectory = args[i + 1]; break;
                default:
                    error.WriteLine($"error {CatalogError.Id}: unknown option '{args[i]}'");
                    return 2;
            }
        }

        if (mode is not ("constants" or "analyzer-tables" or "check") || catalogs is null || (mode != "check" && outDirectory is null))
        {
            error.WriteLine($"error {CatalogError.Id}: usage: <constants|analyzer-tables|check> --catalogs <dir> [--out <dir>]");
            return 2;
        }

        if (!Directory.Exists(catalogs))
        {
            error.WriteLine($"error {CatalogError.Id}: catalog folder '{catalogs}' does not exist");
            return 1;
        }

        var (loaded, errors) = CatalogLoader.LoadDirectory(catalogs);
        if (errors.Count > 0)
        {
            foreach (var problem in errors)
            {
                // stdout: MSBuild's Exec turns canonical-format lines into build errors.
                output.WriteLine(problem.ToString());
            }

            return 1;
        }

        if (mode == "check")
        {
            output.WriteLine($"{loaded.Count} catalogs are valid.");
            return 0;
        }

        Directory.CreateDirectory(outDirectory!);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (mode == "constants")
        {
            foreach (var (fileName, content) in ConstantsEmitter.Emit(loaded))
            {
                File.WriteAllText(Path.Combine(outDirectory!, fileName), content, utf8);
            }
        }
        else
        {
            File.WriteAllText(Path.Combine(outDirectory!, AnalyzerTablesEmitter.FileName), AnalyzerTablesEmitter.Emit(loaded), utf8);
        }

        return 0;
    }
}
