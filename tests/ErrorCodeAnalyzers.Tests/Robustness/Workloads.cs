using System.Text;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>Code-dense inputs for the determinism and cancellation tests, built from the fuzz seeds.</summary>
public static class Workloads
{
    /// <summary>Every seed that is not a test's embedded snippet (snippets, constructs, corpus, samples), one file each.</summary>
    public static IReadOnlyList<(string Name, string Text)> ManyFiles() =>
        FuzzCorpus.Seeds
            .Where(s => !s.Origin.StartsWith("test:", StringComparison.Ordinal) && !s.Origin.StartsWith("construct:top-level", StringComparison.Ordinal))
            .Select((s, i) => ($"File{i:D3}.cs", s.Text))
            .ToList();

    /// <summary>One big file: the client snippets repeated <paramref name="repetitions"/> times, each copy in a namespace of its own.</summary>
    public static string LargeFile(int repetitions)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var bodies = new List<string>();
        foreach (var (_, text) in SeedSnippets.ClientCode)
        {
            var body = new StringBuilder();
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("using ", StringComparison.Ordinal) && trimmed.EndsWith(';'))
                {
                    usings.Add(trimmed);
                }
                else
                {
                    body.Append("    ").AppendLine(line.TrimEnd('\r'));
                }
            }

            bodies.Add(body.ToString());
        }

        var file = new StringBuilder();
        foreach (var directive in usings)
        {
            file.AppendLine(directive);
        }

        for (var r = 0; r < repetitions; r++)
        {
            for (var i = 0; i < bodies.Count; i++)
            {
                file.Append("namespace Copy").Append(r).Append(".Snippet").Append(i).AppendLine().AppendLine("{").Append(bodies[i]).AppendLine("}");
            }
        }

        return file.ToString();
    }
}
