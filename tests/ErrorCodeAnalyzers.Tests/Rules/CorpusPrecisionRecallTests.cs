using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// The labelled corpus (tests/ErrorCodeAnalyzers.Tests/Corpus/*.cs): realistic client files in which every expected
/// ECA0001/ECA0002/ECA0004 is marked in place and every other comparison is expected to stay silent. The test computes
/// precision and recall per rule, prints them, and requires 1.0 for both: the corpus is the labelled truth.
/// </summary>
public sealed class CorpusPrecisionRecallTests
{
    public static readonly string[] Rules = [DiagnosticIds.MagicErrorCode, DiagnosticIds.ObsoleteErrorCode, DiagnosticIds.UndocumentedErrorCode];

    private readonly ITestOutputHelper output;

    public CorpusPrecisionRecallTests(ITestOutputHelper output) => this.output = output;

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public async Task CorpusPrecisionAndRecallPerRule()
    {
        var files = LoadCorpus();
        Assert.InRange(files.Count, 6, 10);

        var diagnostics = await AnalyzerRun.RunAsync(files.Select(f => (f.Path, f.Text)), new ErrorCodeLiteralAnalyzer());

        var expected = files
            .SelectMany(f => f.Spans.Select(s => new Label(s.Id!, f.Path, s.Span)))
            .ToList();
        var actual = diagnostics
            .Where(d => Rules.Contains(d.Id))
            .Select(d => new Label(d.Id, d.Location.SourceTree!.FilePath, d.Location.SourceSpan))
            .ToList();
        foreach (var label in expected)
        {
            Assert.True(Rules.Contains(label.Id), $"{label.Path}: unknown rule id {label.Id} in the corpus markup.");
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {files.Count} files, {files.Sum(f => f.Text.Split('\n').Length)} lines, {expected.Count} labelled diagnostics.");
        report.AppendLine("rule     labelled reported   TP   FP   FN  precision  recall");
        var failures = new StringBuilder();
        var perfect = true;
        foreach (var rule in Rules)
        {
            var expectedForRule = expected.Where(l => l.Id == rule).ToHashSet();
            var actualForRule = actual.Where(l => l.Id == rule).ToList();
            var truePositives = actualForRule.Count(expectedForRule.Contains);
            var falsePositives = actualForRule.Where(l => !expectedForRule.Contains(l)).ToList();
            var falseNegatives = expectedForRule.Where(l => !actualForRule.Contains(l)).OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Span.Start).ToList();
            var precision = actualForRule.Count == 0 ? 1.0 : (double)truePositives / actualForRule.Count;
            var recall = expectedForRule.Count == 0 ? 1.0 : (double)truePositives / expectedForRule.Count;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{rule,-8} {expectedForRule.Count,8} {actualForRule.Count,8} {truePositives,4} {falsePositives.Count,4} {falseNegatives.Count,4} {precision,10:0.000} {recall,7:0.000}");
            perfect &= falsePositives.Count == 0 && falseNegatives.Count == 0;
            foreach (var label in falsePositives)
            {
                failures.AppendLine($"  false positive {Describe(label, files, diagnostics)}");
            }

            foreach (var label in falseNegatives)
            {
                failures.AppendLine($"  false negative {Describe(label, files, diagnostics)}");
            }
        }

        var text = report.ToString().TrimEnd();
        output.WriteLine(text);
        Console.WriteLine(text);
        if (failures.Length > 0)
        {
            output.WriteLine(failures.ToString());
            Console.WriteLine(failures.ToString());
        }

        foreach (var rule in Rules)
        {
            Assert.True(expected.Count(l => l.Id == rule) >= 3, $"The corpus labels fewer than three {rule} diagnostics; it cannot measure that rule.");
        }

        Assert.True(perfect, "Corpus precision and recall must be 1.0 for every rule:" + Environment.NewLine + text + Environment.NewLine + failures);
    }

