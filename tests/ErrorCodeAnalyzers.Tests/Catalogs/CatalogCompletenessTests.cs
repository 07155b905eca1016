using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>
/// The catalogs against the provider documents in the seeds folder: every code, range and code-less row is in the
/// catalog once, in its section, with the document's texts; nothing else is. Also the rules on flags, names and English
/// texts that need only the catalogs.
/// </summary>
public sealed class CatalogCompletenessTests
{
    private const int ExpectedCodes = 547;
    private const int ExpectedRanges = 1;
    private const int ExpectedCodeLessRows = 2;

    /// <summary>Codes callers must handle specifically; the catalogs may mark more, never fewer.</summary>
    public static readonly IReadOnlyDictionary<string, int[]> MandatoryMinimum = new Dictionary<string, int[]>(StringComparer.Ordinal)
    {
        ["immutable-link"] = new[] { 1003, 1004, 2002, 6004, 11005 },
        ["coinone"] = new[] { 12, 50, 52, 53, 131, 3005, 3006, 3010 },
        ["okx-web3"] = new[] { 50011, 50102, 50113, 50047 },
        ["tencent-im"] = new[] { 6206, 70001, 6208, -10001, -10003, 9506, 60007, 70114 },
    };

    /// <summary>
    /// Which text fields each language of a provider's catalog holds (docs/catalog-format.md, "Texts"). For a language
    /// the seeds give, the catalog's fields must equal the seed's (absent where the cell says nothing); a language the
    /// seeds do not give is either absent ("none") or a translation with exactly these fields.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, (string[] En, string[] Ko)> TextFields = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
    {
        ["immutable-link"] = (SeedTexts.Keys, SeedTexts.Keys),
        ["coinone"] = (new[] { "message" }, new[] { "scenario" }),
        ["okx-web3"] = (new[] { "message" }, Array.Empty<string>()),
        ["tencent-im"] = (new[] { "scenario" }, new[] { "scenario" }),
    };

    private static readonly Regex PascalCase = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex NumberedName = new("^(Code|Error|ErrorCode|Err|E)_?[0-9]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Hangul = new("[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]", RegexOptions.CultureInvariant);
    private static readonly string[] Placeholders = { "TODO", "TBD", "FIXME", "XXX", "...", "…", "-", "N/A", "?" };

    private static IReadOnlyList<CatalogJsonFile> Catalogs { get; } = CatalogJson.LoadAll();

    [SeedsFact]
    public void SeedDocumentsHaveTheExpectedTotals()
    {
        var rows = SeedDocuments.Providers.SelectMany(p => p.Rows).ToList();
        var summary = string.Join(", ", SeedDocuments.Providers.Select(p =>
            $"{p.Provider}: {p.Rows.Count(r => r.Code is not null)} codes, {p.Rows.Count(r => r.Range is not null)} ranges, {p.Rows.Count(r => r.Code is null && r.Range is null)} code-less"));
        Assert.True(
            rows.Count(r => r.Code is not null) == ExpectedCodes
                && rows.Count(r => r.Range is not null) == ExpectedRanges
                && rows.Count(r => r.Code is null && r.Range is null) == ExpectedCodeLessRows,
            $"The seed documents should hold {ExpectedCodes} codes, {ExpectedRanges} range and {ExpectedCodeLessRows} code-less rows; the parser found {summary}. " +
            "If a document changed, update the catalogs and these totals together.");
    }

    [Fact]
    public void CatalogsHaveTheExpectedTotals()
    {
        var entries = Catalogs.SelectMany(c => c.Entries).ToList();
        var summary = string.Join(", ", Catalogs.Select(c =>
            $"{c.FileName}: {c.Entries.Count(e => e.Code is not null)} codes, {c.Entries.Count(e => e.Range is not null)} ranges, {c.Entries.Count(e => e.Code is null && e.Range is null)} code-less"));
        Assert.Equal(new[] { "coinone", "immutable-link", "okx-web3", "tencent-im" }, Catalogs.Select(c => c.Provider).OrderBy(p => p, StringComparer.Ordinal));
        Assert.True(
            entries.Count(e => e.Code is not null) == ExpectedCodes
                && entries.Count(e => e.Range is not null) == ExpectedRanges
                && entries.Count(e => e.Code is null && e.Range is null) == ExpectedCodeLessRows,
            $"The catalogs should hold {ExpectedCodes} codes, {ExpectedRanges} range and {ExpectedCodeLessRows} code-less rows; found {summary}.");
    }

    [SeedsFact]
    public void SeedCodesAreUniquePerProvider()
    {
        var problems = new List<string>();
        foreach (var provider in SeedDocuments.Providers)
        {
            foreach (var group in provider.Rows.Where(r => r.Code is not null).GroupBy(r => r.Code!.Value).Where(g => g.Count() > 1))
            {
                problems.Add($"{provider.Provider}: code {group.Key} appears {group.Count()} times: {string.Join("; ", group.Select(r => r.Describe()))}");
            }
        }

        AssertNoProblems("Codes listed more than once in a provider's documents", problems);
    }

    [SeedsFact]
    public void EverySeedRowIsInItsCatalogOnceInTheRightSectionWithTheDocumentsTexts()
    {
        var problems = new List<string>();
        foreach (var provider in SeedDocuments.Providers)
        {
            var catalog = CatalogFor(provider.Provider);
            var entries = catalog.Entries.ToList();
            var codeLessSeen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in provider.Rows)
            {
                List<CatalogJsonEntry> matches;
                if (row.Code is { } code)
                {
                    matches = entries.Where(e => e.Code == code).ToList();
                }
                else if (row.Range is { } range)
                {
                    matches = entries.Where(e => e.Range == range).ToList();
                }
                else
                {
                    // Code-less rows pair up by position among the code-less rows of their section.
                    var index = codeLessSeen.TryGetValue(row.SectionId, out var seen) ? seen : 0;
                    codeLessSeen[row.SectionId] = index + 1;
                    matches = entries.Where(e => e.Code is null && e.Range is null && e.SectionId == row.SectionId).Skip(index).Take(1).ToList();
                }

                if (matches.Count != 1)
                {
                    problems.Add(matches.Count == 0
                        ? $"{catalog.FileName}: missing {row.Describe()}"
                        : $"{catalog.FileName}: {row.Describe()} is in the catalog {matches.Count} times: {string.Join("; ", matches.Select(m => m.Describe()))}");
                    continue;
                }

                var entry = matches[0];
                if (entry.SectionId != row.SectionId)
                {
                    problems.Add($"{entry.Describe()}: should be in section {row.SectionId} (heading '{row.Heading}'), {row.Describe()}");
                }

                CompareTexts(provider.Provider, row, entry, problems);
                if (entry.HttpStatus != row.HttpStatus)
                {
                    problems.Add($"{entry.Describe()}: httpStatus is {Show(entry.HttpStatus)}, the document says {Show(row.HttpStatus)} ({row.Describe()})");
                }
            }
        }

        AssertNoProblems("Catalog entries that do not match the seed documents", problems);
    }

