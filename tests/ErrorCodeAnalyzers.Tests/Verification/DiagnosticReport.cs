using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>A reported diagnostic, located by display name ("Test0.cs", "Other/Test0.cs") and 0-based line span.</summary>
internal sealed record ActualDiagnostic(string Id, ProjectSpec Project, string? FileName, string? Path, LinePositionSpan? Span, string Message, Diagnostic Diagnostic)
{
    public static ActualDiagnostic Create(Diagnostic diagnostic, ProjectSpec project)
    {
        var location = diagnostic.Location;
        string? fileName = null;
        string? path = null;
        LinePositionSpan? span = null;
        if (location.IsInSource || location.Kind == LocationKind.ExternalFile)
        {
            var lineSpan = location.GetLineSpan();
            path = lineSpan.Path;
            span = lineSpan.Span;
            fileName = DisplayName(project, path);
        }

        return new ActualDiagnostic(diagnostic.Id, project, fileName, path, span, diagnostic.GetMessage(CultureInfo.InvariantCulture), diagnostic);
    }

    private static string DisplayName(ProjectSpec project, string path)
    {
        var document = project.Documents.FirstOrDefault(d => d.Path == path);
        if (document is not null)
        {
            return document.DisplayName;
        }

        if (project.AdditionalFilePaths.TryGetValue(path, out var relative) || (path.StartsWith(project.Folder, StringComparison.Ordinal) && (relative = path[project.Folder.Length..]) is not null))
        {
            return project.IsMain ? relative : project.Name + "/" + relative;
        }

        return path;
    }

    public static int Compare(ActualDiagnostic? x, ActualDiagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = x.Project.Index.CompareTo(y.Project.Index);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Path ?? string.Empty, y.Path ?? string.Empty);
        }

        if (result == 0)
        {
            result = (x.Span?.Start ?? default).CompareTo(y.Span?.Start ?? default);
        }

        if (result == 0)
        {
            result = (x.Span?.End ?? default).CompareTo(y.Span?.End ?? default);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Id, y.Id);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Message, y.Message);
    }

    public override string ToString() => Format(this);

    public static string Format(ActualDiagnostic d)
    {
        var location = d.Span is { } span
            ? $"{d.FileName}({span.Start.Line + 1},{span.Start.Character + 1})-({span.End.Line + 1},{span.End.Character + 1})"
            : "<no location>";
        return $"{d.Id} {location}: {d.Message}";
    }
}

/// <summary>Matches expectations with reported diagnostics (maximum bipartite matching, so partial expectations cannot steal).</summary>
internal static class DiagnosticMatcher
{
    public static (List<ExpectedDiagnostic> Missing, List<ActualDiagnostic> Extra) Match(List<ExpectedDiagnostic> expected, List<ActualDiagnostic> actual, List<ProjectSpec> projects)
    {
        var candidates = expected.Select(e => Enumerable.Range(0, actual.Count).Where(a => Matches(e, actual[a])).ToList()).ToList();
        var owner = new int[actual.Count];
        Array.Fill(owner, -1);
        for (var e = 0; e < expected.Count; e++)
        {
            TryAssign(e, candidates, owner, new bool[actual.Count]);
        }

        var matchedExpected = new HashSet<int>(owner.Where(o => o >= 0));
        var missing = expected.Where((_, i) => !matchedExpected.Contains(i)).ToList();
        var extra = actual.Where((_, i) => owner[i] < 0).ToList();
        return (missing, extra);
    }

    private static bool TryAssign(int e, List<List<int>> candidates, int[] owner, bool[] visited)
    {
        foreach (var a in candidates[e])
        {
            if (visited[a])
            {
                continue;
            }

            visited[a] = true;
            if (owner[a] < 0 || TryAssign(owner[a], candidates, owner, visited))
            {
                owner[a] = e;
                return true;
            }
        }

        return false;
    }

