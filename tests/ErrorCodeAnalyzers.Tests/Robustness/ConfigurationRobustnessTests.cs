using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #7, bad configuration: unknown provider names, malformed lists, codes that are not numbers, empty values,
/// stray separators, values in the wrong case, unknown keys, absurd values. Each gives ECA0100 naming the key, the
/// value and what was expected; no analyzer throws; the rules go on with the valid part.
/// </summary>
public sealed class ConfigurationRobustnessTests(ITestOutputHelper output)
{
    private const string Prefix = "error_code_analyzers.";

    /// <summary>Codes of every provider: Link 2002 (and a Link switch with the undocumented 2004), Coinone "105", Tencent 6206, OKX 50011.</summary>
    private const string Source = """
public sealed class Response { public int ErrorCode { get; set; } public string Code { get; set; } = ""; }

public static class Handler
{
    public static bool Link(int errorCode) => errorCode == 2002;

    public static bool Coinone(string errorCode) => errorCode == "131";

    public static bool Tencent(Response response) => response.ErrorCode == 6206;

    public static bool Okx(Response response) => response.Code == "50011";

    public static string Switch(int errorCode)
    {
        switch (errorCode)
        {
            case 2000: return "a";
            case 2001: return "b";
            case 2004: return "typo";
            default: return "other";
        }
    }
}
""";

    /// <summary>(configuration lines, fragments every ECA0100 message of the case must hold together, the values whose ECA0001 must (+) or must not (-) remain).</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, configuration, expected message fragments ('|'-separated; all in one message), ECA0001 expectations
        { "unknown provider", "providers = coinone, binance", "error_code_analyzers.providers|coinone, binance|unknown provider 'binance'|expected", "+\"131\" -2002 -6206" },
        { "only unknown providers", "providers = binance", "error_code_analyzers.providers|binance|unknown provider 'binance'|expected", "+\"131\" +2002 +6206" },
        { "provider in the wrong case", "providers = Coinone", "error_code_analyzers.providers|Coinone|lower-case|use 'coinone'", "+\"131\" -2002" },
        { "stray separator in providers", "providers = coinone,,tencent-im", "error_code_analyzers.providers|coinone,,tencent-im|empty entry|expected", "+\"131\" +6206 -2002" },
        { "leading separator in providers", "providers = , tencent-im", "error_code_analyzers.providers|, tencent-im|empty entry|expected", "+6206 -2002" },
        { "empty providers", "providers =", "error_code_analyzers.providers|empty|expected", "+2002 +6206" },
        { "blank providers", "providers =    ", "error_code_analyzers.providers|empty|expected", "+2002 +6206" },
        { "scope in the wrong case", "mandatory_scope = Provider", "error_code_analyzers.mandatory_scope|Provider|lower-case|use 'provider'", "+2002" },
        { "unknown scope", "mandatory_scope = everything", "error_code_analyzers.mandatory_scope|everything|expected 'section' or 'provider'", "+2002" },
        { "empty scope", "mandatory_scope =", "error_code_analyzers.mandatory_scope|expected 'section' or 'provider'", "+2002" },
        { "success codes not a boolean", "report_success_codes = yes", "error_code_analyzers.report_success_codes|yes|expected true or false", "+2002" },
        { "empty success codes", "report_success_codes =", "error_code_analyzers.report_success_codes|expected true or false", "+2002" },
        // (';' and '#' start a comment in .editorconfig: "6206;6208" reaches the analyzers as "6206", so spaces and bars stand for the wrong separators.)
        { "list separated by spaces", "tencent-im.mandatory = 6206 6208", "error_code_analyzers.tencent-im.mandatory|6206 6208|not an integer|expected a comma-separated list of integers", "+6206" },
        { "list separated by bars", "tencent-im.known_codes = 6206|6208, 1", "error_code_analyzers.tencent-im.known_codes|6208, 1|is not an integer|expected", "+6206" },
        { "code that is not a number", "immutable-link.known_codes = abc, 2004", "error_code_analyzers.immutable-link.known_codes|abc, 2004|'abc' is not an integer|expected", "+2002" },
        { "code too big for an int", "immutable-link.known_codes = 99999999999999999999", "error_code_analyzers.immutable-link.known_codes|99999999999999999999|not an integer|expected", "+2002" },
        { "hexadecimal and signed codes", "immutable-link.known_codes = 0x7D4, +2004", "error_code_analyzers.immutable-link.known_codes|0x7D4, +2004|not an integer|expected", "+2002" },
        { "empty mandatory list", "tencent-im.mandatory =", "error_code_analyzers.tencent-im.mandatory|empty|expected a comma-separated list of integers", "+6206" },
        { "trailing separator in codes", "immutable-link.known_codes = 2004,", "error_code_analyzers.immutable-link.known_codes|2004,|empty entry|expected", "+2002" },
        { "mandatory code not documented", "coinone.mandatory = 99999", "error_code_analyzers.coinone.mandatory|99999|does not document code 99999", "+\"131\"" },
        { "unknown provider in a key", "binance.known_codes = 1", "error_code_analyzers.binance.known_codes|unknown provider 'binance'|expected one of", "+2002" },
        { "unknown setting of a provider", "coinone.mandatroy = 12", "error_code_analyzers.coinone.mandatroy|12|unknown setting 'mandatroy'|expected", "+\"131\"" },
        { "unknown setting", "provider = coinone", "error_code_analyzers.provider|coinone|unknown setting|expected", "+2002" },
        { "absurdly long value", "providers = " + new string('x', 20_000), "error_code_analyzers.providers|unknown provider|expected", "+2002" },
        { "control and unicode characters", "immutable-link.known_codes = 2004\u0001, ２００４, 2004\u200B", "error_code_analyzers.immutable-link.known_codes|not an integer|expected", "+2002" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InvalidValuesAreReportedAndTheValidPartApplies(string name, string configuration, string fragments, string expectations)
    {
        using var harness = new AnalysisHarness(editorConfig: $"root = true\n\n[*.cs]\n{Prefix}{configuration}\n");
        var outcome = await harness.RunAsync(Source);
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures));