    [SeedsFact]
    public void CatalogsHoldNothingTheSeedsDoNotHave()
    {
        var problems = new List<string>();
        foreach (var catalog in Catalogs)
        {
            var provider = SeedDocuments.Providers.SingleOrDefault(p => p.Provider == catalog.Provider);
            if (provider is null)
            {
                problems.Add($"{catalog.FileName}: provider '{catalog.Provider}' has no seed documents");
                continue;
            }

            var codes = provider.Rows.Where(r => r.Code is not null).Select(r => r.Code!.Value).ToHashSet();
            var ranges = provider.Rows.Where(r => r.Range is not null).Select(r => r.Range!.Value).ToHashSet();
            foreach (var entry in catalog.Entries)
            {
                if (entry.Code is { } code && !codes.Contains(code))
                {
                    problems.Add($"{entry.Describe()}: no such code in {string.Join(", ", provider.Documents)}");
                }
                else if (entry.Range is { } range && !ranges.Contains(range))
                {
                    problems.Add($"{entry.Describe()}: no such range in {string.Join(", ", provider.Documents)}");
                }
            }

            foreach (var section in catalog.Sections)
            {
                var catalogCodeLess = section.Entries.Count(e => e.Code is null && e.Range is null);
                var seedCodeLess = provider.Rows.Count(r => r.Code is null && r.Range is null && r.SectionId == section.Id);
                if (catalogCodeLess != seedCodeLess)
                {
                    problems.Add($"{catalog.FileName} section {section.Id}: {catalogCodeLess} code-less entries, the documents have {seedCodeLess}");
                }

                if (!provider.Rows.Any(r => r.SectionId == section.Id))
                {
                    problems.Add($"{catalog.FileName} section {section.Id}: no such section in the documents");
                }
            }
        }

        AssertNoProblems("Catalog entries the seed documents do not have", problems);
    }

