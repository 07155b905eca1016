using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Shared by the robustness tests and by tests/ErrorCodeAnalyzers.StressHost (linked there): no xunit, no product internals.
namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and code fix of the package, found by reflection over the two product assemblies, so rules and
/// fixers that land later are covered without touching the robustness tests.
/// </summary>
public static class ProductComponents
{
    public const string AnalyzerAssemblyName = "ErrorCodeAnalyzers";
    public const string CodeFixAssemblyName = "ErrorCodeAnalyzers.CodeFixes";

    private static readonly Lazy<ImmutableArray<Type>> LazyAnalyzerTypes = new(() => ConcreteTypes(Load(AnalyzerAssemblyName), typeof(DiagnosticAnalyzer)));
    private static readonly Lazy<ImmutableArray<Type>> LazyFixerTypes = new(() => ConcreteTypes(Load(CodeFixAssemblyName), typeof(CodeFixProvider)));

    public static ImmutableArray<Type> AnalyzerTypes => LazyAnalyzerTypes.Value;

    public static ImmutableArray<Type> FixerTypes => LazyFixerTypes.Value;

    /// <summary>New instances of every analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>New instances of every code fix provider.</summary>
    public static ImmutableArray<CodeFixProvider> CreateFixers() =>
        FixerTypes.Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToImmutableArray();

    public static string Describe() =>
        $"{AnalyzerTypes.Length} analyzer(s) [{string.Join(", ", AnalyzerTypes.Select(t => t.Name))}], "
        + $"{FixerTypes.Length} code fix(es) [{string.Join(", ", FixerTypes.Select(t => t.Name))}]";

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    private static ImmutableArray<Type> ConcreteTypes(Assembly assembly, Type baseType)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            types = exception.Types.Where(t => t is not null).ToArray()!;
        }

        return types
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && baseType.IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}

/// <summary>Metadata references taken from the running host (no downloads), plus the constants assembly next to it.</summary>
public static class HarnessReferences
{
    public const string ConstantsAssemblyFileName = "ErrorCodeAnalyzers.Constants.dll";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    public static string ConstantsAssemblyPath => Path.Combine(AppContext.BaseDirectory, ConstantsAssemblyFileName);

    private static ImmutableArray<MetadataReference> Load()
    {
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (!fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || !seen.Add(fileName))
            {
                continue;
            }

            var name = fileName[..^4];
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "xunit.assert" or "xunit.core" or "xunit.abstractions")
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        if (File.Exists(ConstantsAssemblyPath))
        {
            builder.Add(MetadataReference.CreateFromFile(ConstantsAssemblyPath));
        }

        return builder.ToImmutable();
    }
}

/// <summary>Where something went wrong: in an analyzer (AD0001 in users' builds), a fixer, or the analysis driver itself.</summary>
public enum FailureStage
{
    Analyzer,
    AnalyzerCrashDiagnostic,
    Driver,
    FixRegistration,
    FixApplication,
}

public sealed record HarnessFailure(FailureStage Stage, string Component, string? DiagnosticId, Exception? Exception, string Detail)
{
    public override string ToString() =>
        $"{Stage} in {Component}{(DiagnosticId is null ? string.Empty : " (for " + DiagnosticId + ")")}: {Detail}"
        + (Exception is null ? string.Empty : Environment.NewLine + Exception);
}

public sealed class HarnessSettings
{
    /// <summary>The analysis driver's concurrent mode (analyzers that enable concurrent execution run in parallel).</summary>
    public bool ConcurrentAnalysis { get; init; } = true;

    /// <summary>Diagnostics (in source order) for which every matching fixer registers its actions and the first action is applied.</summary>
    public int MaxDiagnosticsToFix { get; init; } = int.MaxValue;

    /// <summary>Whether to collect the compiler's own errors (costs a full binding pass when the analyzers need less).</summary>
    public bool CollectCompilerErrors { get; init; }

    /// <summary>Measure each analyzer's own callbacks (<see cref="HarnessOutcome.AnalyzerTimes"/>).</summary>
    public bool LogAnalyzerExecutionTime { get; init; }

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Preview;

    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;
}

public sealed class HarnessOutcome
{
    public ImmutableArray<Diagnostic> Diagnostics { get; set; } = ImmutableArray<Diagnostic>.Empty;