    [Fact]
    public void CorpusIsMostlyOrdinaryCode()
    {
        // The corpus only measures precision if most of its comparisons, and most of its literals that happen to be catalog
        // codes, are ordinary code that must stay silent.
        var catalog = ErrorCodeAnalyzers.Catalog.ErrorCodeCatalog.Instance;
        int labels = 0, comparisons = 0, codeValuedLiterals = 0, unlabelledCodeValuedLiterals = 0;
        foreach (var file in LoadCorpus())
        {
            labels += file.Spans.Count;
            var root = CSharpSyntaxTree.ParseText(file.Text).GetRoot();
            comparisons += root.DescendantNodes().Count(n =>
                n.IsKind(SyntaxKind.EqualsExpression) || n.IsKind(SyntaxKind.NotEqualsExpression) || n.IsKind(SyntaxKind.GreaterThanExpression) ||
                n.IsKind(SyntaxKind.LessThanExpression) || n.IsKind(SyntaxKind.GreaterThanOrEqualExpression) || n.IsKind(SyntaxKind.LessThanOrEqualExpression) ||
                n.IsKind(SyntaxKind.CaseSwitchLabel) || n.IsKind(SyntaxKind.IsPatternExpression) || n.IsKind(SyntaxKind.SwitchExpressionArm) ||
                (n is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member } &&
                 member.Name.Identifier.ValueText is "Equal" or "NotEqual" or "AreEqual" or "AreNotEqual" or "EqualTo" or "Equals"));
            foreach (var literal in root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>())
            {
                if (!ErrorCodeAnalyzers.Analysis.LiteralValues.TryGetCodeLiteral(literal, out var code) || code.Value == 0 || !catalog.IsDocumented(code.Value))
                {
                    continue;
                }

                codeValuedLiterals++;
                if (!file.Spans.Any(s => s.Span.IntersectsWith(code.ReplaceableExpression.Span)))
                {
                    unlabelledCodeValuedLiterals++;
                }
            }
        }

        var text = $"Corpus: {labels} labels, {comparisons} comparisons, {codeValuedLiterals} literals whose value is a catalog code, {unlabelledCodeValuedLiterals} of them unlabelled.";
        output.WriteLine(text);
        Console.WriteLine(text);
        Assert.True(comparisons >= 2 * labels, text);
        Assert.True(unlabelledCodeValuedLiterals >= labels / 2, text);
    }

    internal static List<CorpusFile> LoadCorpus()
    {
        Assert.True(Directory.Exists(CorpusDirectory), $"The corpus folder {CorpusDirectory} does not exist (the test project copies Corpus/**/*.cs to the output).");
        var files = new List<CorpusFile>();
        foreach (var path in Directory.GetFiles(CorpusDirectory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var (text, spans) = Markup.Parse(File.ReadAllText(path));
            var relative = "/corpus/" + Path.GetRelativePath(CorpusDirectory, path).Replace('\\', '/');
            files.Add(new CorpusFile(relative, text, spans));
        }

        return files;
    }

    private static string Describe(Label label, List<CorpusFile> files, ImmutableArray<Diagnostic> diagnostics)
    {
        var file = files.Single(f => f.Path == label.Path);
        var source = SourceText.From(file.Text);
        var line = source.Lines.GetLineFromPosition(label.Span.Start);
        var message = diagnostics.FirstOrDefault(d => d.Id == label.Id && d.Location.SourceSpan == label.Span && d.Location.SourceTree!.FilePath == label.Path)
            ?.GetMessage(CultureInfo.InvariantCulture);
        return $"{label.Id} {Path.GetFileName(label.Path)}({line.LineNumber + 1},{label.Span.Start - line.Start + 1}) '{source.ToString(label.Span)}' in: {line.ToString().Trim()}"
            + (message is null ? string.Empty : Environment.NewLine + "      " + message);
    }

    internal sealed record CorpusFile(string Path, string Text, IReadOnlyList<MarkupSpan> Spans);

    private sealed record Label(string Id, string Path, TextSpan Span);
}

/// <summary>
/// Runs analyzers on plain sources without the verifier, for tests that look at what the verifier does not compare
/// (diagnostic properties, a whole corpus). The sources must compile.
/// </summary>
internal static class AnalyzerRun
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(string source, DiagnosticAnalyzer? analyzer = null) =>
        RunAsync([("/src/Test0.cs", source)], analyzer ?? new ErrorCodeLiteralAnalyzer());

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<(string Path, string Text)> sources, DiagnosticAnalyzer analyzer)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, path: s.Path, encoding: Encoding.UTF8)).ToList();
        var constants = TestReferences.Constants ?? throw new VerificationFailedException($"{TestReferences.ConstantsAssemblyPath} is missing.");
        var compilation = CSharpCompilation.Create(
            "AnalyzerRun",
            trees,
            TestReferences.Framework.Add(constants),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new VerificationFailedException("The sources do not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20).Select(e => "  " + e)));
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        if (exceptions.Count > 0)
        {
            throw new VerificationFailedException("The analyzer threw:" + Environment.NewLine + exceptions[0]);
        }

        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new VerificationFailedException("The analyzer crashed: " + crash.GetMessage(CultureInfo.InvariantCulture));
        }

        return diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}
