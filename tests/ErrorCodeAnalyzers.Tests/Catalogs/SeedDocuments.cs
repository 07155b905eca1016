using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>Where the repository, its catalogs and the provider seed documents are.</summary>
internal static class RepositoryPaths
{
    public const string SeedsVariable = "ERROR_CODE_SEEDS";

    private static readonly Lazy<string?> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorCodeAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    });

    /// <summary>The folder holding ErrorCodeAnalyzers.sln, found by walking up from the test assembly.</summary>
    public static string Root => LazyRoot.Value
        ?? throw new InvalidOperationException($"No ErrorCodeAnalyzers.sln found in {AppContext.BaseDirectory} or any folder above it.");

    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? RootOrNull => LazyRoot.Value;

    public static string CatalogDirectory => Path.Combine(Root, "catalogs");

    public static string SchemaFile => Path.Combine(CatalogDirectory, "catalog.schema.json");

    public static string TestProjectDirectory => Path.Combine(Root, "tests", "ErrorCodeAnalyzers.Tests");

    /// <summary>The catalog files (every catalogs/*.json but the schema), ordinal order.</summary>
    public static IReadOnlyList<string> CatalogFiles =>
        Directory.GetFiles(CatalogDirectory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The seed documents: $ERROR_CODE_SEEDS if set, otherwise ../shared/seeds next to the repository.
    /// Null when neither can be determined (no variable and no repository root).
    /// </summary>
    public static string? SeedsDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(SeedsVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured);
            }

            return LazyRoot.Value is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds")) : null;
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A test that needs the seed documents. Without them it is skipped on a developer machine and fails in CI
/// (CI=true), where a missing folder must not silently turn the completeness checks off.
/// </summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!SeedDocuments.Available && !RepositoryPaths.IsCi)
        {
            Skip = $"Seed documents not found ({SeedDocuments.Describe()}). Set {RepositoryPaths.SeedsVariable} to the folder holding them; in CI (CI=true) this test fails instead of skipping.";
        }
    }
}

/// <summary>Texts of one language, as the document gives them; a field is null where the cell says nothing.</summary>
public sealed record SeedTexts(string? Scenario, string? Message, string? UserActions, string? DeveloperActions)
{
    public static readonly string[] Keys = { "scenario", "message", "userActions", "developerActions" };

    public string? this[string key] => key switch
    {
        "scenario" => Scenario,
        "message" => Message,
        "userActions" => UserActions,
        "developerActions" => DeveloperActions,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a text key"),
    };
}