    public ImmutableArray<Diagnostic> CompilerErrors { get; set; } = ImmutableArray<Diagnostic>.Empty;

    public int FixesRegistered { get; set; }

    public int FixesApplied { get; set; }

    public TimeSpan AnalysisTime { get; set; }

    public TimeSpan FixTime { get; set; }

    /// <summary>Time spent in each analyzer's own callbacks, when <see cref="HarnessSettings.LogAnalyzerExecutionTime"/> is set.</summary>
    public Dictionary<string, TimeSpan> AnalyzerTimes { get; } = new(StringComparer.Ordinal);

    public List<HarnessFailure> Failures { get; } = new();

    /// <summary>Text of the documents each applied fix produced (for inspection).</summary>
    public List<string> FixedTexts { get; } = new();
}

/// <summary>
/// A reusable project (references, parse and compilation options, configuration files) into which sources are put,
/// analysed with every analyzer, and fixed with every fixer. Thread-safe: each run forks the immutable base solution.
/// </summary>
public sealed class AnalysisHarness : IDisposable
{
    public const string ProjectFolder = "/src/";

    private readonly AdhocWorkspace workspace = new();
    private readonly Solution baseSolution;
    private readonly ProjectId projectId;

    public AnalysisHarness(
        HarnessSettings? settings = null,
        string? editorConfig = null,
        string? globalConfig = null,
        ImmutableArray<DiagnosticAnalyzer> analyzers = default,
        ImmutableArray<CodeFixProvider> fixers = default)
    {
        Settings = settings ?? new HarnessSettings();
        Analyzers = analyzers.IsDefault ? ProductComponents.CreateAnalyzers() : analyzers;
        Fixers = fixers.IsDefault ? ProductComponents.CreateFixers() : fixers;

        projectId = ProjectId.CreateNewId("RobustnessProject");
        var compilationOptions = new CSharpCompilationOptions(
            Settings.OutputKind,
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true,
            concurrentBuild: false);
        var parseOptions = new CSharpParseOptions(Settings.LanguageVersion, DocumentationMode.Parse);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "RobustnessProject",
            "RobustnessProject",
            LanguageNames.CSharp,
            filePath: ProjectFolder + "RobustnessProject.csproj",
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: HarnessReferences.All));
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: ProjectFolder + ".editorconfig");
        }

        if (globalConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(globalConfig), filePath: ProjectFolder + ".globalconfig");
        }

        baseSolution = solution;
    }

    public HarnessSettings Settings { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    public Task<HarnessOutcome> RunAsync(string source, CancellationToken cancellationToken = default) =>
        RunAsync(new[] { ("Test0.cs", source) }, cancellationToken);

    /// <summary>The solution with these sources (names relative to <see cref="ProjectFolder"/>) in the project.</summary>
    public Solution CreateSolution(IReadOnlyList<(string Name, string Text)> sources)
    {
        var solution = baseSolution;
        foreach (var (name, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(text), filePath: ProjectFolder + name);
        }

        return solution;
    }

    public Project GetProject(Solution solution) => solution.GetProject(projectId)!;

    /// <summary>Analyses the sources with every analyzer, then runs every matching fixer on the first diagnostics.</summary>
    public async Task<HarnessOutcome> RunAsync(IReadOnlyList<(string Name, string Text)> sources, CancellationToken cancellationToken = default)
    {
        var outcome = new HarnessOutcome();
        var solution = CreateSolution(sources);
        var project = GetProject(solution);
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        if (Settings.CollectCompilerErrors)
        {
            outcome.CompilerErrors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        outcome.Diagnostics = await AnalyzeAsync(compilation, project.AnalyzerOptions, outcome.Failures, cancellationToken, outcome.AnalyzerTimes).ConfigureAwait(false);
        outcome.AnalysisTime = stopwatch.Elapsed;
        if (outcome.Failures.Count > 0 || Fixers.IsEmpty)
        {
            return outcome;
        }

        stopwatch.Restart();

        // In source order, the first diagnostic of each id before the others, so that a few cover every fixer.
        var fixable = outcome.Diagnostics
            .Where(d => d.Location.IsInSource && Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select((d, index) => (Diagnostic: d, Index: index))
            .GroupBy(p => p.Diagnostic.Id)
            .SelectMany(g => g.Select((p, rank) => (p.Diagnostic, p.Index, Rank: rank)))
            .OrderBy(p => p.Rank)
            .ThenBy(p => p.Index)
            .Select(p => p.Diagnostic)
            .Take(Settings.MaxDiagnosticsToFix);
        foreach (var diagnostic in fixable)
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            foreach (var fixer in Fixers)
            {
                if (fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    await FixAsync(fixer, document, diagnostic, outcome, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        outcome.FixTime = stopwatch.Elapsed;
        return outcome;
    }

    /// <summary>Runs every analyzer on <paramref name="compilation"/>; analyzer exceptions and AD0001 become failures.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Compilation compilation, AnalyzerOptions options, List<HarnessFailure> failures, CancellationToken cancellationToken, Dictionary<string, TimeSpan>? analyzerTimes = null)
    {
        var exceptions = new ConcurrentQueue<HarnessFailure>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, diagnostic) =>
                exceptions.Enqueue(new HarnessFailure(FailureStage.Analyzer, analyzer.GetType().Name, null, exception, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))),
            concurrentAnalysis: Settings.ConcurrentAnalysis,
            logAnalyzerExecutionTime: Settings.LogAnalyzerExecutionTime);
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            var withAnalyzers = compilation.WithAnalyzers(Analyzers, analyzerOptions);
            diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            if (Settings.LogAnalyzerExecutionTime && analyzerTimes is not null)
            {
                foreach (var analyzer in Analyzers)
                {
                    analyzerTimes[analyzer.GetType().Name] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false)).ExecutionTime;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            failures.Add(new HarnessFailure(FailureStage.Driver, "CompilationWithAnalyzers", null, exception, "the analysis itself threw"));
            return ImmutableArray<Diagnostic>.Empty;
        }

        failures.AddRange(exceptions);
        foreach (var crash in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            failures.Add(new HarnessFailure(FailureStage.AnalyzerCrashDiagnostic, crash.Id, null, null, crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return diagnostics.Where(d => d.Id is not ("AD0001" or "AD0002")).ToImmutableArray();
    }

    /// <summary>Registers <paramref name="fixer"/>'s actions for <paramref name="diagnostic"/> and applies the first one.</summary>
    public static async Task FixAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, HarnessOutcome outcome, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        try
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            outcome.Failures.Add(new HarnessFailure(FailureStage.FixRegistration, fixer.GetType().Name, diagnostic.Id, exception, diagnostic.ToString()));
            return;
        }

        var flattened = Flatten(actions);
        outcome.FixesRegistered += flattened.Count;
        if (flattened.Count == 0)
        {
            return;
        }

        var first = flattened[0];
        try
        {
            var operations = await first.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var apply in operations.OfType<ApplyChangesOperation>())
            {
                var changes = apply.ChangedSolution.GetChanges(document.Project.Solution);
                foreach (var projectChanges in changes.GetProjectChanges())
                {
                    foreach (var id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(projectChanges.GetAddedDocuments()))
                    {
                        var changed = apply.ChangedSolution.GetDocument(id)!;
                        var text = await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        _ = await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        outcome.FixedTexts.Add(text.ToString());
                    }
                }
            }

            outcome.FixesApplied++;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            outcome.Failures.Add(new HarnessFailure(FailureStage.FixApplication, fixer.GetType().Name, diagnostic.Id, exception, $"'{first.Title}' [{first.EquivalenceKey}] for {diagnostic}"));
        }
    }

    /// <summary>Nested actions (a code action group) are offered as their children.</summary>
    public static List<CodeAction> Flatten(IEnumerable<CodeAction> actions)
    {
        var result = new List<CodeAction>();
        var pending = new Stack<CodeAction>(actions.Reverse());
        while (pending.Count > 0)
        {
            var action = pending.Pop();
            var nested = GetNested(action);
            if (nested.IsDefaultOrEmpty)
            {
                result.Add(action);
            }
            else
            {
                for (var i = nested.Length - 1; i >= 0; i--)
                {
                    pending.Push(nested[i]);
                }
            }
        }

        return result;
    }

    // Roslyn 4.5 keeps nested actions in an internal property (public NestedActions since 4.8): read it by reflection on every version.
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

    public void Dispose() => workspace.Dispose();
}
