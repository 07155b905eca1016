using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>A span marked in test markup; <see cref="Id"/> is null for <c>[|...|]</c> (the default id).</summary>
public readonly record struct MarkupSpan(string? Id, TextSpan Span);

/// <summary>
/// Parses test markup: <c>[|text|]</c> marks a diagnostic with the default id, <c>{|ID:text|}</c> one with an
/// explicit id (ID = letters then digits, e.g. ECA0002). Markup may nest. Spans are positions in the text with all
/// markup removed.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<MarkupSpan> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);

        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkupSpan>();
        // Open markers: id (null = "[|"), start position in the output, position in the markup (for messages).
        var open = new Stack<(string? Id, int Start, int MarkupPosition)>();

        var i = 0;
        while (i < markup.Length)
        {
            if (StartsWith(markup, i, "[|"))
            {
                open.Push((null, text.Length, i));
                i += 2;
                continue;
            }

            if (StartsWith(markup, i, "{|") && TryReadId(markup, i + 2, out var id, out var afterColon))
            {
                open.Push((id, text.Length, i));
                i = afterColon;
                continue;
            }

            if (StartsWith(markup, i, "|]"))
            {
                if (open.Count == 0 || open.Peek().Id is not null)
                {
                    throw new VerificationFailedException(
                        $"Malformed markup: '|]' at {Describe(markup, i)} does not close a '[|'" +
                        (open.Count > 0 ? $" (the innermost open marker is '{{|{open.Peek().Id}:' at {Describe(markup, open.Peek().MarkupPosition)})." : "."));
                }

                var (_, start, _) = open.Pop();
                spans.Add(new MarkupSpan(null, TextSpan.FromBounds(start, text.Length)));
                i += 2;
                continue;
            }

            // '|}' can be ordinary C# (e.g. "a |} " is unlikely but "{|" inside strings is possible), so it only
            // closes markup when the innermost open marker is an explicit-id one.
            if (StartsWith(markup, i, "|}") && open.Count > 0 && open.Peek().Id is not null)
            {
                var (openId, start, _) = open.Pop();
                spans.Add(new MarkupSpan(openId, TextSpan.FromBounds(start, text.Length)));
                i += 2;
                continue;
            }

            text.Append(markup[i]);
            i++;
        }

        if (open.Count > 0)
        {
            var (openId, _, position) = open.Peek();
            throw new VerificationFailedException(
                $"Malformed markup: '{(openId is null ? "[|" : "{|" + openId + ":")}' at {Describe(markup, position)} is never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (text.ToString(), spans);
    }

    /// <summary>The text with markup removed.</summary>
    public static string Strip(string markup) => Parse(markup).Text;

    private static bool StartsWith(string s, int index, string value) =>
        index + value.Length <= s.Length && string.CompareOrdinal(s, index, value, 0, value.Length) == 0;

    // ID = [A-Za-z]+[0-9]+ followed by ':'.
    private static bool TryReadId(string s, int index, out string id, out int afterColon)
    {
        id = string.Empty;
        afterColon = index;
        var j = index;
        while (j < s.Length && char.IsAsciiLetter(s[j]))
        {
            j++;
        }

        if (j == index)
        {
            return false;
        }

        var digitsStart = j;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        if (j == digitsStart || j >= s.Length || s[j] != ':')
        {
            return false;
        }

        id = s.Substring(index, j - index);
        afterColon = j + 1;
        return true;
    }

    private static string Describe(string markup, int position)
    {
        var line = 1;
        var column = 1;
        for (var k = 0; k < position && k < markup.Length; k++)
        {
            if (markup[k] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return $"markup line {line}, column {column}";
    }
}
