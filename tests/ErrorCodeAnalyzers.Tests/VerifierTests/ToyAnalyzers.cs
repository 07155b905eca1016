using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Tests.VerifierTests;

// Toy analyzers used only to test the verifier itself. Ids TEST0001..TEST0004.
// They live in the test assembly (net10.0, references Workspaces) on purpose and are never shipped, so the
// analyzer-authoring rules about packaging and release tracking do not apply here.
#pragma warning disable RS1036 // EnforceExtendedAnalyzerRules
#pragma warning disable RS1038 // analyzer in an assembly referencing Workspaces
#pragma warning disable RS1041 // analyzer in a net10.0 assembly
#pragma warning disable RS2008 // release tracking

/// <summary>
/// TEST0001: flags the integer literal 42 (written in decimal), except inside a class named Answers.
/// Options: <c>test_0001.flagged_value</c> (per file, from a section-based .editorconfig) changes the flagged value;
/// <c>test_0001.message_suffix</c> (global config) is appended to the message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FortyTwoAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TEST0001";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Magic number", "Literal {0} should be a named constant{1}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.NumericLiteralExpression);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (literal.Token.Value is not int value)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider;
        var flagged = options.GetOptions(literal.SyntaxTree).TryGetValue("test_0001.flagged_value", out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var configured)
            ? configured
            : 42;
        // Compares the text, so that a fix to 0x2A is not flagged again.
        if (value != flagged || literal.Token.Text != flagged.ToString(CultureInfo.InvariantCulture) || literal.Ancestors().OfType<ClassDeclarationSyntax>().Any(c => c.Identifier.ValueText == "Answers"))
        {
            return;
        }

        var suffix = options.GlobalOptions.TryGetValue("test_0001.message_suffix", out var s) ? s : string.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), literal.Token.Text, suffix));
    }
}

/// <summary>TEST0002: one diagnostic without location per compilation ("configuration" style).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoLocationAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TEST0002";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Project-level", "Project {0} is not configured", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, c.Compilation.AssemblyName)));
    }
}

/// <summary>TEST0003: flags a whole return statement whose expression is the literal 42 (for nested markup).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReturnFortyTwoAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TEST0003";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Returns 42", "Returning the answer", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var statement = (ReturnStatementSyntax)c.Node;
                if (statement.Expression is LiteralExpressionSyntax { Token.Value: 42 })
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, statement.GetLocation()));
                }
            },
            SyntaxKind.ReturnStatement);
    }
}

/// <summary>TEST0004: throws on every numeric literal.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TEST0004";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("toy analyzer failure"), SyntaxKind.NumericLiteralExpression);
    }
}

/// <summary>Reports TEST0001 but declares only TEST0004: Roslyn turns that into an analyzer exception.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredIdAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(ThrowingAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
#pragma warning disable RS1005 // reporting an unsupported descriptor is the point of this analyzer
        context.RegisterSyntaxNodeAction(
            c => c.ReportDiagnostic(Diagnostic.Create(FortyTwoAnalyzer.Rule, c.Node.GetLocation(), "42", string.Empty)),
            SyntaxKind.NumericLiteralExpression);
#pragma warning restore RS1005
    }
}

/// <summary>TEST0005: flags each line of a .txt additional file that contains "bad" (diagnostics in non-source files).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AdditionalFileAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TEST0005";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Bad line", "Line {0} of the catalog is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(c =>
        {
            foreach (var file in c.Options.AdditionalFiles.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)))
            {
                var text = file.GetText(c.CancellationToken);
                if (text is null)
                {
                    continue;
                }

                foreach (var line in text.Lines)
                {
                    if (line.ToString().Contains("bad", StringComparison.Ordinal))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span)), line.LineNumber + 1));
                    }
                }
            }
        });
    }
}