        var messages = outcome.Diagnostics.Where(d => d.Id == "ECA0100").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        output.WriteLine($"{name}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", messages));
        var expected = fragments.Split('|');
        Assert.True(messages.Any(m => expected.All(f => m.Contains(f, StringComparison.Ordinal))),
            $"no ECA0100 message holds all of [{string.Join("], [", expected)}]; messages:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", messages));
        Assert.All(outcome.Diagnostics.Where(d => d.Id == "ECA0100"), d => Assert.Equal(Location.None, d.Location));

        foreach (var expectation in expectations.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var literal = expectation[1..];
            var reported = outcome.Diagnostics.Any(d => d.Id == "ECA0001" && d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) == literal);
            Assert.True(reported == (expectation[0] == '+'), $"{name}: ECA0001 on {literal} should {(expectation[0] == '+' ? string.Empty : "not ")}be reported");
        }
    }

    [Fact]
    public async Task KnownCodesTakeTheValidPartOfAList()
    {
        // 2004 is undocumented (ECA0004) next to 2000 and 2001; 'abc' is bad, 2004 is declared known: ECA0100, and no ECA0004.
        using var plain = new AnalysisHarness();
        Assert.Contains((await plain.RunAsync(Source)).Diagnostics, d => d.Id == "ECA0004");

        using var configured = new AnalysisHarness(editorConfig: $"root = true\n[*.cs]\n{Prefix}immutable-link.known_codes = abc, 2004\n");
        var outcome = await configured.RunAsync(Source);
        Assert.Contains(outcome.Diagnostics, d => d.Id == "ECA0100");
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "ECA0004");
    }

    [Fact]
    public async Task TheMSBuildPropertyIsCheckedToo()
    {
        using var harness = new AnalysisHarness(globalConfig: "is_global = true\nbuild_property.ErrorCodeProviders = tencent-im, binance\n");
        var outcome = await harness.RunAsync(Source);
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures));
        var messages = outcome.Diagnostics.Where(d => d.Id == "ECA0100").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        output.WriteLine(string.Join(Environment.NewLine, messages));
        Assert.Contains(messages, m => m.Contains("ErrorCodeProviders", StringComparison.Ordinal) && m.Contains("tencent-im, binance", StringComparison.Ordinal) && m.Contains("unknown provider 'binance'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryKeyWithGarbageNeverMakesAnAnalyzerThrow()
    {
        var keys = new[]
        {
            "providers", "report_success_codes", "mandatory_scope", "coinone.known_codes", "coinone.mandatory", "coinone.not_mandatory",
            "tencent-im.known_codes", "tencent-im.mandatory", "tencent-im.not_mandatory", "okx-web3.mandatory", "immutable-link.not_mandatory", "x", "x.y.z",
        };
        var values = new[] { "", " ", ",", ",,,", ";", "-", "--1", "1,-", "0", "-0", "2147483648", "-2147483649", "1e3", "NaN", "null", "true", "\"6206\"", "6206 6208", "é", "🙂", new string(',', 5_000), string.Join(",", Enumerable.Range(0, 5_000)) };
        var lines = new List<string>();
        var index = 0;
        foreach (var key in keys)
        {
            foreach (var value in values)
            {
                lines.Add($"[f{index++}.cs]\n{Prefix}{key} = {value}");
            }
        }

        // One file per section, so every key and value is read for some tree, all in one compilation.
        using var harness = new AnalysisHarness(new HarnessSettings { MaxDiagnosticsToFix = 0 }, editorConfig: "root = true\n" + string.Join("\n", lines) + "\n");
        var sources = Enumerable.Range(0, index).Select(i => ($"f{i}.cs", Source.Replace("Handler", "Handler" + i).Replace("class Response", "class Response" + i).Replace("(Response ", $"(Response{i} "))).ToList();
        var outcome = await harness.RunAsync(sources);
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures.Take(5)));
        var problems = outcome.Diagnostics.Count(d => d.Id == "ECA0100");
        output.WriteLine($"{index} key/value pairs, {problems} ECA0100, {outcome.Diagnostics.Count(d => d.Id == "ECA0001")} ECA0001");
        Assert.True(problems > keys.Length * 5, $"only {problems} ECA0100 for {index} mostly invalid values");
        Assert.Contains(outcome.Diagnostics, d => d.Id == "ECA0001");
    }
}
