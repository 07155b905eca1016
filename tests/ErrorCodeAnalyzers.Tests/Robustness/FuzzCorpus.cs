using System.Text;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>One source the fuzz mutates, with where it came from.</summary>
public sealed record FuzzSeed(string Origin, string Text);

/// <summary>
/// The sources the fuzz starts from, in a stable order: the built-in client snippets, the unusual constructs, the
/// test corpus (tests/ErrorCodeAnalyzers.Tests/Corpus), the samples (samples/**), and the C# snippets embedded in
/// the project's own tests (string literals holding code). Markup is stripped; long files are split into their
/// types (and long types into chunks of members), so that variants stay small and analysis stays fast.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>Seeds longer than this many lines are split.</summary>
    public const int MaximumSeedLines = 60;

    private static readonly Lazy<IReadOnlyList<FuzzSeed>> LazySeeds = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<FuzzSeed> Seeds => LazySeeds.Value;

    /// <summary>The repository root: <c>ECA_REPO_ROOT</c>, else the folder of ErrorCodeAnalyzers.sln above the test assembly, else null.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            if (Environment.GetEnvironmentVariable("ECA_REPO_ROOT") is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ErrorCodeAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            return null;
        }
    }

    public static string Describe()
    {
        var groups = Seeds.GroupBy(s => s.Origin.Split(':')[0]).Select(g => $"{g.Key}: {g.Count()}");
        return $"{Seeds.Count} seeds ({string.Join(", ", groups)})";
    }

    private static IReadOnlyList<FuzzSeed> Load()
    {
        var seeds = new List<FuzzSeed>();
        foreach (var (name, text) in SeedSnippets.ClientCode)
        {
            seeds.Add(new FuzzSeed("snippet:" + name, text));
        }

        foreach (var construct in UnusualConstructs.All)
        {
            seeds.Add(new FuzzSeed("construct:" + construct.Name, construct.Text));
        }

        var root = RepositoryRoot;
        if (root is not null)
        {
            foreach (var path in SourceFiles(Path.Combine(root, "tests", "ErrorCodeAnalyzers.Tests", "Corpus")))
            {
                AddSplit(seeds, "corpus:" + Relative(root, path), StripMarkup(File.ReadAllText(path)));
            }

            foreach (var path in SourceFiles(Path.Combine(root, "samples")))
            {
                AddSplit(seeds, "sample:" + Relative(root, path), File.ReadAllText(path));
            }

            foreach (var path in SourceFiles(Path.Combine(root, "tests", "ErrorCodeAnalyzers.Tests")))
            {
                var relative = Relative(root, path);
                if (relative.Contains("/Corpus/", StringComparison.Ordinal) || relative.Contains("/Robustness/", StringComparison.Ordinal))
                {
                    continue;
                }

                var index = 0;
                foreach (var snippet in EmbeddedSnippets(File.ReadAllText(path)))
                {
                    AddSplit(seeds, $"test:{relative}#{index++}", snippet);
                }
            }
        }

        return seeds;
    }

    private static IEnumerable<string> SourceFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts"))
            .OrderBy(p => p.Replace('\\', '/'), StringComparer.Ordinal);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string StripMarkup(string text)
    {
        try
        {
            return Markup.Parse(text).Text;
        }
        catch (Exception)
        {
            return text;
        }
    }

    /// <summary>String literals of a test file that hold C# code (a type, a member with a body, a switch or a comparison with a number).</summary>
    private static IEnumerable<string> EmbeddedSnippets(string testSource)
    {
        var tree = CSharpSyntaxTree.ParseText(testSource);
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
            {
                continue;
            }

            var text = token.ValueText;
            if (text.Length < 20 || !text.Any(char.IsDigit) || !(text.Contains(" == ") || text.Contains("switch") || text.Contains("case ") || text.Contains(" is ") || text.Contains("=>")))
            {
                continue;
            }

            // Placeholders of the rule tests' templates.
            text = StripMarkup(text).Replace("$V2$", "2003").Replace("$V$", "2002").Replace("$C2$", "ProviderErrorCodes.ImmutableLink.Deposits.DepositRejectedByApi");
            var hasType = text.Contains("class ") || text.Contains("record ") || text.Contains("struct ") || text.Contains("namespace ");
            yield return hasType ? text : "class C\n{\n" + text + "\n}\n";
        }
    }

    private static void AddSplit(List<FuzzSeed> seeds, string origin, string text)
    {
        if (CountLines(text) <= MaximumSeedLines)
        {
            seeds.Add(new FuzzSeed(origin, text));
            return;
        }

        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetCompilationUnitRoot();
        var header = new StringBuilder();
        foreach (var directive in root.Usings)
        {
            header.Append(directive.ToFullString());
        }

        var fileScoped = root.Members.OfType<FileScopedNamespaceDeclarationSyntax>().FirstOrDefault();
        if (fileScoped is not null)
        {
            header.Append("namespace ").Append(fileScoped.Name).AppendLine(";");
            foreach (var directive in fileScoped.Usings)
            {
                header.Append(directive.ToFullString());
            }
        }

        var types = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<MemberDeclarationSyntax>()
            .Where(m => m is not BaseNamespaceDeclarationSyntax)
            .ToList();
        var part = 0;
        foreach (var type in types)
        {
            if (CountLines(type.ToFullString()) <= MaximumSeedLines || type is not TypeDeclarationSyntax typeDeclaration)
            {
                seeds.Add(new FuzzSeed($"{origin}#{part++}", header + type.ToFullString()));
                continue;
            }

            // A long type: its members in chunks, each inside a partial copy of the type's declaration.
            var chunk = new StringBuilder();
            foreach (var member in typeDeclaration.Members)
            {
                chunk.Append(member.ToFullString());
                if (CountLines(chunk.ToString()) >= MaximumSeedLines / 2)
                {
                    seeds.Add(new FuzzSeed($"{origin}#{part++}", Wrap(header.ToString(), typeDeclaration, chunk.ToString())));
                    chunk.Clear();
                }
            }

            if (chunk.Length > 0)
            {
                seeds.Add(new FuzzSeed($"{origin}#{part++}", Wrap(header.ToString(), typeDeclaration, chunk.ToString())));
            }
        }

        if (part == 0)
        {
            seeds.Add(new FuzzSeed(origin, text));
        }
    }

    private static string Wrap(string header, TypeDeclarationSyntax type, string members) =>
        $"{header}{type.Modifiers.ToString().Replace("partial", string.Empty).Trim()} partial {type.Keyword.Text} {type.Identifier.Text}{type.TypeParameterList}\n{{\n{members}}}\n";

    private static int CountLines(string text) => text.Count(c => c == '\n') + 1;
}