    public static bool Matches(ExpectedDiagnostic e, ActualDiagnostic a)
    {
        if (!string.Equals(e.Id, a.Id, StringComparison.Ordinal))
        {
            return false;
        }

        if (e.Message is not null && !string.Equals(e.Message, a.Message, StringComparison.Ordinal))
        {
            return false;
        }

        if (e.MessageContains is not null && !a.Message.Contains(e.MessageContains, StringComparison.Ordinal))
        {
            return false;
        }

        if (!e.HasLocation)
        {
            return a.Span is null;
        }

        if (a.Span is not { } span)
        {
            return false;
        }

        if (!string.Equals(e.FileName, a.FileName, StringComparison.Ordinal) && !string.Equals(e.FileName, a.Path, StringComparison.Ordinal))
        {
            return false;
        }

        if (e.Line != span.Start.Line + 1 || e.Column != span.Start.Character + 1)
        {
            return false;
        }

        if (e.EndLine is { } endLine && endLine != span.End.Line + 1)
        {
            return false;
        }

        return e.EndColumn is not { } endColumn || endColumn == span.End.Character + 1;
    }
}

/// <summary>Readable failure messages.</summary>
internal static class DiagnosticReport
{
    public static string Mismatch(string what, List<ProjectSpec> projects, List<ExpectedDiagnostic> expected, List<ActualDiagnostic> actual, List<ExpectedDiagnostic> missing, List<ActualDiagnostic> extra)
    {
        var builder = new StringBuilder();
        builder.Append("The diagnostics of ").Append(what).AppendLine(" do not match the expectations.");
        if (missing.Count > 0)
        {
            builder.AppendLine($"Missing (expected, not reported) ({missing.Count}):");
            foreach (var m in missing)
            {
                builder.Append("  ").AppendLine(m.ToString());
            }
        }

        if (extra.Count > 0)
        {
            builder.AppendLine($"Unexpected (reported, not expected) ({extra.Count}):");
            foreach (var x in extra)
            {
                builder.Append("  ").AppendLine(x.ToString());
            }
        }

        builder.AppendLine($"Expected ({expected.Count}):");
        foreach (var e in expected)
        {
            builder.Append("  ").AppendLine(e.ToString());
        }

        if (expected.Count == 0)
        {
            builder.AppendLine("  (none)");
        }

        builder.AppendLine($"Actual ({actual.Count}):");
        foreach (var a in actual)
        {
            builder.Append("  ").AppendLine(a.ToString());
        }

        if (actual.Count == 0)
        {
            builder.AppendLine("  (none)");
        }

        builder.AppendLine("Sources (^ = reported; ~ = expected but not reported):");
        builder.Append(AnnotatedSources(projects, actual, missing));
        return builder.ToString().TrimEnd();
    }

    public static string AnnotatedSources(List<ProjectSpec> projects, IReadOnlyCollection<ActualDiagnostic> actual, IReadOnlyCollection<ExpectedDiagnostic> missing)
    {
        var builder = new StringBuilder();
        var firstSource = projects[0].Documents[0].DisplayName;
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                builder.Append(document.DisplayName).Append(" (").Append(document.Path).AppendLine("):");
                var text = document.Text;
                var width = Math.Max(3, text.Lines.Count.ToString(CultureInfo.InvariantCulture).Length);
                var reported = actual.Where(a => a.Span is not null && a.FileName == document.DisplayName).ToList();
                var notReported = missing.Where(m => m.HasLocation && (m.FileName ?? firstSource) is var f && (f == document.DisplayName || f == document.Path)).ToList();
                foreach (var line in text.Lines)
                {
                    var lineText = line.ToString();
                    builder.Append((line.LineNumber + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ").AppendLine(lineText);
                    foreach (var a in reported.Where(a => a.Span!.Value.Start.Line == line.LineNumber))
                    {
                        var span = a.Span!.Value;
                        var endCharacter = span.End.Line == span.Start.Line ? span.End.Character : lineText.Length;
                        var suffix = span.End.Line == span.Start.Line ? string.Empty : $" (to {span.End.Line + 1},{span.End.Character + 1})";
                        builder.Append(' ', width).Append(" | ").Append(Indent(lineText, span.Start.Character))
                            .Append('^', Math.Max(1, endCharacter - span.Start.Character))
                            .Append(' ').Append(a.Id).Append(": ").Append(a.Message).AppendLine(suffix);
                    }

                    foreach (var m in notReported.Where(m => m.Line == line.LineNumber + 1))
                    {
                        var start = m.Column - 1;
                        var length = m.EndLine == m.Line && m.EndColumn is { } endColumn ? endColumn - m.Column : 1;
                        builder.Append(' ', width).Append(" | ").Append(Indent(lineText, start))
                            .Append('~', Math.Max(1, length))
                            .Append(' ').Append(m.Id).AppendLine(" (expected, not reported)" + (m.Message is null ? string.Empty : ": " + m.Message));
                    }
                }
            }
        }

        return builder.ToString();
    }

