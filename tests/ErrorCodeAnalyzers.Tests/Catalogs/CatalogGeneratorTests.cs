using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ErrorCodeAnalyzers.CatalogGenerator;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>
/// The build-time generator fails on a malformed catalog with an error a person can act on: MSBuild's canonical
/// format, naming the file, the position, the entry (its path, code and name) and what is wrong; exit code 1.
/// </summary>
public sealed class CatalogGeneratorTests : IDisposable
{
    /// <summary>path(line,col): error ECACAT001: message</summary>
    private static readonly Regex CanonicalLine = new(@"^(?<path>.+)\((?<line>[0-9]+),(?<column>[0-9]+)\): error ECACAT001: (?<message>.+)$", RegexOptions.CultureInvariant);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "eca-catalog-tests-" + Guid.NewGuid().ToString("N"));

    public CatalogGeneratorTests() => Directory.CreateDirectory(directory);

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void RealCatalogsLoadWithoutErrors()
    {
        var (catalogs, errors) = CatalogLoader.LoadDirectory(RepositoryPaths.CatalogDirectory);
        Assert.True(errors.Count == 0, "The catalogs should load without errors:\n" + string.Join("\n", errors));
        Assert.Equal(RepositoryPaths.CatalogFiles.Count, catalogs.Count);
        Assert.Equal(547, catalogs.SelectMany(c => c.Sections).SelectMany(s => s.Entries).Count(e => e.Code is not null));
    }

    [Fact]
    public void CheckModeAcceptsTheRealCatalogs()
    {
        var (exitCode, output, error) = Run("check", "--catalogs", RepositoryPaths.CatalogDirectory);
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{error}");
        Assert.Contains("catalogs are valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateCodeNamesBothEntries()
    {
        var file = Write("sample.json", Catalog(
            Entry(1, "FirstFailure"),
            Entry(2, "SecondFailure"),
            Entry(1, "ThirdFailure")));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[2]", "code 1, 'ThirdFailure'", "code 1 is already in the catalog as entry sections[0].entries[0] (code 1, 'FirstFailure')");
        Assert.Equal(LineOf(file, "\"code\": 1, \"name\": \"ThirdFailure\""), error.Line);
    }

    [Fact]
    public void InvalidNameIsRejected()
    {
        var file = Write("sample.json", Catalog(Entry(1, "FirstFailure"), Entry(2, "second_failure")));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[1]", "code 2, 'second_failure'", "must be a PascalCase C# identifier");
    }

    [Fact]
    public void NameThatRepeatsTheNumberIsRejected()
    {
        var file = Write("sample.json", Catalog(Entry(2002, "Code2002")));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[0]", "code 2002, 'Code2002'", "must say what the code means");
    }

    [Fact]
    public void MissingEnglishTextIsRejected()
    {
        var file = Write("sample.json", Catalog(
            Entry(1, "FirstFailure"),
            """{ "code": 2, "name": "SecondFailure", "texts": { "ko": { "scenario": "두 번째 실패." } } }"""));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[1]", "code 2, 'SecondFailure'", "texts.en needs at least a 'message' or a 'scenario'");
    }

    [Fact]
    public void UnknownPropertyIsRejected()
    {
        var file = Write("sample.json", Catalog(
            Entry(1, "FirstFailure"),
            """{ "code": 2, "name": "SecondFailure", "texts": { "en": { "message": "Second failure." } }, "mandatroy": { "reason": "Retry later." } }"""));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[1]", "code 2, 'SecondFailure'", "unknown property 'mandatroy'");
        Assert.Contains("mandatory", error.Message.Substring(error.Message.IndexOf("expected", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(LineOf(file, "\"mandatroy\""), error.Line);
    }

    [Fact]
    public void SyntaxErrorHasLineAndColumn()
    {
        var text = Catalog(Entry(1, "FirstFailure"), Entry(2, "SecondFailure")).Replace("\"name\": \"SecondFailure\",", "\"name\": \"SecondFailure\"", StringComparison.Ordinal);
        var file = Write("sample.json", text);
        var error = SingleError(file);
        Assert.Equal(file, error.FilePath);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        var line = LineOf(file, "\"name\": \"SecondFailure\"");
        Assert.True(error.Line == line, $"the syntax error should point at line {line} (where the comma is missing), not {error.Line}: {error}");
        Assert.True(error.Column > 1, $"the syntax error should have a column: {error}");
        AssertCanonical(error.ToString(), file, error.Line, error.Column);
    }

    [Fact]
    public void DuplicateNamesInAClassAreRejected()
    {
        var file = Write("sample.json", Catalog(Entry(1, "RequestFailed"), Entry(2, "RequestFailed")));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[1]", "code 2, 'RequestFailed'", "name 'RequestFailed' is used twice in class Sample.General");
    }

    [Fact]
    public void RangeOverlappingACodeIsRejected()
    {
        var file = Write("sample.json", Catalog(
            Entry(150, "InsideTheRange"),
            """{ "range": { "from": 100, "to": 199 }, "name": "CustomCallbackError", "texts": { "en": { "scenario": "Codes the callback returns." } } }"""));
        var error = SingleError(file);
        Assert.Contains("entry sections[0].entries[1] (range 100-199, 'CustomCallbackError')", error.Message, StringComparison.Ordinal);
        Assert.Contains("contains entry sections[0].entries[0] (code 150, 'InsideTheRange')", error.Message, StringComparison.Ordinal);
        AssertCanonical(error.ToString(), file, error.Line, error.Column);
    }

    [Fact]
    public void ObsoleteAndMandatoryIsRejected()
    {
        var file = Write("sample.json", Catalog(
            Entry(1, "FirstFailure"),
            """{ "code": 2, "name": "SecondFailure", "texts": { "en": { "message": "Second failure." } }, "obsolete": { "reason": "Retired." }, "mandatory": { "reason": "Retry later." } }"""));
        var error = SingleError(file);
        AssertEntry(error, file, "sections[0].entries[1]", "code 2, 'SecondFailure'", "an obsolete code is never mandatory");
    }

    [Fact]
    public void GeneratorCommandPrintsCanonicalErrorsAndExitsWithOne()
    {
        var file = Write("sample.json", Catalog(Entry(1, "FirstFailure"), Entry(1, "SecondFailure")));
        var outDirectory = Path.Combine(directory, "out");
        var (exitCode, output, _) = Run("constants", "--catalogs", directory, "--out", outDirectory);
        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        AssertCanonical(line, file, LineOf(file, "\"name\": \"SecondFailure\""), null);
        Assert.Contains("entry sections[0].entries[1] (code 1, 'SecondFailure'): code 1 is already in the catalog", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDirectory) && Directory.EnumerateFiles(outDirectory).Any(), "nothing should be generated from a broken catalog");
    }

    [Fact]
    public void GeneratorEndToEndOnACopyOfTheCatalogsWithOneBrokenEntry()
    {
        // Copy the real catalogs and give Coinone's code 12 the code 10, which the catalog already has.
        foreach (var source in RepositoryPaths.CatalogFiles)
        {
            File.Copy(source, Path.Combine(directory, Path.GetFileName(source)));
        }

        var coinone = Path.Combine(directory, "coinone.json");
        var text = File.ReadAllText(coinone);
        var catalog = CatalogJson.Load(coinone);
        var original = catalog.Entries.Single(e => e.Code == 10);
        var broken = catalog.Entries.Single(e => e.Code == 12);
        var at = text.IndexOf("\"code\": 12,", StringComparison.Ordinal);
        Assert.True(at > 0, "coinone.json should have \"code\": 12,");
        File.WriteAllText(coinone, text.Substring(0, at) + "\"code\": 10," + text.Substring(at + "\"code\": 12,".Length));
        var entryLine = text.Substring(0, text.LastIndexOf('{', at)).Count(c => c == '\n') + 1;

        var outDirectory = Path.Combine(directory, "generated");
        var (exitCode, output, error) = Run("constants", "--catalogs", directory, "--out", outDirectory);
        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}\n{error}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        AssertCanonical(line, Path.GetFullPath(coinone), entryLine, null);
        Assert.Contains(
            $"entry {broken.Location} (code 10, '{broken.Name}'): code 10 is already in the catalog as entry {original.Location} (code 10, '{original.Name}')",
            line,
            StringComparison.Ordinal);

        // The same through the generator executable, as the build runs it.
        var generator = Path.Combine(AppContext.BaseDirectory, "ErrorCodeAnalyzers.CatalogGenerator.dll");
        Assert.True(File.Exists(generator), $"{generator} should be copied next to the tests");
        var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { generator, "check", "--catalogs", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var processOutput = process.StandardOutput.ReadToEnd();
        var processError = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the generator did not finish within a minute");
        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}\n{processOutput}\n{processError}");
        Assert.Equal(line, processOutput.Trim());
    }

    [Fact]
    public void MissingFolderAndBadUsageFail()
    {
        Assert.Equal(1, Run("check", "--catalogs", Path.Combine(directory, "missing")).ExitCode);
        Assert.Equal(2, Run("generate", "--catalogs", directory).ExitCode);
        Assert.Equal(2, Run("constants", "--catalogs", directory).ExitCode);
        var (exitCode, output, _) = Run("check", "--catalogs", directory);
        Assert.Equal(1, exitCode);
        Assert.Contains("no catalog files", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = GeneratorCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Loads the file through the directory path and returns its only error.</summary>
    private static CatalogError SingleError(string file)
    {
        var (_, errors) = CatalogLoader.LoadDirectory(Path.GetDirectoryName(file)!);
        var error = Assert.Single(errors);
        Assert.Equal(Path.GetFullPath(file), error.FilePath);

        // Load on the bytes reports the same.
        var direct = new List<CatalogError>();
        CatalogLoader.Load(file, File.ReadAllBytes(file), direct);
        Assert.Equal(error, Assert.Single(direct));
        return error;
    }

    private static void AssertEntry(CatalogError error, string file, string path, string codeAndName, string what)
    {
        var text = error.ToString();
        Assert.True(
            text.Contains($"entry {path} ({codeAndName})", StringComparison.Ordinal),
            $"the error should name the entry as 'entry {path} ({codeAndName})': {text}");
        Assert.True(text.Contains(what, StringComparison.Ordinal), $"the error should say '{what}': {text}");
        AssertCanonical(text, file, error.Line, error.Column);
        Assert.True(error.Line > 1, $"the error should point into the entry, not at the top of the file: {text}");
    }

    private static void AssertCanonical(string line, string file, int expectedLine, int? expectedColumn)
    {
        var match = CanonicalLine.Match(line);
        Assert.True(match.Success, $"not in MSBuild's canonical format 'path(line,col): error ECACAT001: message': {line}");
        Assert.Equal(Path.GetFullPath(file), match.Groups["path"].Value);
        Assert.Equal(expectedLine, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (expectedColumn is { } column)
        {
            Assert.Equal(column, int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return Path.GetFullPath(path);
    }

    private static int LineOf(string file, string fragment)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' not found in {file}");
        return index + 1;
    }

    private static string Entry(int code, string name) =>
        $$"""{ "code": {{code}}, "name": "{{name}}", "texts": { "en": { "message": "{{name}} happened." } } }""";

    /// <summary>A one-section catalog with one entry per line, so each error's line identifies its entry.</summary>
    private static string Catalog(params string[] entries) => $$"""
        {
          "$schema": "./catalog.schema.json",
          "provider": "sample",
          "displayName": "Sample",
          "className": "Sample",
          "sources": ["sample.md"],
          "sections": [
            {
              "id": "General",
              "title": { "en": "General" },
              "entries": [
                {{string.Join(",\n        ", entries)}}
              ]
            }
          ]
        }
        """;
}