    [SeedsFact]
    public void ObsoleteCodesAreTheOnesStruckThroughInEveryDocument()
    {
        var link = SeedDocuments.For("immutable-link");
        var row1005 = Assert.Single(link.Rows, r => r.Code == 1005);
        Assert.Equal(new[] { SeedDocuments.LinkEnglish, SeedDocuments.LinkKorean }, row1005.Sources.Select(s => s.Document));
        Assert.All(row1005.Sources, source => Assert.True(source.StruckThrough, $"Link 1005 should be struck through / marked Obsolete at {source}"));

        var problems = new List<string>();
        foreach (var provider in SeedDocuments.Providers)
        {
            var catalog = CatalogFor(provider.Provider);
            foreach (var row in provider.Rows)
            {
                var struckEverywhere = row.Sources.All(s => s.StruckThrough);
                if (row.Sources.Any(s => s.StruckThrough) && !struckEverywhere)
                {
                    problems.Add($"{row.Describe()}: struck through in only some documents");
                }

                var entry = row.Code is { } code ? catalog.Entries.FirstOrDefault(e => e.Code == code) : null;
                if (entry is not null && (entry.ObsoleteReason is not null) != struckEverywhere)
                {
                    problems.Add(struckEverywhere
                        ? $"{entry.Describe()}: struck through (obsolete) in the documents but not obsolete in the catalog"
                        : $"{entry.Describe()}: obsolete in the catalog but not struck through in the documents");
                }
            }
        }

        AssertNoProblems("Obsolete flags that differ from the documents", problems);
    }

    [Fact]
    public void Link1005IsObsoleteInTheCatalog()
    {
        var entry = Assert.Single(CatalogFor("immutable-link").Entries, e => e.Code == 1005);
        Assert.False(string.IsNullOrWhiteSpace(entry.ObsoleteReason), $"{entry.Describe()} should be obsolete with a reason");
        Assert.Null(entry.MandatoryReason);
        var obsolete = Catalogs.SelectMany(c => c.Entries).Where(e => e.ObsoleteReason is not null).Select(e => e.Describe()).ToList();
        Assert.Equal(new[] { entry.Describe() }, obsolete);
    }

    [Fact]
    public void SuccessIsOnlyOnCodeZeroAndEveryDocumentedSuccessCodeHasIt()
    {
        var problems = Catalogs.SelectMany(c => c.Entries)
            .Where(e => e.Success && e.Code != 0)
            .Select(e => $"{e.Describe()}: marked success, but only code 0 means success")
            .ToList();
        foreach (var provider in new[] { "okx-web3", "tencent-im" })
        {
            var zero = CatalogFor(provider).Entries.SingleOrDefault(e => e.Code == 0);
            if (zero is null || !zero.Success || zero.ObsoleteReason is not null || zero.MandatoryReason is not null)
            {
                problems.Add($"{provider}: code 0 should be in the catalog, marked success and neither obsolete nor mandatory");
            }
        }

        AssertNoProblems("Success flags", problems);
    }

    [Fact]
    public void MandatoryCodesIncludeTheMinimumAndCarryAReason()
    {
        var problems = new List<string>();
        foreach (var (provider, codes) in MandatoryMinimum)
        {
            var catalog = CatalogFor(provider);
            foreach (var code in codes)
            {
                var entry = catalog.Entries.SingleOrDefault(e => e.Code == code);
                if (entry is null)
                {
                    problems.Add($"{catalog.FileName}: mandatory code {code} is missing");
                }
                else if (entry.MandatoryReason is null)
                {
                    problems.Add($"{entry.Describe()}: must be mandatory");
                }
            }
        }

        foreach (var entry in Catalogs.SelectMany(c => c.Entries))
        {
            if (entry.MandatoryReason is { } reason && reason.Trim().Length == 0)
            {
                problems.Add($"{entry.Describe()}: mandatory without a reason");
            }

            if (entry.MandatoryReason is not null && entry.ObsoleteReason is not null)
            {
                problems.Add($"{entry.Describe()}: obsolete codes are never mandatory");
            }

            if (entry.MandatoryReason is not null && (entry.Code is null || entry.Success))
            {
                problems.Add($"{entry.Describe()}: only failure codes can be mandatory");
            }

            if (entry.ObsoleteReason is { } obsolete && obsolete.Trim().Length == 0)
            {
                problems.Add($"{entry.Describe()}: obsolete without a reason");
            }
        }

        AssertNoProblems("Mandatory flags", problems);
    }