    // Copies tabs so carets line up under the text.
    private static string Indent(string lineText, int column)
    {
        var builder = new StringBuilder(column);
        for (var i = 0; i < column; i++)
        {
            builder.Append(i < lineText.Length && lineText[i] == '\t' ? '\t' : ' ');
        }

        return builder.ToString();
    }
}

/// <summary>Shows expected and actual texts with line numbers, the first differing line marked with '>'.</summary>
internal static class TextDiff
{
    public static string Describe(string name, string expected, string actual)
    {
        var expectedLines = SplitLines(expected);
        var actualLines = SplitLines(actual);
        var first = 0;
        while (first < expectedLines.Count && first < actualLines.Count && expectedLines[first] == actualLines[first])
        {
            first++;
        }

        var builder = new StringBuilder();
        builder.Append(name).Append(": the fixed text differs from the expected one, first at line ").Append(first + 1).AppendLine(".");
        var expectedLine = first < expectedLines.Count ? expectedLines[first] : null;
        var actualLine = first < actualLines.Count ? actualLines[first] : null;
        if (expectedLine is not null && actualLine is not null)
        {
            if (Normalize(expectedLine) == Normalize(actualLine))
            {
                builder.AppendLine("That line differs only in whitespace or line endings (· = space, → = tab, \\r \\n shown):");
                builder.Append("  expected: ").AppendLine(Visible(expectedLine));
                builder.Append("  actual:   ").AppendLine(Visible(actualLine));
            }
        }
        else if (expectedLine is null)
        {
            builder.AppendLine("The actual text has extra lines at the end.");
        }
        else
        {
            builder.AppendLine("The actual text ends early.");
        }

        builder.AppendLine("Expected:");
        builder.AppendLine(Numbered(expected, first));
        builder.AppendLine("Actual:");
        builder.Append(Numbered(actual, first));
        return builder.ToString();
    }

    public static string Numbered(string text, int markedLine)
    {
        var lines = SplitLines(text);
        var width = Math.Max(3, lines.Count.ToString(CultureInfo.InvariantCulture).Length);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(i == markedLine ? "> " : "  ")
                .Append((i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ")
                .AppendLine(lines[i].TrimEnd('\r', '\n'));
        }

        if (markedLine >= lines.Count)
        {
            builder.Append("> ").Append(new string(' ', width)).AppendLine(" | <end of text>");
        }

        return builder.ToString().TrimEnd('\r', '\n');
    }

    // Lines with their line breaks, so that a difference in line endings is a difference.
    private static List<string> SplitLines(string text)
    {
        var result = new List<string>();
        var sourceText = SourceText.From(text);
        foreach (var line in sourceText.Lines)
        {
            result.Add(sourceText.ToString(line.SpanIncludingLineBreak));
        }

        return result;
    }

    private static string Normalize(string line) => new(line.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Visible(string line) =>
        line.Replace(" ", "·", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>Flattens nested code actions (<c>CodeAction.NestedActions</c> is public only from Roslyn 4.9 or so).</summary>
internal static class CodeActions
{
    public static List<CodeAction> Flatten(IEnumerable<CodeAction> actions)
    {
        var result = new List<CodeAction>();
        foreach (var action in actions)
        {
            var nested = GetNested(action);
            if (nested.IsDefaultOrEmpty)
            {
                result.Add(action);
            }
            else
            {
                result.AddRange(Flatten(nested));
            }
        }

        return result;
    }

#if ROSLYN_FLOOR
    // Roslyn 4.5 keeps nested actions in an internal property; read it by reflection and fall back to "no nesting".
    private static ImmutableArray<CodeAction> GetNested(CodeAction action)
    {
        for (var type = action.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var name in new[] { "NestedActions", "NestedCodeActions" })
            {
                var property = type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                if (property?.PropertyType == typeof(ImmutableArray<CodeAction>) && property.GetValue(action) is ImmutableArray<CodeAction> nested)
                {
                    return nested;
                }
            }
        }

        return ImmutableArray<CodeAction>.Empty;
    }
#else
    private static ImmutableArray<CodeAction> GetNested(CodeAction action) => action.NestedActions;
#endif
}
