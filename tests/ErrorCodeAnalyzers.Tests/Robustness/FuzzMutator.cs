using System.Globalization;
using System.Text;
using ErrorCodeAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>One generated variant: its seed number (enough to regenerate it), its source, and what was done to it.</summary>
public sealed record FuzzVariant(int Seed, FuzzSeed Origin, int ConfigurationIndex, string Text, IReadOnlyList<string> Mutations)
{
    public string Describe() =>
        $"seed {Seed} (replay: ECA_FUZZ_SEED={Seed}), from {Origin.Origin}, configuration #{ConfigurationIndex}, mutations: {string.Join("; ", Mutations)}";
}

/// <summary>
/// Makes the incomplete and broken code an editor sees while someone types: tokens deleted, duplicated or swapped,
/// files cut, stray braces and quotes, keywords and operators dropped in, literals swapped for other (documented or
/// extreme) codes. Everything follows from one integer seed, so a variant is replayed from its seed alone.
/// </summary>
public static class FuzzMutator
{
    private static readonly string[] StrayText =
    {
        "{", "}", "(", ")", "[", "]", "\"", "'", ";", ",", ":", "/*", "*/", "//", "\n", "@\"", "$\"", "\"\"\"", "$$\"\"\"", "u8", "\\",
        "#if X\n", "\n#endif\n", "#region\n", "\n#else\n", "#pragma warning disable\n", "#nullable enable\n", "?", "!", "-", "~", "..", "=>", "::", "?.", "??", "@",
    };

    private static readonly string[] InsertedTokens =
    {
        "case ", "when ", " or ", " and ", "not ", " is ", "switch ", "default:", "default", "else ", "if (", " == ", " != ", " < ", " >= ", "return ",
        "null", "var ", "new ", "new() ", "_", "throw ", "checked(", "unchecked(", "nameof(", "typeof(", "await ", "static ", "const int x = ",
        "ProviderErrorCodes.", "TencentIm.", "ProviderErrorCodes.TencentIm.Sdk.Account.", "Coinone.General.", "global::", "errorCode", "ErrorCode", "code ",
        " { ErrorCode: ", "[2002, ..]", "(int)", "(long)", "-", "ref ", "out ", "in ", "params ", "this ", "base.", "goto case ", "yield return ", "=> ",
        "?.ErrorCode", ".Equals(", "Assert.Equal(", ".Should().Be(", "int.Parse(", "$\"{", "}\"", "\"\"\"", "u8", "unsafe ", "stackalloc int[] {", "dynamic ",
    };

    private static readonly string[] ExtremeLiterals =
    {
        "0", "-0", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "9223372036854775807", "9223372036854775808",
        "18446744073709551615", "99999999999999999999999", "0x7D2", "0b11111010010", "2_002", "2002L", "2002u", "2002UL", "2002.0", "2e3", "2002m",
        "'2'", "\"\"", "\"-\"", "\"0105\"", "\" 105\"", "\"105 \"", "\"-10001\"", "\"2147483648\"", "\"99999999999999\"", "\"\\u0031\\u0030\\u0035\"",
        "@\"105\"", "$\"105\"", "\"\"\"105\"\"\"", "\"105\"u8", "null", "default", "-(-10001)", "(-10001)", "+2002", "~2002", "(int)(long)-10001",
    };

    private static readonly Lazy<string[]> LazyCodes = new(() =>
        ErrorCodeCatalog.Instance.Providers.SelectMany(p => p.Codes).Select(c => c.Code).Distinct().OrderBy(c => c).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray());