    [Fact]
    public void EnglishTextsAreRealEnglishText()
    {
        var problems = new List<string>();
        foreach (var entry in Catalogs.SelectMany(c => c.Entries))
        {
            if (entry.English is null || (!entry.English.ContainsKey("message") && !entry.English.ContainsKey("scenario")))
            {
                problems.Add($"{entry.Describe()}: texts.en needs a message or a scenario");
                continue;
            }

            foreach (var (key, text) in entry.English)
            {
                var trimmed = text.Trim();
                if (trimmed.Length == 0)
                {
                    problems.Add($"{entry.Describe()}: texts.en.{key} is empty");
                }
                else if (Placeholders.Contains(trimmed, StringComparer.OrdinalIgnoreCase) || trimmed.StartsWith("TODO", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("TBD", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{entry.Describe()}: texts.en.{key} is a placeholder ('{text}')");
                }
                else if (Hangul.IsMatch(text))
                {
                    problems.Add($"{entry.Describe()}: texts.en.{key} contains Korean ('{text}')");
                }
            }
        }

        AssertNoProblems("English texts", problems);
    }

    [Fact]
    public void NamesArePascalCaseUniquePerSectionAndSayWhatTheCodeMeans()
    {
        var problems = new List<string>();
        foreach (var catalog in Catalogs)
        {
            if (!PascalCase.IsMatch(catalog.ClassName))
            {
                problems.Add($"{catalog.FileName}: className '{catalog.ClassName}' is not PascalCase");
            }

            foreach (var section in catalog.Sections)
            {
                var className = section.Id.Split('.')[^1];
                var declared = new Dictionary<string, CatalogJsonEntry>(StringComparer.Ordinal);
                foreach (var entry in section.Entries)
                {
                    var names = new List<string> { entry.Name };
                    names.AddRange(entry.FormerNames);
                    foreach (var name in names)
                    {
                        if (!PascalCase.IsMatch(name))
                        {
                            problems.Add($"{entry.Describe()}: name '{name}' is not PascalCase");
                        }

                        if (NumberedName.IsMatch(name) || (entry.Code is { } code && name.Contains(Math.Abs(code).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && Math.Abs(code) >= 100))
                        {
                            problems.Add($"{entry.Describe()}: name '{name}' repeats the number instead of saying what the code means");
                        }

                        if (name == className)
                        {
                            problems.Add($"{entry.Describe()}: name '{name}' is the name of its class");
                        }
                    }

                    // The members the entry declares: the name (and former names), or <Name>From/<Name>To for a range.
                    var members = entry.Range is not null ? new[] { entry.Name + "From", entry.Name + "To" } : names.ToArray();
                    foreach (var member in members)
                    {
                        if (declared.TryGetValue(member, out var first))
                        {
                            problems.Add($"{entry.Describe()}: name '{member}' is already used in section {section.Id} by {first.Describe()}");
                        }
                        else
                        {
                            declared[member] = entry;
                        }
                    }
                }
            }
        }

        AssertNoProblems("Names", problems);
    }

    [Fact]
    public void EveryCatalogReferencesTheSchema()
    {
        Assert.All(Catalogs, catalog => Assert.True(catalog.Schema == "./catalog.schema.json", $"{catalog.FileName}: \"$schema\" should be \"./catalog.schema.json\", found {Show(catalog.Schema)}"));
    }

    private static void CompareTexts(string provider, SeedRow row, CatalogJsonEntry entry, List<string> problems)
    {
        var (enFields, koFields) = TextFields[provider];
        CompareLanguage("en", row.English, entry.English, enFields, row, entry, problems);
        CompareLanguage("ko", row.Korean, entry.Korean, koFields, row, entry, problems);
    }

    private static void CompareLanguage(
        string language,
        SeedTexts? seed,
        IReadOnlyDictionary<string, string>? catalog,
        string[] fields,
        SeedRow row,
        CatalogJsonEntry entry,
        List<string> problems)
    {
        if (fields.Length == 0)
        {
            if (catalog is not null)
            {
                problems.Add($"{entry.Describe()}: texts.{language} should be absent (the documents have no {language} text for this provider)");
            }

            return;
        }

        catalog ??= new Dictionary<string, string>();
        foreach (var key in catalog.Keys.Where(k => !fields.Contains(k)))
        {
            problems.Add($"{entry.Describe()}: texts.{language}.{key} has no column in the documents ({row.Describe()})");
        }

        if (seed is null)
        {
            // A translation (Tencent IM's English): every field the mapping gives is there; its wording is not checked here.
            foreach (var key in fields.Where(k => !catalog.ContainsKey(k)))
            {
                problems.Add($"{entry.Describe()}: texts.{language}.{key} is missing (translation of {row.Describe()})");
            }

            return;
        }

        foreach (var key in fields)
        {
            var expected = seed[key];
            catalog.TryGetValue(key, out var actual);
            if (expected is null && actual is null)
            {
                continue;
            }

            if (expected is null || actual is null || Normalize(expected) != Normalize(actual))
            {
                problems.Add($"{entry.Describe()}: texts.{language}.{key} is {Show(actual)}, the document says {Show(expected)} ({row.Describe()})");
            }
        }
    }

    private static string Normalize(string text) => Regex.Replace(text.Trim(), @"\s+", " ");

    private static string Show(object? value) => value switch
    {
        null => "absent",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static CatalogJsonFile CatalogFor(string provider) =>
        Catalogs.SingleOrDefault(c => c.Provider == provider) ?? throw new InvalidOperationException($"No catalog for provider '{provider}' in {RepositoryPaths.CatalogDirectory}.");

    private static void AssertNoProblems(string title, List<string> problems)
    {
        Assert.True(problems.Count == 0, $"{title} ({problems.Count}):\n  " + string.Join("\n  ", problems));
    }
}
