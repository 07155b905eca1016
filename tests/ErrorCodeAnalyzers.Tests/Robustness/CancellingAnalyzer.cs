using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A wrapper, not an analyzer of its own: it forwards the wrapped analyzer's registrations and configuration as they are.
#pragma warning disable RS1001, RS1012, RS1025, RS1026

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>How one wrapped callback ended.</summary>
public enum CallbackEnd
{
    Completed,
    Cancelled,
    Threw,
}

/// <summary>One callback of a wrapped analyzer: what it was, how big its input was, whether cancellation was requested before it ended, and how it ended.</summary>
public sealed record CallbackRecord(int Index, string Analyzer, string Kind, int Size, bool CancelledAtEntry, CallbackEnd End, TimeSpan Elapsed, Exception? Exception);

/// <summary>
/// Shared by the wrappers of one analysis run: numbers the callbacks, cancels the run's token at the entry of a
/// chosen callback (so that the analysis is cancelled while it runs, inside a real callback of a product analyzer),
/// and records how every callback ended.
/// </summary>
public sealed class CancellationController(CancellationTokenSource source)
{
    private int calls;
    private int inFlight;

    /// <summary>Cancel at the entry of the callback with this 1-based index (0 = never).</summary>
    public int CancelAtCall { get; init; }

    /// <summary>Cancel at the entry of the first callback whose input is at least this big (0 = never).</summary>
    public int CancelAtSize { get; init; }

    public ConcurrentQueue<CallbackRecord> Records { get; } = new();

    public void Run(string analyzer, string kind, int size, Action callback)
    {
        var index = Interlocked.Increment(ref calls);
        Interlocked.Increment(ref inFlight);
        var stopwatch = Stopwatch.StartNew();
        var cancelledAtEntry = false;
        try
        {
            if ((CancelAtCall > 0 && index == CancelAtCall) || (CancelAtSize > 0 && size >= CancelAtSize))
            {
                source.Cancel();
            }

            cancelledAtEntry = source.IsCancellationRequested;
            callback();
            Records.Enqueue(new CallbackRecord(index, analyzer, kind, size, cancelledAtEntry, CallbackEnd.Completed, stopwatch.Elapsed, null));
        }
        catch (OperationCanceledException exception)
        {
            Records.Enqueue(new CallbackRecord(index, analyzer, kind, size, cancelledAtEntry, CallbackEnd.Cancelled, stopwatch.Elapsed, exception));
            throw;
        }
        catch (Exception exception)
        {
            Records.Enqueue(new CallbackRecord(index, analyzer, kind, size, cancelledAtEntry, CallbackEnd.Threw, stopwatch.Elapsed, exception));
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>
    /// Waits until no callback runs. A cancelled analysis returns to its caller at once, while callbacks already
    /// running go on in the background: whether they stop is what the records then show.
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (Volatile.Read(ref inFlight) > 0)
        {
            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"{Volatile.Read(ref inFlight)} callback(s) still running {timeout.TotalSeconds} s after the analysis ended");
            }

            await Task.Delay(10);
        }
    }
}

/// <summary>
/// Runs a product analyzer unchanged, with every callback it registers passed through a <see cref="CancellationController"/>.
/// Registrations are forwarded as they are (same kinds, same syntax kinds, same configuration calls).
/// </summary>
public sealed class CancellingAnalyzer(DiagnosticAnalyzer inner, CancellationController controller) : DiagnosticAnalyzer
{
    public DiagnosticAnalyzer Inner => inner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));

    private string Name => inner.GetType().Name;

    private static int SizeOf(SyntaxNode node) => node.FullSpan.Length;

    private Action<T> Wrap<T>(string kind, Func<T, int> size, Action<T> action) => ctx => controller.Run(Name, kind, size(ctx), () => action(ctx));

    private sealed class Context(AnalysisContext context, CancellingAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(owner.Wrap<CompilationStartAnalysisContext>("CompilationStart", c => c.Compilation.SyntaxTrees.Count(), c => action(new StartContext(c, owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            context.RegisterCompilationAction(owner.Wrap("Compilation", c => c.Compilation.SyntaxTrees.Count(), action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            context.RegisterSemanticModelAction(owner.Wrap("SemanticModel", c => c.SemanticModel.SyntaxTree.Length, action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(owner.Wrap("Symbol", _ => 1, action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            context.RegisterCodeBlockStartAction(owner.Wrap("CodeBlockStart", c => SizeOf(c.CodeBlock), action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            context.RegisterCodeBlockAction(owner.Wrap("CodeBlock", c => SizeOf(c.CodeBlock), action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            context.RegisterSyntaxTreeAction(owner.Wrap("SyntaxTree", c => c.Tree.Length, action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(owner.Wrap("SyntaxNode", c => SizeOf(c.Node), action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(owner.Wrap("Operation", c => SizeOf(c.Operation.Syntax), action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockAction(owner.Wrap("OperationBlock", c => c.OperationBlocks.Sum(b => SizeOf(b.Syntax)), action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            context.RegisterOperationBlockStartAction(owner.Wrap("OperationBlockStart", c => c.OperationBlocks.Sum(b => SizeOf(b.Syntax)), action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(owner.Wrap("SymbolStart", _ => 1, action), symbolKind);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
            context.RegisterAdditionalFileAction(owner.Wrap("AdditionalFile", _ => 1, action));
    }

    private sealed class StartContext(CompilationStartAnalysisContext context, CancellingAnalyzer owner)
        : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            context.RegisterCompilationEndAction(owner.Wrap("CompilationEnd", c => c.Compilation.SyntaxTrees.Count(), action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            context.RegisterSemanticModelAction(owner.Wrap("SemanticModel", c => c.SemanticModel.SyntaxTree.Length, action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(owner.Wrap("Symbol", _ => 1, action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            context.RegisterCodeBlockStartAction(owner.Wrap("CodeBlockStart", c => SizeOf(c.CodeBlock), action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            context.RegisterCodeBlockAction(owner.Wrap("CodeBlock", c => SizeOf(c.CodeBlock), action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            context.RegisterSyntaxTreeAction(owner.Wrap("SyntaxTree", c => c.Tree.Length, action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(owner.Wrap("SyntaxNode", c => SizeOf(c.Node), action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(owner.Wrap("Operation", c => SizeOf(c.Operation.Syntax), action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            context.RegisterOperationBlockAction(owner.Wrap("OperationBlock", c => c.OperationBlocks.Sum(b => SizeOf(b.Syntax)), action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            context.RegisterOperationBlockStartAction(owner.Wrap("OperationBlockStart", c => c.OperationBlocks.Sum(b => SizeOf(b.Syntax)), action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(owner.Wrap("SymbolStart", _ => 1, action), symbolKind);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
            context.RegisterAdditionalFileAction(owner.Wrap("AdditionalFile", _ => 1, action));
    }
}