    /// <summary>The variant of seed number <paramref name="seed"/>: same number, same variant (for a given corpus).</summary>
    public static FuzzVariant Generate(int seed, IReadOnlyList<FuzzSeed> seeds, int configurationCount)
    {
        var random = new Random(seed);
        var origin = PickSeed(random, seeds);
        var configuration = random.Next(4) == 0 ? 1 + random.Next(Math.Max(1, configurationCount - 1)) : 0;
        var text = origin.Text;
        var mutations = new List<string>();
        var count = random.Next(10) switch
        {
            < 4 => 1,
            < 7 => 2,
            < 9 => 3,
            _ => 4 + random.Next(5),
        };
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text, random, mutations);
        }

        return new FuzzVariant(seed, origin, configuration, text, mutations);
    }

    /// <summary>
    /// Code-dense sources first: 45% the built-in snippets and unusual constructs, 25% the corpus and samples,
    /// 30% the snippets embedded in the tests (many of which are deliberately code-free).
    /// </summary>
    private static FuzzSeed PickSeed(Random random, IReadOnlyList<FuzzSeed> seeds)
    {
        var roll = random.Next(100);
        var prefixes = roll < 45 ? new[] { "snippet:", "construct:" } : roll < 70 ? new[] { "corpus:", "sample:" } : new[] { "test:" };
        var candidates = seeds.Where(s => prefixes.Any(p => s.Origin.StartsWith(p, StringComparison.Ordinal))).ToList();
        return candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : seeds[random.Next(seeds.Count)];
    }

    private static string MutateOnce(string text, Random random, List<string> log)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            var stray = Pick(random, StrayText);
            log.Add($"insert {Show(stray)} into an empty text");
            return stray;
        }

        var index = random.Next(tokens.Count);
        var token = tokens[index];
        switch (random.Next(100))
        {
            case < 14:
                log.Add($"delete token {index} {Show(token.Text)}");
                return Replace(text, token.Span, string.Empty);
            case < 22:
                log.Add($"duplicate token {index} {Show(token.Text)}");
                return Replace(text, new TextSpan(token.Span.End, 0), " " + token.Text);
            case < 30 when index + 1 < tokens.Count:
            {
                var next = tokens[index + 1];
                log.Add($"swap tokens {index} {Show(token.Text)} and {index + 1} {Show(next.Text)}");
                return Swap(text, token.Span, next.Span);
            }

            case < 34:
            {
                var other = tokens[random.Next(tokens.Count)];
                if (other.Span == token.Span)
                {
                    goto default;
                }

                log.Add($"swap distant tokens {Show(token.Text)} and {Show(other.Text)}");
                return token.Span.Start < other.Span.Start ? Swap(text, token.Span, other.Span) : Swap(text, other.Span, token.Span);
            }

            case < 42:
            {
                var at = random.Next(text.Length + 1);
                log.Add($"cut the file at {at} of {text.Length}");
                return text.Substring(0, at);
            }

            case < 46:
            {
                var start = random.Next(text.Length + 1);
                var length = Math.Min(text.Length - start, 1 + random.Next(120));
                log.Add($"delete characters {start}..{start + length}");
                return text.Remove(start, length);
            }

            case < 58:
            {
                var stray = Pick(random, StrayText);
                var at = random.Next(2) == 0 ? token.Span.Start : random.Next(text.Length + 1);
                log.Add($"insert {Show(stray)} at {at}");
                return text.Insert(at, stray);
            }

            case < 68:
            {
                var inserted = Pick(random, InsertedTokens);
                var at = random.Next(3) == 0 ? token.Span.End : token.Span.Start;
                log.Add($"insert {Show(inserted)} at {at}");
                return text.Insert(at, inserted);
            }

            case < 84:
            {
                var literals = tokens.Where(t => t.Kind is SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken).ToList();
                var literal = literals.Count > 0 ? literals[random.Next(literals.Count)] : token;
                var replacement = NewLiteral(random, literal.Kind == SyntaxKind.StringLiteralToken);
                log.Add($"replace {Show(literal.Text)} with {Show(replacement)}");
                return Replace(text, literal.Span, replacement);
            }

            case < 90:
            {
                var lines = text.Split('\n');
                var from = random.Next(lines.Length);
                var length = 1 + random.Next(Math.Min(8, lines.Length - from));
                var to = random.Next(lines.Length + 1);
                var copied = lines.Skip(from).Take(length).ToList();
                var result = lines.Take(to).Concat(copied).Concat(lines.Skip(to));
                log.Add($"copy lines {from}..{from + length} to line {to}");
                return string.Join("\n", result);
            }

            case < 95:
            {
                var identifiers = tokens.Where(t => t.Kind == SyntaxKind.IdentifierToken).ToList();
                if (identifiers.Count < 2)
                {
                    goto default;
                }

                var target = identifiers[random.Next(identifiers.Count)];
                var name = identifiers[random.Next(identifiers.Count)].Text;
                log.Add($"rename {Show(target.Text)} at {target.Span.Start} to {Show(name)}");
                return Replace(text, target.Span, name);
            }

            default:
            {
                // A line duplicated in place or deleted: half-written statements.
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                if (random.Next(2) == 0)
                {
                    log.Add($"delete line {line}");
                    lines.RemoveAt(line);
                }
                else
                {
                    log.Add($"duplicate line {line}");
                    lines.Insert(line, lines[line]);
                }

                return string.Join("\n", lines);
            }
        }
    }

    private static string NewLiteral(Random random, bool isString)
    {
        var codes = LazyCodes.Value;
        switch (random.Next(10))
        {
            case < 6:
                var code = codes[random.Next(codes.Length)];
                return isString ? "\"" + code + "\"" : code;
            case < 7:
                return (random.Next(2) == 0 ? "-" : string.Empty) + random.Next(100_000).ToString(CultureInfo.InvariantCulture);
            default:
                return Pick(random, ExtremeLiterals);
        }
    }

    private static List<(SyntaxKind Kind, TextSpan Span, string Text)> Tokens(string text)
    {
        var result = new List<(SyntaxKind, TextSpan, string)>();
        foreach (var token in SyntaxFactory.ParseTokens(text, options: new CSharpParseOptions(LanguageVersion.Preview)))
        {
            if (!token.IsKind(SyntaxKind.EndOfFileToken) && token.Span.Length > 0)
            {
                result.Add((token.Kind(), token.Span, token.Text));
            }
        }

        return result;
    }

    private static string Replace(string text, TextSpan span, string replacement) =>
        string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End));

    private static string Swap(string text, TextSpan first, TextSpan second)
    {
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first.Start);
        builder.Append(text, second.Start, second.Length);
        builder.Append(text, first.End, second.Start - first.End);
        builder.Append(text, first.Start, first.Length);
        builder.Append(text, second.End, text.Length - second.End);
        return builder.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Show(string text) => "'" + (text.Length > 40 ? text.Substring(0, 40) + "..." : text).Replace("\n", "\\n") + "'";
}