public readonly record struct SeedRange(int From, int To)
{
    public override string ToString() => $"{From.ToString(CultureInfo.InvariantCulture)}-{To.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Where a row stands in one document.</summary>
public sealed record SeedSource(string Document, int Line, string Heading, bool StruckThrough)
{
    public override string ToString() => $"{Document}:{Line.ToString(CultureInfo.InvariantCulture)} (under '{Heading}')";
}

/// <summary>
/// One row of a provider's documents: a code, a range or a code-less row (neither), with the section it belongs to
/// and its texts mapped as docs/catalog-format.md says. Immutable X Link has two documents; a row carries both
/// sources (English first) and the texts of each.
/// </summary>
public sealed record SeedRow(
    string SectionId,
    int? Code,
    SeedRange? Range,
    SeedTexts? English,
    SeedTexts? Korean,
    int? HttpStatus,
    IReadOnlyList<SeedSource> Sources)
{
    /// <summary>The section heading of the first (for Link: the English) document.</summary>
    public string Heading => Sources[0].Heading;

    public string Describe()
    {
        var what = Code is { } code ? $"code {code.ToString(CultureInfo.InvariantCulture)}" : Range is { } range ? $"range {range}" : "code-less row";
        return $"{what} at {string.Join(" and ", Sources)}";
    }
}

public sealed record SeedProvider(string Provider, IReadOnlyList<string> Documents, IReadOnlyList<SeedRow> Rows);

/// <summary>A seed document that does not have the shape the parser knows; the message names the file and line.</summary>
public sealed class SeedFormatException : Exception
{
    public SeedFormatException(string document, int line, string message)
        : base($"{document}({line.ToString(CultureInfo.InvariantCulture)}): {message}")
    {
    }

    public SeedFormatException(string message) : base(message)
    {
    }
}

/// <summary>
/// Reads the provider documents in the seeds folder (see its README.md) into rows, independently of the catalog
/// generator: the tests compare what this parser finds with what the catalogs say.
/// Cell rules (docs/catalog-format.md): text is trimmed, strike-through marks (~~) are removed, and an empty cell,
/// "-" or "N/A" means the document says nothing (the field is absent).
/// </summary>
public static class SeedDocuments
{
    public const string LinkEnglish = "immutable-link-errors.en.md";
    public const string LinkKorean = "immutable-link-errors.ko.md";
    public const string Coinone = "coinone-api-errors.ko.txt";
    public const string Okx = "okx-web3-api-errors.txt";
    public const string Tencent = "tencent-im-errors.ko.md";

    public static readonly IReadOnlyDictionary<string, string> LinkEnglishSections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["General Errors"] = "General",
        ["Deposits"] = "Deposits",
        ["Complete Withdrawal"] = "CompleteWithdrawal",
        ["Buy"] = "Buy",
        ["Sell"] = "Sell",
        ["Transfer"] = "Transfer",
        ["History"] = "History",
        ["Cancel"] = "Cancel",
        ["Fiat to Crypto"] = "FiatToCrypto",
        ["Crypto to Fiat"] = "CryptoToFiat",
        ["NFT Checkout Primary"] = "NftCheckoutPrimary",
        ["Offers"] = "Offers",
    };

    public static readonly IReadOnlyDictionary<string, string> LinkKoreanSections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["일반 오류"] = "General",
        ["입금"] = "Deposits",
        ["완전 인출"] = "CompleteWithdrawal",
        ["매수"] = "Buy",
        ["매도"] = "Sell",
        ["전송"] = "Transfer",
        ["히스토리"] = "History",
        ["취소"] = "Cancel",
        ["Onramp"] = "FiatToCrypto",
        ["Offramp"] = "CryptoToFiat",
        ["NFT Checkout Primary"] = "NftCheckoutPrimary",
        ["Offers"] = "Offers",
    };

    public static readonly IReadOnlyDictionary<string, string> CoinoneSections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["주요 오류 코드는 다음과 같습니다."] = "General",
    };

    public static readonly IReadOnlyDictionary<string, string> OkxSections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["General"] = "General",
        ["Authentication"] = "Authentication",
        ["Business"] = "Business",
    };

    /// <summary>Tencent IM: (part number, heading) to section id. Part (3) has no sub-headings: its own heading is the section.</summary>
    public static readonly IReadOnlyDictionary<(int Part, string Heading), string> TencentSections = new Dictionary<(int, string), string>
    {
        [(1, "일반 오류 코드")] = "Sdk.General",
        [(1, "계정 오류 코드")] = "Sdk.Account",
        [(1, "메시지 오류 코드")] = "Sdk.Message",
        [(1, "그룹 오류 코드")] = "Sdk.Group",
        [(1, "관계망 오류 코드")] = "Sdk.Relationship",
        [(1, "네트워크 오류 코드")] = "Sdk.Network",
        [(2, "SSO 액세스 레이어 오류 코드")] = "Server.SsoAccessLayer",
        [(2, "리소스 파일 오류 코드")] = "Server.ResourceFile",
        [(2, "백엔드 일반 오류 코드")] = "Server.BackendGeneral",
        [(2, "계정 오류 코드")] = "Server.Account",
        [(2, "프로필 정보 오류 코드")] = "Server.Profile",
        [(2, "관계망 오류 코드")] = "Server.Relationship",
        [(2, "최근 대화 상대 오류 코드")] = "Server.RecentContacts",
        [(2, "메시지 오류 코드")] = "Server.Message",
        [(2, "그룹 오류 코드")] = "Server.Group",
        [(2, "운영 데이터 오류 코드")] = "Server.OperationsData",
        [(3, "(3)IM SDK V3 버전 오류 코드")] = "SdkV3",
    };

    private static readonly Lazy<IReadOnlyList<SeedProvider>> LazyProviders = new(() => Parse(RequireDirectory()));

    public static bool Available => RepositoryPaths.SeedsDirectory is { } directory && Directory.Exists(directory);

    public static string Describe() => RepositoryPaths.SeedsDirectory is { } directory
        ? $"looked in '{directory}'"
        : $"{RepositoryPaths.SeedsVariable} is not set and no repository root (ErrorCodeAnalyzers.sln) was found above {AppContext.BaseDirectory}";

    /// <summary>Every provider's rows, parsed once per test run.</summary>
    public static IReadOnlyList<SeedProvider> Providers => LazyProviders.Value;

    public static SeedProvider For(string provider) =>
        Providers.SingleOrDefault(p => p.Provider == provider) ?? throw new ArgumentException($"no seed documents for provider '{provider}'", nameof(provider));

    public static IReadOnlyList<SeedProvider> Parse(string directory)
    {
        string Read(string file)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new SeedFormatException($"Seed document '{file}' is missing from '{directory}'.");
            }

            return File.ReadAllText(path);
        }

        return new[]
        {
            new SeedProvider("immutable-link", new[] { LinkEnglish, LinkKorean }, ParseLink(Read(LinkEnglish), Read(LinkKorean))),
            new SeedProvider("coinone", new[] { Coinone }, ParseCoinone(Read(Coinone))),
            new SeedProvider("okx-web3", new[] { Okx }, ParseOkx(Read(Okx))),
            new SeedProvider("tencent-im", new[] { Tencent }, ParseTencent(Read(Tencent))),
        };
    }

    private static string RequireDirectory()
    {
        if (!Available)
        {
            throw new SeedFormatException(
                $"The seed documents were not found ({Describe()}). They are the source of truth the catalogs are checked against; " +
                $"set {RepositoryPaths.SeedsVariable} to the folder holding them. CI (CI=true) requires them.");
        }

        return RepositoryPaths.SeedsDirectory!;
    }

    /// <summary>Cell text as the catalogs keep it: trimmed, without ~~; null for an empty cell, "-" or "N/A".</summary>
    public static string? Cell(string raw)
    {
        var text = raw.Replace("~~", string.Empty, StringComparison.Ordinal).Trim();
        return text.Length == 0 || text == "-" || text.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    // ---------------------------------------------------------------- Immutable X Link (two Markdown documents)

    public static IReadOnlyList<SeedRow> ParseLink(string english, string korean)
    {
        var englishRows = ParseLinkDocument(LinkEnglish, english, LinkEnglishSections);
        var koreanRows = ParseLinkDocument(LinkKorean, korean, LinkKoreanSections);
        var problems = new List<string>();

        // Code rows pair up by code; code-less rows by their position among the code-less rows of their section.
        static string Key(LinkRow row, IReadOnlyList<LinkRow> all) => row.Code is { } code
            ? "code " + code.ToString(CultureInfo.InvariantCulture)
            : $"code-less #{all.Where(r => r.Code is null && r.SectionId == row.SectionId).ToList().IndexOf(row)} in {row.SectionId}";

        var koreanByKey = new Dictionary<string, LinkRow>(StringComparer.Ordinal);
        foreach (var row in koreanRows)
        {
            if (!koreanByKey.TryAdd(Key(row, koreanRows), row))
            {
                problems.Add($"{LinkKorean}:{row.Source.Line}: {Key(row, koreanRows)} appears twice");
            }
        }

        var merged = new List<SeedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in englishRows)
        {
            var key = Key(row, englishRows);
            if (!seen.Add(key))
            {
                problems.Add($"{LinkEnglish}:{row.Source.Line}: {key} appears twice");
            }

            if (!koreanByKey.TryGetValue(key, out var other))
            {
                problems.Add($"{LinkEnglish}:{row.Source.Line}: {key} has no row in {LinkKorean}");
                merged.Add(new SeedRow(row.SectionId, row.Code, null, row.Texts, null, null, new[] { row.Source }));
                continue;
            }

            if (other.SectionId != row.SectionId)
            {
                problems.Add($"{key} is in section {row.SectionId} at {row.Source} but in {other.SectionId} at {other.Source}");
            }

            merged.Add(new SeedRow(row.SectionId, row.Code, null, row.Texts, other.Texts, null, new[] { row.Source, other.Source }));
        }

        foreach (var (key, row) in koreanByKey)
        {
            if (!seen.Contains(key))
            {
                problems.Add($"{LinkKorean}:{row.Source.Line}: {key} has no row in {LinkEnglish}");
            }
        }

        if (problems.Count > 0)
        {
            throw new SeedFormatException("The two Immutable X Link documents do not list the same rows:\n" + string.Join("\n", problems));
        }

        return merged;
    }

    private sealed record LinkRow(string SectionId, int? Code, SeedTexts Texts, SeedSource Source);

    private static List<LinkRow> ParseLinkDocument(string document, string content, IReadOnlyDictionary<string, string> sections)
    {
        var rows = new List<LinkRow>();
        foreach (var table in MarkdownTables(document, content))
        {
            if (table.Headings.Count == 0)
            {
                throw new SeedFormatException(document, table.HeaderLine, "a table without a section heading");
            }

            var heading = table.Headings[^1];
            if (!sections.TryGetValue(heading.Text, out var sectionId))
            {
                throw new SeedFormatException(document, heading.Line, $"unknown section heading '{heading.Text}' (add it to the section map in SeedDocuments)");
            }

            foreach (var (line, cells) in table.Rows)
            {
                if (cells.Count != 5)
                {
                    throw new SeedFormatException(document, line, $"expected 5 cells (code, scenario, message, user actions, developer actions), found {cells.Count}");
                }

                var (code, range, struck) = CodeCell(document, line, cells[0]);
                if (range is not null)
                {
                    throw new SeedFormatException(document, line, "Link documents have no ranges");
                }

                var texts = new SeedTexts(Cell(cells[1]), Cell(cells[2]), Cell(cells[3]), Cell(cells[4]));
                rows.Add(new LinkRow(sectionId, code, texts, new SeedSource(document, line, heading.Text, struck)));
            }
        }

        return rows;
    }

    // ---------------------------------------------------------------- Coinone ("code | message | description |" lines)

    private static readonly Regex CoinoneHeader = new(@"^Code\s*\|\s*Return Message\s*\|\s*Description\s*\|$", RegexOptions.CultureInvariant);
    private static readonly Regex CoinoneSeparator = new(@"^-{3,}\|-{3,}\|-{3,}\|$", RegexOptions.CultureInvariant);
    private static readonly Regex CoinoneRow = new(@"^-?[0-9]+\s*\|", RegexOptions.CultureInvariant);

    public static IReadOnlyList<SeedRow> ParseCoinone(string content)
    {
        var lines = Lines(content);
        var rows = new List<SeedRow>();
        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CoinoneHeader.IsMatch(lines[i].Trim()))
            {
                if (CoinoneRow.IsMatch(lines[i].Trim()))
                {
                    throw new SeedFormatException(Coinone, i + 1, "a code row outside a table");
                }

                continue;
            }

            tables++;
            var headingIndex = i - 1;
            while (headingIndex >= 0 && lines[headingIndex].Trim().Length == 0)
            {
                headingIndex--;
            }

            var heading = headingIndex >= 0 ? lines[headingIndex].Trim() : string.Empty;
            if (!CoinoneSections.TryGetValue(heading, out var sectionId))
            {
                throw new SeedFormatException(Coinone, headingIndex + 1, $"unknown section heading '{heading}' (add it to the section map in SeedDocuments)");
            }

            if (i + 1 >= lines.Length || !CoinoneSeparator.IsMatch(lines[i + 1].Trim()))
            {
                throw new SeedFormatException(Coinone, i + 2, "expected the table separator ---|---|---| after the header");
            }

            for (i += 2; i < lines.Length && CoinoneRow.IsMatch(lines[i].Trim()); i++)
            {
                var cells = lines[i].Trim().Split('|');
                if (cells.Length != 4 || cells[3].Trim().Length != 0)
                {
                    throw new SeedFormatException(Coinone, i + 1, $"expected 'code | message | description |', found {cells.Length} cells");
                }

                var code = ParseInt(Coinone, i + 1, cells[0].Trim());
                rows.Add(new SeedRow(
                    sectionId,
                    code,
                    null,
                    Texts(message: Cell(cells[1])),
                    Texts(scenario: Cell(cells[2])),
                    null,
                    new[] { new SeedSource(Coinone, i + 1, heading, false) }));
            }

            i--; // the for loop's i++ moves to the first line after the table
        }

        if (tables == 0)
        {
            throw new SeedFormatException(Coinone, 1, "no 'Code | Return Message | Description |' table found");
        }

        return rows;
    }

    // ---------------------------------------------------------------- OKX (scraped text: "message" + status + code)

    private const string OkxHeader = "Error MessageHTTP Status CodeError Code";

    /// <summary>
    /// A row is the message, the 3-digit HTTP status and the code run together: the message is everything up to its
    /// last non-digit, then three digits of status, then the code ("Succeeded.2000" = HTTP 200, code 0).
    /// </summary>
    private static readonly Regex OkxRow = new(@"^(?<message>.*[^0-9])(?<status>[1-5][0-9]{2})(?<code>[0-9]+)$", RegexOptions.CultureInvariant);

    public static (string Message, int HttpStatus, int Code) SplitOkxRow(string document, int line, string text)
    {
        var match = OkxRow.Match(text.Trim());
        if (!match.Success)
        {
            throw new SeedFormatException(document, line, $"expected 'message' + HTTP status + code, found '{text}'");
        }

        return (match.Groups["message"].Value.Trim(), ParseInt(document, line, match.Groups["status"].Value), ParseInt(document, line, match.Groups["code"].Value));
    }

    public static IReadOnlyList<SeedRow> ParseOkx(string content)
    {
        var lines = Lines(content);
        var rows = new List<SeedRow>();
        (string Text, int Line)? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.EndsWith('#'))
            {
                heading = (text.TrimEnd('#').Trim(), i + 1);
                continue;
            }

            if (text != OkxHeader)
            {
                continue;
            }

            if (heading is not { } current)
            {
                throw new SeedFormatException(Okx, i + 1, "a table without a section heading");
            }

            if (!OkxSections.TryGetValue(current.Text, out var sectionId))
            {
                throw new SeedFormatException(Okx, current.Line, $"unknown section heading '{current.Text}' (add it to the section map in SeedDocuments)");
            }

            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var (message, status, code) = SplitOkxRow(Okx, i + 1, lines[i]);
                rows.Add(new SeedRow(
                    sectionId,
                    code,
                    null,
                    Texts(message: Cell(message)),
                    null,
                    status,
                    new[] { new SeedSource(Okx, i + 1, current.Text, false) }));
            }
        }

        if (rows.Count == 0)
        {
            throw new SeedFormatException(Okx, 1, $"no '{OkxHeader}' table found");
        }

        return rows;
    }

    // ---------------------------------------------------------------- Tencent IM (Korean Markdown, three parts)

    private static readonly Regex TencentPart = new(@"^\((?<part>[0-9]+)\)", RegexOptions.CultureInvariant);

    public static IReadOnlyList<SeedRow> ParseTencent(string content)
    {
        var rows = new List<SeedRow>();
        foreach (var table in MarkdownTables(Tencent, content))
        {
            // The part is the last level-2 heading "(n) ..."; the section is the last level-3 heading after it, or the part itself.
            var partHeading = table.Headings.LastOrDefault(h => h.Level == 2);
            if (partHeading is null || TencentPart.Match(partHeading.Text) is not { Success: true } partMatch)
            {
                throw new SeedFormatException(Tencent, table.HeaderLine, "a table outside the numbered parts '## (n) ...'");
            }

            var part = ParseInt(Tencent, partHeading.Line, partMatch.Groups["part"].Value);
            var heading = table.Headings.LastOrDefault(h => h.Level == 3 && h.Line > partHeading.Line) ?? partHeading;
            if (!TencentSections.TryGetValue((part, heading.Text), out var sectionId))
            {
                throw new SeedFormatException(Tencent, heading.Line, $"unknown section heading '{heading.Text}' in part ({part}) (add it to the section map in SeedDocuments)");
            }

            foreach (var (line, cells) in table.Rows)
            {
                if (cells.Count != 2)
                {
                    throw new SeedFormatException(Tencent, line, $"expected 2 cells (code, description), found {cells.Count}");
                }

                var (code, range, struck) = CodeCell(Tencent, line, cells[0]);
                if (code is null && range is null)
                {
                    throw new SeedFormatException(Tencent, line, "Tencent IM rows always have a code or a range");
                }

                rows.Add(new SeedRow(
                    sectionId,
                    code,
                    range,
                    null,
                    Texts(scenario: Cell(cells[1])),
                    null,
                    new[] { new SeedSource(Tencent, line, heading.Text, struck) }));
            }
        }

        return rows;
    }

    // ---------------------------------------------------------------- Markdown helpers

    private sealed record Heading(int Level, string Text, int Line);

    private sealed record MarkdownTable(IReadOnlyList<Heading> Headings, int HeaderLine, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows);

    private static readonly Regex HeadingLine = new(@"^(?<hashes>#{1,6})\s+(?<text>.*?)\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex SeparatorCell = new(@"^\s*:?-{3,}:?\s*$", RegexOptions.CultureInvariant);

    /// <summary>Pipe tables with the headings above them. A row's leading and trailing pipes are optional (one Tencent row lacks the trailing one).</summary>
    private static List<MarkdownTable> MarkdownTables(string document, string content)
    {
        var lines = Lines(content);
        var headings = new List<Heading>();
        var tables = new List<MarkdownTable>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (HeadingLine.Match(text) is { Success: true } heading)
            {
                headings.Add(new Heading(heading.Groups["hashes"].Length, heading.Groups["text"].Value, i + 1));
                continue;
            }

            if (!text.StartsWith('|'))
            {
                continue;
            }

            var headerLine = i + 1;
            var width = SplitRow(text).Count;
            if (i + 1 >= lines.Length || SplitRow(lines[i + 1].Trim()) is not { } separator || separator.Count != width || !separator.All(c => SeparatorCell.IsMatch(c)))
            {
                throw new SeedFormatException(document, i + 2, "expected a table separator row (| --- | --- |) after the header row");
            }

            var rows = new List<(int, IReadOnlyList<string>)>();
            for (i += 2; i < lines.Length && lines[i].Trim().StartsWith('|'); i++)
            {
                rows.Add((i + 1, SplitRow(lines[i].Trim())));
            }

            i--;
            tables.Add(new MarkdownTable(headings.ToList(), headerLine, rows));
        }

        return tables;
    }

    private static IReadOnlyList<string> SplitRow(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('|'))
        {
            text = text.Substring(1);
        }

        if (text.EndsWith('|'))
        {
            text = text.Substring(0, text.Length - 1);
        }

        return text.Split('|');
    }

    private static readonly Regex Emoji = new(@":[a-z0-9_+-]+:", RegexOptions.CultureInvariant);
    private static readonly Regex SmallTag = new(@"<small>.*?</small>", RegexOptions.CultureInvariant);
    private static readonly Regex SingleCode = new(@"^-?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex RangeCode = new(@"^(?<from>-?[0-9]+)\s*-\s*(?<to>-?[0-9]+)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A code cell: a number, a range "from - to", or "-" (no code). Link's obsolete row reads
    /// ":no_entry: ~~1005~~ &lt;small&gt;&lt;br/&gt;`Obsolete`&lt;/small&gt;": struck through and marked Obsolete.
    /// </summary>
    private static (int? Code, SeedRange? Range, bool StruckThrough) CodeCell(string document, int line, string raw)
    {
        var marked = raw.Contains("`Obsolete`", StringComparison.Ordinal);
        var text = SmallTag.Replace(Emoji.Replace(raw, string.Empty), string.Empty);
        var struck = text.Contains("~~", StringComparison.Ordinal);
        text = text.Replace("~~", string.Empty, StringComparison.Ordinal).Trim();
        if (text == "-")
        {
            return (null, null, struck || marked);
        }

        if (SingleCode.IsMatch(text))
        {
            return (ParseInt(document, line, text), null, struck || marked);
        }

        if (RangeCode.Match(text) is { Success: true } range)
        {
            return (null, new SeedRange(ParseInt(document, line, range.Groups["from"].Value), ParseInt(document, line, range.Groups["to"].Value)), struck || marked);
        }

        throw new SeedFormatException(document, line, $"unrecognised code cell '{raw.Trim()}'");
    }

    // ---------------------------------------------------------------- small helpers

    private static string[] Lines(string content) => content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static int ParseInt(string document, int line, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SeedFormatException(document, line, $"'{text}' is not a 32-bit integer");

    private static SeedTexts Texts(string? scenario = null, string? message = null) => new(scenario, message, null, null);
}

/// <summary>
/// The catalogs as plain JSON (System.Text.Json), read without the generator so the tests check the files themselves.
/// </summary>
internal static class CatalogJson
{
    public static IReadOnlyList<CatalogJsonFile> LoadAll() => RepositoryPaths.CatalogFiles.Select(Load).ToList();

    public static CatalogJsonFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var sections = new List<CatalogJsonSection>();
        var sectionIndex = 0;
        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            var id = section.GetProperty("id").GetString()!;
            var entries = new List<CatalogJsonEntry>();
            var entryIndex = 0;
            foreach (var entry in section.GetProperty("entries").EnumerateArray())
            {
                entries.Add(new CatalogJsonEntry(
                    Path.GetFileName(path),
                    $"sections[{sectionIndex}].entries[{entryIndex}]",
                    id,
                    entry.TryGetProperty("code", out var code) ? code.GetInt32() : null,
                    entry.TryGetProperty("range", out var range) ? new SeedRange(range.GetProperty("from").GetInt32(), range.GetProperty("to").GetInt32()) : null,
                    entry.GetProperty("name").GetString()!,
                    ReadTexts(entry, "en"),
                    ReadTexts(entry, "ko"),
                    entry.TryGetProperty("httpStatus", out var status) ? status.GetInt32() : null,
                    entry.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True,
                    Reason(entry, "obsolete"),
                    Reason(entry, "mandatory"),
                    entry.TryGetProperty("formerNames", out var former) ? former.EnumerateArray().Select(f => f.GetString()!).ToList() : new List<string>()));
                entryIndex++;
            }

            sections.Add(new CatalogJsonSection(id, section.GetProperty("title").GetProperty("en").GetString()!, entries));
            sectionIndex++;
        }

        return new CatalogJsonFile(
            path,
            root.TryGetProperty("$schema", out var schema) ? schema.GetString() : null,
            root.GetProperty("provider").GetString()!,
            root.GetProperty("className").GetString()!,
            sections);
    }

    private static IReadOnlyDictionary<string, string>? ReadTexts(JsonElement entry, string language)
    {
        if (!entry.TryGetProperty("texts", out var texts) || !texts.TryGetProperty(language, out var values))
        {
            return null;
        }

        return values.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static string? Reason(JsonElement entry, string key) =>
        entry.TryGetProperty(key, out var value) && value.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
}

internal sealed record CatalogJsonFile(string Path, string? Schema, string Provider, string ClassName, IReadOnlyList<CatalogJsonSection> Sections)
{
    public IEnumerable<CatalogJsonEntry> Entries => Sections.SelectMany(s => s.Entries);

    public string FileName => System.IO.Path.GetFileName(Path);
}

internal sealed record CatalogJsonSection(string Id, string TitleEn, IReadOnlyList<CatalogJsonEntry> Entries);

internal sealed record CatalogJsonEntry(
    string File,
    string Location,
    string SectionId,
    int? Code,
    SeedRange? Range,
    string Name,
    IReadOnlyDictionary<string, string>? English,
    IReadOnlyDictionary<string, string>? Korean,
    int? HttpStatus,
    bool Success,
    string? ObsoleteReason,
    string? MandatoryReason,
    IReadOnlyList<string> FormerNames)
{
    public string Describe()
    {
        var what = Code is { } code ? $"code {code.ToString(CultureInfo.InvariantCulture)}" : Range is { } range ? $"range {range}" : "code-less row";
        return $"{File} {Location} ({what}, '{Name}') in {SectionId}";
    }
}
