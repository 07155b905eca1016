using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Measurement
{
    internal enum ActionKind
    {
        CompilationStart,
        Compilation,
        CompilationEnd,
        SemanticModel,
        Symbol,
        SymbolStart,
        SymbolEnd,
        CodeBlockStart,
        CodeBlock,
        CodeBlockEnd,
        SyntaxTree,
        AdditionalFile,
        SyntaxNode,
        OperationBlockStart,
        OperationBlock,
        OperationBlockEnd,
        Operation,
    }

    /// <summary>One Register* call: what kind of action, for which kinds, and (for start actions) what its callback registered.</summary>
    internal sealed class Registration
    {
        public Registration(ActionKind kind, string kinds)
        {
            Kind = kind;
            Kinds = kinds;
        }

        public ActionKind Kind { get; }

        /// <summary>The syntax, operation or symbol kinds, as text (the signature the floor replays).</summary>
        public string Kinds { get; }

        public ImmutableArray<SyntaxKind> SyntaxKinds { get; init; } = ImmutableArray<SyntaxKind>.Empty;

        public ImmutableArray<OperationKind> OperationKinds { get; init; } = ImmutableArray<OperationKind>.Empty;

        public ImmutableArray<SymbolKind> SymbolKinds { get; init; } = ImmutableArray<SymbolKind>.Empty;

        /// <summary>For start actions: the registrations made by the callback, merged over every invocation.</summary>
        public ActionShape? Nested { get; init; }

        public string Signature => SignatureOf(Kind, Kinds);

        public static string SignatureOf(ActionKind kind, string kinds) => kind + "(" + kinds + ")";

        public override string ToString() => Nested is null ? Signature : Signature + " { " + Nested + " }";
    }

    /// <summary>The registrations one context received. Merged over invocations: each distinct registration at its highest count.</summary>
    internal sealed class ActionShape
    {
        private readonly object gate = new();

        public List<Registration> Registrations { get; } = new();

        public bool ConcurrentExecution { get; set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; set; }

        /// <summary>Adds what one invocation of a start callback registered.</summary>
        public void Merge(List<Registration> invocation)
        {
            lock (gate)
            {
                foreach (var group in invocation.GroupBy(r => r.Signature))
                {
                    var known = Registrations.Count(r => r.Signature == group.Key);
                    Registrations.AddRange(group.Skip(known));
                }
            }
        }

        /// <summary>
        /// The shape of the <paramref name="occurrence"/>-th start action with this signature, when an earlier
        /// invocation registered it already: every invocation's nested registrations then land in one shape.
        /// </summary>
        public ActionShape? NestedShape(string signature, int occurrence)
        {
            lock (gate)
            {
                return Registrations.Where(r => r.Signature == signature).Skip(occurrence).FirstOrDefault()?.Nested;
            }
        }

        public override string ToString() => string.Join(", ", Registrations);
    }

    /// <summary>
    /// Runs an ECA analyzer for real while recording every Register* call it makes, at every level
    /// (Initialize, compilation start, symbol/code block/operation block start): the shape its floor replays.
    /// </summary>
    internal sealed class RecordingAnalyzer : DiagnosticAnalyzer
    {
        public RecordingAnalyzer(DiagnosticAnalyzer inner)
        {
            Inner = inner;
        }

        public DiagnosticAnalyzer Inner { get; }

        public ActionShape Shape { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context)
        {
            var recorder = new Recorder(Shape);
            Inner.Initialize(new RecordingAnalysisContext(context, recorder, Shape));
            Shape.Merge(recorder.Registrations);
        }

        private sealed class Recorder
        {
            private readonly ActionShape target;

            public Recorder(ActionShape target) => this.target = target;

            public List<Registration> Registrations { get; } = new();

            public void Add(ActionKind kind) => Registrations.Add(new Registration(kind, string.Empty));

            public void AddSymbols(ImmutableArray<SymbolKind> kinds) =>
                Registrations.Add(new Registration(ActionKind.Symbol, string.Join("|", kinds)) { SymbolKinds = kinds });

            public void AddOperations(ImmutableArray<OperationKind> kinds) =>
                Registrations.Add(new Registration(ActionKind.Operation, string.Join("|", kinds)) { OperationKinds = kinds });

            public void AddSyntax<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
                where TLanguageKindEnum : struct
            {
                var syntaxKinds = CSharpKinds(kinds);
                Registrations.Add(new Registration(ActionKind.SyntaxNode, string.Join("|", syntaxKinds)) { SyntaxKinds = syntaxKinds });
            }

            /// <summary>A start action: its callback runs with a recording context, and what it registers is merged into <paramref name="nested"/>.</summary>
            public ActionShape AddStart(ActionKind kind, string kinds = "", SymbolKind? symbolKind = null)
            {
                var signature = Registration.SignatureOf(kind, kinds);
                var occurrence = Registrations.Count(r => r.Signature == signature);
                var nested = target.NestedShape(signature, occurrence) ?? new ActionShape();
                Registrations.Add(new Registration(kind, kinds)
                {
                    Nested = nested,
                    SymbolKinds = symbolKind is { } k ? ImmutableArray.Create(k) : ImmutableArray<SymbolKind>.Empty,
                });
                return nested;
            }

            /// <summary>Runs a start callback with a recording context, then merges what it registered into <paramref name="shape"/>.</summary>
            public static void Run<TContext>(Action<TContext> action, Func<Recorder, TContext> createContext, ActionShape shape)
            {
                var recorder = new Recorder(shape);
                try
                {
                    action(createContext(recorder));
                }
                finally
                {
                    shape.Merge(recorder.Registrations);
                }
            }
        }

        private static ImmutableArray<SyntaxKind> CSharpKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
            where TLanguageKindEnum : struct =>
            typeof(TLanguageKindEnum) == typeof(SyntaxKind)
                ? kinds.Select(k => (SyntaxKind)(object)k).ToImmutableArray()
                : throw new NotSupportedException("Only C# syntax kinds are replayed by the floor.");

        private static Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> RecordCodeBlockStart<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action, ActionShape nested)
            where TLanguageKindEnum : struct =>
            start => Recorder.Run(action, recorder => new RecordingCodeBlockStartContext<TLanguageKindEnum>(start, recorder), nested);

        private static Action<OperationBlockStartAnalysisContext> RecordOperationBlockStart(Action<OperationBlockStartAnalysisContext> action, ActionShape nested) =>
            start => Recorder.Run(action, recorder => new RecordingOperationBlockStartContext(start, recorder), nested);

        private static Action<SymbolStartAnalysisContext> RecordSymbolStart(Action<SymbolStartAnalysisContext> action, ActionShape nested) =>
            start => Recorder.Run(action, recorder => new RecordingSymbolStartContext(start, recorder), nested);

        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext inner;
            private readonly Recorder recorder;
            private readonly ActionShape shape;

            public RecordingAnalysisContext(AnalysisContext inner, Recorder recorder, ActionShape shape)
            {
                this.inner = inner;
                this.recorder = recorder;
                this.shape = shape;
            }

            public override void EnableConcurrentExecution()
            {
                shape.ConcurrentExecution = true;
                inner.EnableConcurrentExecution();
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
            {
                shape.GeneratedCode = analysisMode;
                inner.ConfigureGeneratedCodeAnalysis(analysisMode);
            }

            public override DiagnosticSeverity MinimumReportedSeverity => inner.MinimumReportedSeverity;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
                var nested = recorder.AddStart(ActionKind.CompilationStart);
                inner.RegisterCompilationStartAction(start => Recorder.Run(action, recorder => new RecordingCompilationStartContext(start, recorder), nested));
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
            {
                recorder.Add(ActionKind.Compilation);
                inner.RegisterCompilationAction(action);
            }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            {
                recorder.Add(ActionKind.SemanticModel);
                inner.RegisterSemanticModelAction(action);
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            {
                recorder.AddSymbols(symbolKinds);
                inner.RegisterSymbolAction(action, symbolKinds);
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                var nested = recorder.AddStart(ActionKind.SymbolStart, symbolKind.ToString(), symbolKind);
                inner.RegisterSymbolStartAction(RecordSymbolStart(action, nested), symbolKind);
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.AddStart(ActionKind.CodeBlockStart);
                inner.RegisterCodeBlockStartAction(RecordCodeBlockStart(action, nested));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.CodeBlock);
                inner.RegisterCodeBlockAction(action);
            }

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            {
                recorder.Add(ActionKind.SyntaxTree);
                inner.RegisterSyntaxTreeAction(action);
            }

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            {
                recorder.Add(ActionKind.AdditionalFile);
                inner.RegisterAdditionalFileAction(action);
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
                recorder.AddSyntax(syntaxKinds);
                inner.RegisterSyntaxNodeAction(action, syntaxKinds);
            }

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.AddStart(ActionKind.OperationBlockStart);
                inner.RegisterOperationBlockStartAction(RecordOperationBlockStart(action, nested));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.OperationBlock);
                inner.RegisterOperationBlockAction(action);
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
                recorder.AddOperations(operationKinds);
                inner.RegisterOperationAction(action, operationKinds);
            }
        }

        private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext inner;
            private readonly Recorder recorder;

            public RecordingCompilationStartContext(CompilationStartAnalysisContext inner, Recorder recorder)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                this.inner = inner;
                this.recorder = recorder;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
            {
                recorder.Add(ActionKind.CompilationEnd);
                inner.RegisterCompilationEndAction(action);
            }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            {
                recorder.Add(ActionKind.SemanticModel);
                inner.RegisterSemanticModelAction(action);
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            {
                recorder.AddSymbols(symbolKinds);
                inner.RegisterSymbolAction(action, symbolKinds);
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                var nested = recorder.AddStart(ActionKind.SymbolStart, symbolKind.ToString(), symbolKind);
                inner.RegisterSymbolStartAction(RecordSymbolStart(action, nested), symbolKind);
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.AddStart(ActionKind.CodeBlockStart);
                inner.RegisterCodeBlockStartAction(RecordCodeBlockStart(action, nested));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.CodeBlock);
                inner.RegisterCodeBlockAction(action);
            }

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.AddStart(ActionKind.OperationBlockStart);
                inner.RegisterOperationBlockStartAction(RecordOperationBlockStart(action, nested));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.OperationBlock);
                inner.RegisterOperationBlockAction(action);
            }

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            {
                recorder.Add(ActionKind.SyntaxTree);
                inner.RegisterSyntaxTreeAction(action);
            }

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            {
                recorder.Add(ActionKind.AdditionalFile);
                inner.RegisterAdditionalFileAction(action);
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
                recorder.AddSyntax(syntaxKinds);
                inner.RegisterSyntaxNodeAction(action, syntaxKinds);
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
                recorder.AddOperations(operationKinds);
                inner.RegisterOperationAction(action, operationKinds);
            }
        }

        private sealed class RecordingSymbolStartContext : SymbolStartAnalysisContext
        {
            private readonly SymbolStartAnalysisContext inner;
            private readonly Recorder recorder;

            public RecordingSymbolStartContext(SymbolStartAnalysisContext inner, Recorder recorder)
#pragma warning disable CS0618 // The only constructor open to derived classes; this context forwards to the driver's.
                : base(inner.Symbol, inner.Compilation, inner.Options, inner.CancellationToken)
#pragma warning restore CS0618
            {
                this.inner = inner;
                this.recorder = recorder;
            }

            public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action)
            {
                recorder.Add(ActionKind.SymbolEnd);
                inner.RegisterSymbolEndAction(action);
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.AddStart(ActionKind.CodeBlockStart);
                inner.RegisterCodeBlockStartAction(RecordCodeBlockStart(action, nested));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.CodeBlock);
                inner.RegisterCodeBlockAction(action);
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
                recorder.AddSyntax(syntaxKinds);
                inner.RegisterSyntaxNodeAction(action, syntaxKinds);
            }

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.AddStart(ActionKind.OperationBlockStart);
                inner.RegisterOperationBlockStartAction(RecordOperationBlockStart(action, nested));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.OperationBlock);
                inner.RegisterOperationBlockAction(action);
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
                recorder.AddOperations(operationKinds);
                inner.RegisterOperationAction(action, operationKinds);
            }
        }

        private sealed class RecordingCodeBlockStartContext<TLanguageKindEnum> : CodeBlockStartAnalysisContext<TLanguageKindEnum>
            where TLanguageKindEnum : struct
        {
            private readonly CodeBlockStartAnalysisContext<TLanguageKindEnum> inner;
            private readonly Recorder recorder;

            public RecordingCodeBlockStartContext(CodeBlockStartAnalysisContext<TLanguageKindEnum> inner, Recorder recorder)
#pragma warning disable CS0618 // The only constructor open to derived classes; this context forwards to the driver's.
                : base(inner.CodeBlock, inner.OwningSymbol, inner.SemanticModel, inner.Options, inner.CancellationToken)
#pragma warning restore CS0618
            {
                this.inner = inner;
                this.recorder = recorder;
            }

            public override void RegisterCodeBlockEndAction(Action<CodeBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.CodeBlockEnd);
                inner.RegisterCodeBlockEndAction(action);
            }

            public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
                recorder.AddSyntax(syntaxKinds);
                inner.RegisterSyntaxNodeAction(action, syntaxKinds);
            }
        }

        /// <summary>
        /// Forwards registrations; <see cref="OperationBlockStartAnalysisContext.GetControlFlowGraph"/> cannot be
        /// forwarded (it is not virtual), so an analyzer that asks for a control flow graph there fails while recorded.
        /// </summary>
        private sealed class RecordingOperationBlockStartContext : OperationBlockStartAnalysisContext
        {
            private readonly OperationBlockStartAnalysisContext inner;
            private readonly Recorder recorder;

            public RecordingOperationBlockStartContext(OperationBlockStartAnalysisContext inner, Recorder recorder)
#pragma warning disable CS0618 // The only constructor open to derived classes; this context forwards to the driver's.
                : base(inner.OperationBlocks, inner.OwningSymbol, inner.Compilation, inner.Options, inner.CancellationToken)
#pragma warning restore CS0618
            {
                this.inner = inner;
                this.recorder = recorder;
            }

            public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action)
            {
                recorder.Add(ActionKind.OperationBlockEnd);
                inner.RegisterOperationBlockEndAction(action);
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
                recorder.AddOperations(operationKinds);
                inner.RegisterOperationAction(action, operationKinds);
            }
        }
    }

    /// <summary>
    /// The "floor": an analyzer that registers exactly the actions an ECA analyzer registers (as recorded by
    /// <see cref="RecordingAnalyzer"/>), with the same supported diagnostics, and does nothing in any callback.
    /// What it costs is what the compiler charges any analyzer of that shape; what ECA costs above it is ECA's own work.
    /// </summary>
    internal sealed class FloorAnalyzer : DiagnosticAnalyzer
    {
        private readonly ActionShape shape;

        public FloorAnalyzer(DiagnosticAnalyzer original, ActionShape shape)
        {
            Original = original;
            this.shape = shape;
            SupportedDiagnostics = original.SupportedDiagnostics;
        }

        public DiagnosticAnalyzer Original { get; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public override void Initialize(AnalysisContext context)
        {
            if (shape.ConcurrentExecution)
            {
                context.EnableConcurrentExecution();
            }

            if (shape.GeneratedCode is { } flags)
            {
                context.ConfigureGeneratedCodeAnalysis(flags);
            }

            foreach (var registration in shape.Registrations)
            {
                switch (registration.Kind)
                {
                    case ActionKind.CompilationStart:
                        context.RegisterCompilationStartAction(start => Replay(new CompilationStartTarget(start), registration.Nested!));
                        break;
                    default:
                        Replay(new AnalysisTarget(context), registration);
                        break;
                }
            }
        }

        private static void Replay(Target target, ActionShape shape)
        {
            foreach (var registration in shape.Registrations)
            {
                Replay(target, registration);
            }
        }

        private static void Replay(Target target, Registration registration)
        {
            switch (registration.Kind)
            {
                case ActionKind.Compilation:
                case ActionKind.CompilationEnd:
                    target.Compilation();
                    break;
                case ActionKind.SemanticModel:
                    target.SemanticModel();
                    break;
                case ActionKind.Symbol:
                    target.Symbol(registration.SymbolKinds);
                    break;
                case ActionKind.SymbolStart:
                    var symbolShape = registration.Nested!;
                    target.SymbolStart(start => Replay(new SymbolStartTarget(start), symbolShape), registration.SymbolKinds[0]);
                    break;
                case ActionKind.SymbolEnd:
                    target.End();
                    break;
                case ActionKind.CodeBlockStart:
                    var codeBlockShape = registration.Nested!;
                    target.CodeBlockStart(start => Replay(new CodeBlockStartTarget(start), codeBlockShape));
                    break;
                case ActionKind.CodeBlock:
                    target.CodeBlock();
                    break;
                case ActionKind.CodeBlockEnd:
                case ActionKind.OperationBlockEnd:
                    target.End();
                    break;
                case ActionKind.SyntaxTree:
                    target.SyntaxTree();
                    break;
                case ActionKind.AdditionalFile:
                    target.AdditionalFile();
                    break;
                case ActionKind.SyntaxNode:
                    target.SyntaxNode(registration.SyntaxKinds);
                    break;
                case ActionKind.OperationBlockStart:
                    var operationBlockShape = registration.Nested!;
                    target.OperationBlockStart(start => Replay(new OperationBlockStartTarget(start), operationBlockShape));
                    break;
                case ActionKind.OperationBlock:
                    target.OperationBlock();
                    break;
                case ActionKind.Operation:
                    target.Operation(registration.OperationKinds);
                    break;
                default:
                    throw new NotSupportedException(registration.Kind.ToString());
            }
        }

        /// <summary>Any context actions can be registered on; each registers an empty callback.</summary>
        private abstract class Target
        {
            public virtual void Compilation() => throw Unexpected();

            public virtual void SemanticModel() => throw Unexpected();

            public virtual void Symbol(ImmutableArray<SymbolKind> kinds) => throw Unexpected();

            public virtual void SymbolStart(Action<SymbolStartAnalysisContext> action, SymbolKind kind) => throw Unexpected();

            public virtual void End() => throw Unexpected();

            public virtual void CodeBlockStart(Action<CodeBlockStartAnalysisContext<SyntaxKind>> action) => throw Unexpected();

            public virtual void CodeBlock() => throw Unexpected();

            public virtual void SyntaxTree() => throw Unexpected();

            public virtual void AdditionalFile() => throw Unexpected();

            public virtual void SyntaxNode(ImmutableArray<SyntaxKind> kinds) => throw Unexpected();

            public virtual void OperationBlockStart(Action<OperationBlockStartAnalysisContext> action) => throw Unexpected();

            public virtual void OperationBlock() => throw Unexpected();

            public virtual void Operation(ImmutableArray<OperationKind> kinds) => throw Unexpected();

            private NotSupportedException Unexpected() => new($"{GetType().Name} cannot register this action.");
        }

        private sealed class AnalysisTarget : Target
        {
            private readonly AnalysisContext context;

            public AnalysisTarget(AnalysisContext context) => this.context = context;

            public override void Compilation() => context.RegisterCompilationAction(static _ => { });

            public override void SemanticModel() => context.RegisterSemanticModelAction(static _ => { });

            public override void Symbol(ImmutableArray<SymbolKind> kinds) => context.RegisterSymbolAction(static _ => { }, kinds);

            public override void SymbolStart(Action<SymbolStartAnalysisContext> action, SymbolKind kind) => context.RegisterSymbolStartAction(action, kind);

            public override void CodeBlockStart(Action<CodeBlockStartAnalysisContext<SyntaxKind>> action) => context.RegisterCodeBlockStartAction(action);

            public override void CodeBlock() => context.RegisterCodeBlockAction(static _ => { });

            public override void SyntaxTree() => context.RegisterSyntaxTreeAction(static _ => { });

            public override void AdditionalFile() => context.RegisterAdditionalFileAction(static _ => { });

            public override void SyntaxNode(ImmutableArray<SyntaxKind> kinds) => context.RegisterSyntaxNodeAction(static _ => { }, kinds);

            public override void OperationBlockStart(Action<OperationBlockStartAnalysisContext> action) => context.RegisterOperationBlockStartAction(action);

            public override void OperationBlock() => context.RegisterOperationBlockAction(static _ => { });

            public override void Operation(ImmutableArray<OperationKind> kinds) => context.RegisterOperationAction(static _ => { }, kinds);
        }

        private sealed class CompilationStartTarget : Target
        {
            private readonly CompilationStartAnalysisContext context;

            public CompilationStartTarget(CompilationStartAnalysisContext context) => this.context = context;

            public override void Compilation() => context.RegisterCompilationEndAction(static _ => { });

            public override void SemanticModel() => context.RegisterSemanticModelAction(static _ => { });

            public override void Symbol(ImmutableArray<SymbolKind> kinds) => context.RegisterSymbolAction(static _ => { }, kinds);

            public override void SymbolStart(Action<SymbolStartAnalysisContext> action, SymbolKind kind) => context.RegisterSymbolStartAction(action, kind);

            public override void CodeBlockStart(Action<CodeBlockStartAnalysisContext<SyntaxKind>> action) => context.RegisterCodeBlockStartAction(action);

            public override void CodeBlock() => context.RegisterCodeBlockAction(static _ => { });

            public override void SyntaxTree() => context.RegisterSyntaxTreeAction(static _ => { });

            public override void AdditionalFile() => context.RegisterAdditionalFileAction(static _ => { });

            public override void SyntaxNode(ImmutableArray<SyntaxKind> kinds) => context.RegisterSyntaxNodeAction(static _ => { }, kinds);

            public override void OperationBlockStart(Action<OperationBlockStartAnalysisContext> action) => context.RegisterOperationBlockStartAction(action);

            public override void OperationBlock() => context.RegisterOperationBlockAction(static _ => { });

            public override void Operation(ImmutableArray<OperationKind> kinds) => context.RegisterOperationAction(static _ => { }, kinds);
        }

        private sealed class SymbolStartTarget : Target
        {
            private readonly SymbolStartAnalysisContext context;

            public SymbolStartTarget(SymbolStartAnalysisContext context) => this.context = context;

            public override void End() => context.RegisterSymbolEndAction(static _ => { });

            public override void CodeBlockStart(Action<CodeBlockStartAnalysisContext<SyntaxKind>> action) => context.RegisterCodeBlockStartAction(action);

            public override void CodeBlock() => context.RegisterCodeBlockAction(static _ => { });

            public override void SyntaxNode(ImmutableArray<SyntaxKind> kinds) => context.RegisterSyntaxNodeAction(static _ => { }, kinds);

            public override void OperationBlockStart(Action<OperationBlockStartAnalysisContext> action) => context.RegisterOperationBlockStartAction(action);

            public override void OperationBlock() => context.RegisterOperationBlockAction(static _ => { });

            public override void Operation(ImmutableArray<OperationKind> kinds) => context.RegisterOperationAction(static _ => { }, kinds);
        }

        private sealed class CodeBlockStartTarget : Target
        {
            private readonly CodeBlockStartAnalysisContext<SyntaxKind> context;

            public CodeBlockStartTarget(CodeBlockStartAnalysisContext<SyntaxKind> context) => this.context = context;

            public override void End() => context.RegisterCodeBlockEndAction(static _ => { });

            public override void SyntaxNode(ImmutableArray<SyntaxKind> kinds) => context.RegisterSyntaxNodeAction(static _ => { }, kinds);
        }

        private sealed class OperationBlockStartTarget : Target
        {
            private readonly OperationBlockStartAnalysisContext context;

            public OperationBlockStartTarget(OperationBlockStartAnalysisContext context) => this.context = context;

            public override void End() => context.RegisterOperationBlockEndAction(static _ => { });

            public override void Operation(ImmutableArray<OperationKind> kinds) => context.RegisterOperationAction(static _ => { }, kinds);
        }
    }
}
