using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>Shortcuts for the common one-file cases; use <see cref="AnalyzerTest"/> directly for anything else.</summary>
public static class Verify
{
    /// <summary>The diagnostics of <typeparamref name="TAnalyzer"/> on <paramref name="markup"/> are exactly the marked ones plus <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string markup, string? editorConfig = null, params ExpectedDiagnostic[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest { EditorConfig = editorConfig };
        test.Analyzers.Add(new TAnalyzer());
        test.Sources.Add(("Test0.cs", markup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary><typeparamref name="TAnalyzer"/> reports nothing on <paramref name="source"/> (which must not contain markup).</summary>
    public static Task NoDiagnosticsAsync<TAnalyzer>(string source, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        if (Markup.Parse(source).Spans.Count > 0)
        {
            throw new VerificationFailedException("NoDiagnosticsAsync: the source contains diagnostic markup; use AnalyzerAsync to expect diagnostics.");
        }

        return AnalyzerAsync<TAnalyzer>(source, editorConfig);
    }

    /// <summary>Applies the fix repeatedly (one diagnostic at a time) and compares with <paramref name="fixedMarkup"/>, whose markup is the diagnostics expected to remain.</summary>
    public static Task CodeFixAsync<TAnalyzer, TCodeFix>(string markup, string fixedMarkup, string? equivalenceKey = null, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TAnalyzer, TCodeFix>(markup, fixedMarkup, FixMode.Iterative, equivalenceKey, editorConfig);

    /// <summary>One Fix All in the scope given by <paramref name="scope"/> (a FixAll* mode), compared with <paramref name="fixedMarkup"/>.</summary>
    public static Task FixAllAsync<TAnalyzer, TCodeFix>(string markup, string fixedMarkup, FixMode scope, string? equivalenceKey = null, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        if (scope == FixMode.Iterative)
        {
            throw new ArgumentException("FixAllAsync needs a Fix All scope (FixAllDocument, FixAllProject or FixAllSolution); use CodeFixAsync for iterative fixing.", nameof(scope));
        }

        return RunFixAsync<TAnalyzer, TCodeFix>(markup, fixedMarkup, scope, equivalenceKey, editorConfig);
    }

    private static Task RunFixAsync<TAnalyzer, TCodeFix>(string markup, string fixedMarkup, FixMode mode, string? equivalenceKey, string? editorConfig)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new AnalyzerTest
        {
            CodeFix = new TCodeFix(),
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = equivalenceKey,
            FixMode = mode,
        };
        test.Analyzers.Add(new TAnalyzer());
        test.Sources.Add(("Test0.cs", markup));
        test.FixedSources.Add(("Test0.cs", fixedMarkup));
        return test.RunAsync();
    }
}
