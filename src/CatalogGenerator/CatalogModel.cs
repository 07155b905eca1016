using System.Collections.Generic;

namespace ErrorCodeAnalyzers.CatalogGenerator;

/// <summary>One provider's catalog file, validated.</summary>
public sealed record Catalog(
    string FilePath,
    string Provider,
    string DisplayName,
    string ClassName,
    IReadOnlyList<string> Sources,
    IReadOnlyList<CatalogSection> Sections);

/// <summary>A section of a provider's document. <see cref="Id"/> is a dotted path of nested class names.</summary>
public sealed record CatalogSection(string Id, string TitleEn, string? TitleKo, IReadOnlyList<CatalogEntry> Entries)
{
    public IReadOnlyList<string> ClassPath => Id.Split('.');
}

public sealed record CodeRange(int From, int To);

/// <summary>Texts of one language; each field is absent where the document says nothing.</summary>
public sealed record EntryTexts(string? Scenario, string? Message, string? UserActions, string? DeveloperActions)
{
    /// <summary>The provider's own words for the code: its message, or its description where it has no message.</summary>
    public string? Headline => Message ?? Scenario;
}

/// <summary>A row of the document: a code, a range of codes, or a message without a code.</summary>
public sealed record CatalogEntry(
    string Path,
    int Line,
    int Column,
    int? Code,
    CodeRange? Range,
    string Name,
    EntryTexts English,
    EntryTexts? Korean,
    int? HttpStatus,
    bool Success,
    string? ObsoleteReason,
    string? MandatoryReason,
    IReadOnlyList<string> FormerNames)
{
    public string Describe()
    {
        var what = Code is { } code ? $"code {code}" : Range is { } range ? $"range {range.From}-{range.To}" : "code-less row";
        return $"entry {Path} ({what}, '{Name}')";
    }
}

/// <summary>A problem in a catalog file, with the position of the offending value.</summary>
public sealed record CatalogError(string FilePath, int Line, int Column, string Message)
{
    public const string Id = "ECACAT001";

    /// <summary>MSBuild's canonical error format, so the build shows the file, line and message.</summary>
    public override string ToString() => $"{FilePath}({Line},{Column}): error {Id}: {Message}";
}
