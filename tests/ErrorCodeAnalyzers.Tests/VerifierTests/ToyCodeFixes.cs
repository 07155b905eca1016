using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeAnalyzers.Tests.VerifierTests;

// Toy code fixes for TEST0001, used only to test the verifier itself.

/// <summary>Base: replaces the flagged literal with the expression text each action gives.</summary>
public abstract class LiteralReplacementFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FortyTwoAnalyzer.Id);

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    protected static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string expression, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var literal = root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var replacement = SyntaxFactory.ParseExpression(expression)
            .WithTriviaFrom(literal)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    protected static CodeAction Action(Document document, Diagnostic diagnostic, string title, string key, string expression) =>
        CodeAction.Create(title, ct => ReplaceAsync(document, diagnostic, expression, ct), key);
}

/// <summary>Two actions: "Use Answers.FortyTwo" [UseAnswers] (fully qualified + simplifier annotation) and "Use hex literal" [UseHex].</summary>
public sealed class UseAnswersFix : LiteralReplacementFix
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(Action(context.Document, diagnostic, "Use Answers.FortyTwo", "UseAnswers", "global::Answers.FortyTwo"), diagnostic);
            context.RegisterCodeFix(Action(context.Document, diagnostic, "Use hex literal", "UseHex", "0x2A"), diagnostic);
        }

        return Task.CompletedTask;
    }
}

/// <summary>The same two actions, grouped under one parent action (nested actions).</summary>
public sealed class NestedActionsFix : LiteralReplacementFix
{
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var nested = ImmutableArray.Create(
                Action(context.Document, diagnostic, "Use Answers.FortyTwo", "UseAnswers", "global::Answers.FortyTwo"),
                Action(context.Document, diagnostic, "Use hex literal", "UseHex", "0x2A"));
            context.RegisterCodeFix(CodeAction.Create("Replace the literal", nested, isInlinable: false), diagnostic);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Produces code that does not compile (an undefined name).</summary>
public sealed class BrokenFix : LiteralReplacementFix
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(Action(context.Document, diagnostic, "Use an undefined name", "Broken", "Undefined.FortyTwo"), diagnostic);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Produces a different text than UseAnswersFix (41 + 1).</summary>
public sealed class WrongTextFix : LiteralReplacementFix
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(Action(context.Document, diagnostic, "Use Answers.FortyTwo", "UseAnswers", "41 + 1"), diagnostic);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Wraps the literal in parentheses: the analyzer flags it again, forever.</summary>
public sealed class LoopingFix : LiteralReplacementFix
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Parenthesize",
                    async ct =>
                    {
                        var root = await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                        var literal = root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                        var text = literal.ToString();
                        var replacement = SyntaxFactory.ParseExpression("(" + text + ")").WithTriviaFrom(literal);
                        return context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
                    },
                    "Parenthesize"),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Registers nothing.</summary>
public sealed class NoActionFix : LiteralReplacementFix
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Task.CompletedTask;
}
