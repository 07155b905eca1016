using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>
/// One analyzer (and optionally code fix) test: builds the sources in an <see cref="AdhocWorkspace"/>, runs the
/// analyzers, compares their diagnostics with the markup and <see cref="ExpectedDiagnostics"/>, and, when fixed
/// sources are given, applies the code fix and compares the result.
/// </summary>
/// <remarks>
/// Layout of the generated solution: the main project "TestProject" has its sources under <see cref="MainProjectFolder"/>
/// ("/src/Test0.cs"), with <see cref="EditorConfig"/> at "/src/.editorconfig" and <see cref="GlobalConfig"/> at
/// "/src/.globalconfig". Each additional project "Name" lives under "/Name/" and gets the same two configuration files.
/// </remarks>
public sealed class AnalyzerTest
{
    public const string MainProjectName = "TestProject";
    public const string MainProjectFolder = "/src/";
    public const int MaxFixIterations = 100;

    public List<DiagnosticAnalyzer> Analyzers { get; } = new();

    public CodeFixProvider? CodeFix { get; set; }

    /// <summary>Sources of the main project as (file name, markup); a name may contain folders ("Sub/Test1.cs").</summary>
    public List<(string Name, string Markup)> Sources { get; } = new();

    /// <summary>Expected sources of the main project after the fix, as markup for the remaining diagnostics. Empty = no fix check (unless <see cref="AdditionalProjectsFixed"/> is set).</summary>
    public List<(string Name, string Markup)> FixedSources { get; } = new();

    /// <summary>Independent extra projects (same references, same configuration; they do not reference the main project): name -> sources.</summary>
    public Dictionary<string, List<(string Name, string Markup)>> AdditionalProjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Expected sources of additional projects after the fix. A project missing here is expected unchanged.</summary>
    public Dictionary<string, List<(string Name, string Markup)>> AdditionalProjectsFixed { get; } = new(StringComparer.Ordinal);

    /// <summary>Additional files (AdditionalFiles item) of the main project as (file name, text), placed under the project folder.</summary>
    public List<(string Name, string Text)> AdditionalFiles { get; } = new();

    /// <summary>Text of a section-based .editorconfig at the root folder of every project ("/src/.editorconfig").</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Text of a global analyzer config; "is_global = true" is added when missing.</summary>
    public string? GlobalConfig { get; set; }

    /// <summary>Reference ErrorCodeAnalyzers.Constants.dll from next to the test assembly (fails when it is missing).</summary>
    public bool ReferenceConstants { get; set; } = true;

    public List<MetadataReference> AdditionalReferences { get; } = new();

    /// <summary>The id meant by <c>[|...|]</c>; when null and the analyzers support exactly one id, that one.</summary>
    public string? DefaultDiagnosticId { get; set; }

    /// <summary>Expectations in addition to the markup of <see cref="Sources"/>.</summary>
    public List<ExpectedDiagnostic> ExpectedDiagnostics { get; } = new();

    /// <summary>Expectations after the fix in addition to the markup of <see cref="FixedSources"/>.</summary>
    public List<ExpectedDiagnostic> FixedExpectedDiagnostics { get; } = new();

    /// <summary>The action to apply, by equivalence key; null = the first registered action.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>The action to apply, by exact title (may be combined with <see cref="CodeActionEquivalenceKey"/>).</summary>
    public string? CodeActionTitle { get; set; }

    public FixMode FixMode { get; set; } = FixMode.Iterative;

    /// <summary>When false (the default) the sources must compile without errors.</summary>
    public bool AllowCompilerErrors { get; set; }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>Compilation-level severities by id: "error", "warning", "suggestion"/"info", "silent"/"hidden", "none"/"suppress", "default".</summary>
    public Dictionary<string, string> DiagnosticOptions { get; set; } = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        Validate();
        var supportedIds = GetSupportedIds();
        var defaultId = ResolveDefaultId(supportedIds);

        var projects = BuildProjectSpecs(fixedState: false, defaultId);
        CheckExpectedIdsAreSupported(projects, ExpectedDiagnostics, supportedIds, "ExpectedDiagnostics");

        using var workspace = new AdhocWorkspace();
        var solution = CreateSolution(workspace, projects);

        var original = await AnalyzeAsync(solution, projects, cancellationToken).ConfigureAwait(false);
        if (!AllowCompilerErrors && original.CompilerErrors.Length > 0)
        {
            Fail("The test sources do not compile (set AllowCompilerErrors = true if that is intended):" + Environment.NewLine
                + FormatCompilerDiagnostics(original.CompilerErrors, projects));
        }

        CompareDiagnostics("the test sources", projects, Expectations(projects, ExpectedDiagnostics), original.Diagnostics);

        if (FixedSources.Count == 0 && AdditionalProjectsFixed.Count == 0)
        {
            return;
        }

        var fixedProjects = BuildProjectSpecs(fixedState: true, defaultId);
        for (var i = 0; i < projects.Count; i++)
        {
            fixedProjects[i].Id = projects[i].Id;
            foreach (var (path, name) in projects[i].AdditionalFilePaths)
            {
                fixedProjects[i].AdditionalFilePaths[path] = name;
            }
        }

        CheckExpectedIdsAreSupported(fixedProjects, FixedExpectedDiagnostics, supportedIds, "FixedExpectedDiagnostics");

        var (fixedSolution, description) = FixMode == FixMode.Iterative
            ? await FixIterativelyAsync(solution, projects, original, cancellationToken).ConfigureAwait(false)
            : await FixAllAsync(solution, projects, original, cancellationToken).ConfigureAwait(false);

        await CompareFixedTextsAsync(fixedSolution, projects, fixedProjects, description, cancellationToken).ConfigureAwait(false);

        var afterFix = await AnalyzeAsync(fixedSolution, fixedProjects, cancellationToken).ConfigureAwait(false);
        var newErrors = NewErrors(original.CompilerErrors, afterFix.CompilerErrors);
        if (newErrors.Count > 0)
        {
            Fail($"The code fix ({description}) introduced compiler errors:" + Environment.NewLine
                + FormatCompilerDiagnostics(newErrors, fixedProjects));
        }

        CompareDiagnostics($"the fixed sources ({description})", fixedProjects, Expectations(fixedProjects, FixedExpectedDiagnostics), afterFix.Diagnostics);
    }

    // ---------------------------------------------------------------- setup

    private void Validate()
    {
        if (Analyzers.Count == 0)
        {
            Fail("AnalyzerTest.Analyzers is empty: add the analyzer under test.");
        }

        if (Sources.Count == 0)
        {
            Fail("AnalyzerTest.Sources is empty.");
        }

        if ((FixedSources.Count > 0 || AdditionalProjectsFixed.Count > 0) && CodeFix is null)
        {
            Fail("FixedSources (or AdditionalProjectsFixed) is set but CodeFix is null.");
        }

        foreach (var name in AdditionalProjects.Keys)
        {
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name == MainProjectName || name == MainProjectFolder.Trim('/'))
            {
                Fail($"Invalid additional project name '{name}'.");
            }
        }

        foreach (var name in AdditionalProjectsFixed.Keys)
        {
            if (!AdditionalProjects.ContainsKey(name))
            {
                Fail($"AdditionalProjectsFixed has project '{name}', which is not in AdditionalProjects.");
            }
        }

        if (ReferenceConstants && TestReferences.Constants is null)
        {
            Fail($"ReferenceConstants is true but {TestReferences.ConstantsAssemblyPath} does not exist. "
                + "Reference the constants project from the test project, or set ReferenceConstants = false.");
        }
    }

    private ImmutableHashSet<string> GetSupportedIds() =>
        Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    private string? ResolveDefaultId(ImmutableHashSet<string> supportedIds)
    {
        if (DefaultDiagnosticId is not null)
        {
            return DefaultDiagnosticId;
        }

        if (supportedIds.Count == 1)
        {
            return supportedIds.Single();
        }

        // With a code fix under test, [|...|] means the diagnostic it fixes.
        return CodeFix is { FixableDiagnosticIds.Length: 1 } ? CodeFix.FixableDiagnosticIds[0] : null;
    }

    private List<ProjectSpec> BuildProjectSpecs(bool fixedState, string? defaultId)
    {
        var result = new List<ProjectSpec>();
        var mainSources = fixedState && FixedSources.Count > 0 ? FixedSources : Sources;
        result.Add(CreateProjectSpec(MainProjectName, MainProjectFolder, index: 0, mainSources, defaultId));
        foreach (var (name, sources) in AdditionalProjects)
        {
            var projectSources = fixedState && AdditionalProjectsFixed.TryGetValue(name, out var fixedSources) ? fixedSources : sources;
            result.Add(CreateProjectSpec(name, "/" + name + "/", index: result.Count, projectSources, defaultId));
        }

        return result;
    }

    private static ProjectSpec CreateProjectSpec(string name, string folder, int index, List<(string Name, string Markup)> sources, string? defaultId)
    {
        var documents = new List<DocumentSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, markup) in sources)
        {
            var relative = fileName.Replace('\\', '/').TrimStart('/');
            if (!names.Add(relative))
            {
                Fail($"Project {name} has two sources named '{relative}'.");
            }

            var (text, spans) = Markup.Parse(markup);
            foreach (var span in spans)
            {
                if (span.Id is null && defaultId is null)
                {
                    Fail($"{relative} uses [|...|] markup but the default diagnostic id is ambiguous: set AnalyzerTest.DefaultDiagnosticId "
                        + "(the analyzers under test support several ids) or use {|ID:...|}.");
                }
            }

            var displayName = index == 0 ? relative : name + "/" + relative;
            documents.Add(new DocumentSpec(relative, displayName, folder + relative, SourceText.From(text), spans.Select(s => new MarkupSpan(s.Id ?? defaultId, s.Span)).ToList()));
        }

        return new ProjectSpec(name, folder, index, documents);
    }

    private Solution CreateSolution(AdhocWorkspace workspace, List<ProjectSpec> projects)
    {
        var references = new List<MetadataReference>(TestReferences.Framework);
        if (ReferenceConstants)
        {
            references.Add(TestReferences.Constants!);
        }

        references.AddRange(AdditionalReferences);

        var compilationOptions = new CSharpCompilationOptions(
            OutputKind,
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true,
            specificDiagnosticOptions: DiagnosticOptions.Select(p => new KeyValuePair<string, ReportDiagnostic>(p.Key, ParseSeverity(p.Key, p.Value))));
        var parseOptions = new CSharpParseOptions(LanguageVersion, DocumentationMode.Parse);

        var solution = workspace.CurrentSolution;
        foreach (var project in projects)
        {
            var projectId = ProjectId.CreateNewId(project.Name);
            project.Id = projectId;
            solution = solution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                project.Name,
                project.Name,
                LanguageNames.CSharp,
                filePath: project.Folder + project.Name + ".csproj",
                compilationOptions: compilationOptions,
                parseOptions: parseOptions,
                metadataReferences: references));

            foreach (var document in project.Documents)
            {
                var parts = document.Name.Split('/');
                var documentId = DocumentId.CreateNewId(projectId, document.Path);
                document.Id = documentId;
                solution = solution.AddDocument(documentId, parts[^1], document.Text, folders: parts[..^1], filePath: document.Path);
            }

            if (EditorConfig is not null)
            {
                solution = solution.AddAnalyzerConfigDocument(
                    DocumentId.CreateNewId(projectId, ".editorconfig"), ".editorconfig", SourceText.From(EditorConfig), filePath: project.Folder + ".editorconfig");
            }

            if (GlobalConfig is not null)
            {
                var text = Regex.IsMatch(GlobalConfig, @"^\s*is_global\s*=\s*true\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)
                    ? GlobalConfig
                    : "is_global = true" + Environment.NewLine + GlobalConfig;
                solution = solution.AddAnalyzerConfigDocument(
                    DocumentId.CreateNewId(projectId, ".globalconfig"), ".globalconfig", SourceText.From(text), filePath: project.Folder + ".globalconfig");
            }

            if (project.IsMain)
            {
                foreach (var (name, text) in AdditionalFiles)
                {
                    var relative = name.Replace('\\', '/').TrimStart('/');
                    var parts = relative.Split('/');
                    var path = project.Folder + relative;
                    solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), parts[^1], SourceText.From(text), parts[..^1], path);
                    project.AdditionalFilePaths[path] = relative;
                }
            }
        }

        return solution;
    }

    private static ReportDiagnostic ParseSeverity(string id, string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" or "warn" => ReportDiagnostic.Warn,
        "suggestion" or "info" => ReportDiagnostic.Info,
        "silent" or "hidden" => ReportDiagnostic.Hidden,
        "none" or "suppress" => ReportDiagnostic.Suppress,
        "default" => ReportDiagnostic.Default,
        _ => throw new VerificationFailedException($"DiagnosticOptions[{id}] = '{value}' is not a severity (error, warning, suggestion, silent, none, default)."),
    };

    private static void CheckExpectedIdsAreSupported(List<ProjectSpec> projects, List<ExpectedDiagnostic> explicitExpectations, ImmutableHashSet<string> supportedIds, string what)
    {
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                foreach (var span in document.Spans)
                {
                    if (!supportedIds.Contains(span.Id!))
                    {
                        Fail($"{document.DisplayName} marks a diagnostic {span.Id}, which none of the analyzers under test supports (supported: {string.Join(", ", supportedIds.OrderBy(x => x, StringComparer.Ordinal))}).");
                    }
                }
            }
        }

        foreach (var expected in explicitExpectations)
        {
            if (!supportedIds.Contains(expected.Id))
            {
                Fail($"{what} has {expected}, an id none of the analyzers under test supports (supported: {string.Join(", ", supportedIds.OrderBy(x => x, StringComparer.Ordinal))}).");
            }
        }
    }

    // ---------------------------------------------------------------- analysis

    private async Task<SolutionAnalysis> AnalyzeAsync(Solution solution, List<ProjectSpec> projects, CancellationToken cancellationToken)
    {
        var analyzers = Analyzers.ToImmutableArray();
        var diagnostics = new List<ActualDiagnostic>();
        var compilerErrors = ImmutableArray.CreateBuilder<(ProjectSpec Project, Diagnostic Diagnostic)>();
        foreach (var projectSpec in projects)
        {
            var project = solution.GetProject(projectSpec.Id!)!;
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new VerificationFailedException($"Project {project.Name} has no compilation.");

            foreach (var diagnostic in compilation.GetDiagnostics(cancellationToken))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    compilerErrors.Add((projectSpec, diagnostic));
                }
            }

            var exceptions = new ConcurrentQueue<(Exception Exception, DiagnosticAnalyzer Analyzer, Diagnostic Diagnostic)>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue((exception, analyzer, diagnostic)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var analyzerDiagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            if (!exceptions.IsEmpty)
            {
                var (exception, analyzer, diagnostic) = exceptions.First();
                Fail($"Analyzer {analyzer.GetType().FullName} threw while analysing project {project.Name}"
                    + (exceptions.Count > 1 ? $" ({exceptions.Count} exceptions in all; the first is shown)" : string.Empty) + ":" + Environment.NewLine
                    + exception + Environment.NewLine + "Reported as: " + diagnostic,
                    exception);
            }

            var crashes = analyzerDiagnostics.Where(d => d.Id == "AD0001").ToList();
            if (crashes.Count > 0)
            {
                Fail("An analyzer crashed (AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, crashes.Select(d => "  " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
            }

            foreach (var diagnostic in analyzerDiagnostics)
            {
                diagnostics.Add(ActualDiagnostic.Create(diagnostic, projectSpec));
            }
        }

        diagnostics.Sort(ActualDiagnostic.Compare);
        return new SolutionAnalysis(diagnostics, compilerErrors.ToImmutable());
    }

    private List<ExpectedDiagnostic> Expectations(List<ProjectSpec> projects, List<ExpectedDiagnostic> explicitExpectations)
    {
        var result = new List<ExpectedDiagnostic>();
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                foreach (var span in document.Spans)
                {
                    var lineSpan = document.Text.Lines.GetLinePositionSpan(span.Span);
                    result.Add(new ExpectedDiagnostic(span.Id!, document.DisplayName, lineSpan.Start.Line + 1, lineSpan.Start.Character + 1, lineSpan.End.Line + 1, lineSpan.End.Character + 1, null, null));
                }
            }
        }

        var firstSource = projects[0].Documents[0].DisplayName;
        result.AddRange(explicitExpectations.Select(e => e.HasLocation && e.FileName is null ? e with { FileName = firstSource } : e));
        return result;
    }

    private static void CompareDiagnostics(string what, List<ProjectSpec> projects, List<ExpectedDiagnostic> expected, List<ActualDiagnostic> actual)
    {
        var (missing, extra) = DiagnosticMatcher.Match(expected, actual, projects);
        if (missing.Count == 0 && extra.Count == 0)
        {
            return;
        }

        Fail(DiagnosticReport.Mismatch(what, projects, expected, actual, missing, extra));
    }

    private static List<(ProjectSpec Project, Diagnostic Diagnostic)> NewErrors(
        ImmutableArray<(ProjectSpec Project, Diagnostic Diagnostic)> before,
        ImmutableArray<(ProjectSpec Project, Diagnostic Diagnostic)> after)
    {
        // Locations move when code changes, so errors are compared as a multiset of (project, id, message).
        var remaining = before
            .GroupBy(e => (e.Project.Name, e.Diagnostic.Id, Message: e.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Count());
        var result = new List<(ProjectSpec, Diagnostic)>();
        foreach (var error in after)
        {
            var key = (error.Project.Name, error.Diagnostic.Id, Message: error.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
            }
            else
            {
                result.Add(error);
            }
        }

        return result;
    }

    private static string FormatCompilerDiagnostics(IEnumerable<(ProjectSpec Project, Diagnostic Diagnostic)> diagnostics, List<ProjectSpec> projects)
    {
        var actual = diagnostics.Select(d => ActualDiagnostic.Create(d.Diagnostic, d.Project)).ToList();
        actual.Sort(ActualDiagnostic.Compare);
        var builder = new StringBuilder();
        foreach (var diagnostic in actual)
        {
            builder.Append("  ").AppendLine(diagnostic.ToString());
        }

        builder.AppendLine("Sources:");
        builder.Append(DiagnosticReport.AnnotatedSources(projects, actual, []));
        return builder.ToString().TrimEnd();
    }

    // ---------------------------------------------------------------- fixes

    private async Task<(Solution Solution, string Description)> FixIterativelyAsync(Solution solution, List<ProjectSpec> projects, SolutionAnalysis original, CancellationToken cancellationToken)
    {
        var codeFix = CodeFix!;
        var analysis = original;
        var appliedTitles = new List<string>();
        for (var iteration = 0; ; iteration++)
        {
            var candidate = await FindActionAsync(solution, analysis, cancellationToken).ConfigureAwait(false);
            if (candidate is null)
            {
                if (iteration == 0)
                {
                    await FailNoActionAsync(solution, analysis, cancellationToken).ConfigureAwait(false);
                }

                break;
            }

            if (iteration >= MaxFixIterations)
            {
                Fail($"The code fix {codeFix.GetType().Name} was applied {MaxFixIterations} times and still offers '{candidate.Value.Action.Title}' "
                    + $"for {candidate.Value.Diagnostic}: it probably loops (its result is flagged again)." + Environment.NewLine
                    + "Current sources:" + Environment.NewLine + await CurrentTextsAsync(solution, projects, cancellationToken).ConfigureAwait(false));
            }

            var newSolution = await ApplyAsync(candidate.Value.Action, solution, cancellationToken).ConfigureAwait(false);
            if (!await HasTextChangesAsync(solution, newSolution, cancellationToken).ConfigureAwait(false))
            {
                Fail($"The code action '{candidate.Value.Action.Title}' [{candidate.Value.Action.EquivalenceKey}] of {codeFix.GetType().Name} changed nothing "
                    + $"when applied to {candidate.Value.Diagnostic}.");
            }

            appliedTitles.Add(candidate.Value.Action.Title);
            solution = newSolution;
            analysis = await AnalyzeAsync(solution, projects, cancellationToken).ConfigureAwait(false);
        }

        return (solution, $"{codeFix.GetType().Name}, iterative, applied {appliedTitles.Count} time(s): '{appliedTitles[0]}'");
    }

    private async Task<(Solution Solution, string Description)> FixAllAsync(Solution solution, List<ProjectSpec> projects, SolutionAnalysis original, CancellationToken cancellationToken)
    {
        var codeFix = CodeFix!;
        var candidate = await FindActionAsync(solution, original, cancellationToken).ConfigureAwait(false);
        if (candidate is null)
        {
            await FailNoActionAsync(solution, original, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("unreachable");
        }

        var (document, diagnostic, action) = candidate.Value;
        var fixAllProvider = codeFix.GetFixAllProvider();
        if (fixAllProvider is null)
        {
            Fail($"{codeFix.GetType().Name}.GetFixAllProvider() returned null, so FixMode.{FixMode} cannot be tested.");
        }

        var scope = FixMode switch
        {
            FixMode.FixAllDocument => FixAllScope.Document,
            FixMode.FixAllProject => FixAllScope.Project,
            _ => FixAllScope.Solution,
        };
        var supportedScopes = fixAllProvider!.GetSupportedFixAllScopes().ToList();
        if (!supportedScopes.Contains(scope))
        {
            Fail($"The Fix All provider of {codeFix.GetType().Name} does not support scope {scope} (supported: {string.Join(", ", supportedScopes)}).");
        }

        var diagnosticIds = codeFix.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        var diagnosticProvider = new PrecomputedDiagnosticProvider(
            original.Diagnostics.Where(d => diagnosticIds.Contains(d.Id)).Select(d => (d.Diagnostic, d.Project.Id!)),
            solution);
        var context = scope == FixAllScope.Document
            ? new FixAllContext(document, codeFix, scope, action.EquivalenceKey, diagnosticIds, diagnosticProvider, cancellationToken)
            : new FixAllContext(document.Project, codeFix, scope, action.EquivalenceKey, diagnosticIds, diagnosticProvider, cancellationToken);
        var fixAllAction = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
        if (fixAllAction is null)
        {
            Fail($"The Fix All provider of {codeFix.GetType().Name} returned no action for scope {scope} and equivalence key '{action.EquivalenceKey}' (first diagnostic: {diagnostic}).");
        }

        var newSolution = await ApplyAsync(fixAllAction!, solution, cancellationToken).ConfigureAwait(false);
        return (newSolution, $"{codeFix.GetType().Name}, Fix All in {scope} scope, '{action.Title}' [{action.EquivalenceKey}]");
    }

    private async Task<(Document Document, ActualDiagnostic Diagnostic, CodeAction Action)?> FindActionAsync(Solution solution, SolutionAnalysis analysis, CancellationToken cancellationToken)
    {
        foreach (var actual in FixableDiagnostics(analysis))
        {
            var document = solution.GetDocument(actual.Diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            var actions = await GetActionsAsync(document, actual.Diagnostic, cancellationToken).ConfigureAwait(false);
            var matches = actions.Where(IsSelected).ToList();
            if (matches.Count > 1)
            {
                Fail($"Several code actions match {SelectorDescription()} for {actual}:" + Environment.NewLine + DescribeActions(actions));
            }

            if (matches.Count == 1)
            {
                return (document, actual, matches[0]);
            }
        }

        return null;
    }

    private IEnumerable<ActualDiagnostic> FixableDiagnostics(SolutionAnalysis analysis)
    {
        var ids = CodeFix!.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        return analysis.Diagnostics.Where(d => ids.Contains(d.Id) && d.Diagnostic.Location.IsInSource);
    }

    private bool IsSelected(CodeAction action, int index) =>
        CodeActionEquivalenceKey is null && CodeActionTitle is null
            ? index == 0
            : (CodeActionEquivalenceKey is null || action.EquivalenceKey == CodeActionEquivalenceKey)
                && (CodeActionTitle is null || action.Title == CodeActionTitle);

    private string SelectorDescription() =>
        CodeActionEquivalenceKey is null && CodeActionTitle is null
            ? "(the first action)"
            : string.Join(" and ", new[]
            {
                CodeActionEquivalenceKey is null ? null : $"equivalence key '{CodeActionEquivalenceKey}'",
                CodeActionTitle is null ? null : $"title '{CodeActionTitle}'",
            }.Where(s => s is not null));

    private async Task FailNoActionAsync(Solution solution, SolutionAnalysis analysis, CancellationToken cancellationToken)
    {
        var codeFix = CodeFix!;
        var fixable = FixableDiagnostics(analysis).ToList();
        if (fixable.Count == 0)
        {
            Fail($"FixedSources is set, but there is no diagnostic that {codeFix.GetType().Name} can fix "
                + $"(FixableDiagnosticIds: {string.Join(", ", codeFix.FixableDiagnosticIds)}). Reported diagnostics:" + Environment.NewLine
                + (analysis.Diagnostics.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, analysis.Diagnostics.Select(d => "  " + d))));
        }

        var builder = new StringBuilder();
        var any = false;
        foreach (var actual in fixable)
        {
            var document = solution.GetDocument(actual.Diagnostic.Location.SourceTree)!;
            var actions = await GetActionsAsync(document, actual.Diagnostic, cancellationToken).ConfigureAwait(false);
            any |= actions.Count > 0;
            builder.Append("  ").Append(actual).AppendLine(":");
            builder.AppendLine(actions.Count == 0 ? "    (no action registered)" : DescribeActions(actions, "    "));
        }

        Fail(any
            ? $"No code action of {codeFix.GetType().Name} matches {SelectorDescription()}. Available actions per diagnostic (title [equivalence key]):" + Environment.NewLine + builder.ToString().TrimEnd()
            : $"FixedSources is set, but {codeFix.GetType().Name} registered no code action for any diagnostic:" + Environment.NewLine + builder.ToString().TrimEnd());
    }

    private async Task<List<CodeAction>> GetActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await CodeFix!.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return CodeActions.Flatten(actions);
    }

    private static string DescribeActions(IEnumerable<CodeAction> actions, string indent = "  ") =>
        string.Join(Environment.NewLine, actions.Select(a => $"{indent}'{a.Title}' [{a.EquivalenceKey ?? "null"}]"));

    private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var applyOperations = operations.OfType<ApplyChangesOperation>().ToList();
        if (applyOperations.Count != 1)
        {
            Fail($"The code action '{action.Title}' produced {applyOperations.Count} ApplyChangesOperation(s) (expected one); operations: "
                + string.Join(", ", operations.Select(o => o.GetType().Name)));
        }

        var newSolution = applyOperations[0].ChangedSolution;
        var changedDocuments = newSolution.GetChanges(solution).GetProjectChanges()
            .SelectMany(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(p.GetAddedDocuments()))
            .ToList();
        foreach (var documentId in changedDocuments)
        {
            var document = newSolution.GetDocument(documentId)!;
            // No explicit ImportAdder step: ImportAdder.AddImportsFromSymbolAnnotationAsync is internal in Roslyn 4.5 and 4.14, and
            // CodeAction.GetOperationsAsync already runs Roslyn's own cleanup (imports for Simplifier.AddImportsAnnotation,
            // simplification, formatting). The two passes below repeat the last two, as the IDE's result would show them.
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            newSolution = document.Project.Solution;
        }

        return newSolution;
    }

    private static async Task<bool> HasTextChangesAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
        {
            if (projectChanges.GetAddedDocuments().Any() || projectChanges.GetRemovedDocuments().Any())
            {
                return true;
            }

            foreach (var id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
            {
                var oldText = await before.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var newText = await after.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!oldText.ContentEquals(newText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task CompareFixedTextsAsync(Solution solution, List<ProjectSpec> projects, List<ProjectSpec> fixedProjects, string description, CancellationToken cancellationToken)
    {
        var failures = new StringBuilder();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = solution.GetProject(projects[i].Id!)!;
            var expectedDocuments = fixedProjects[i].Documents;
            var actualDocuments = new Dictionary<string, Document>(StringComparer.Ordinal);
            foreach (var document in project.Documents)
            {
                actualDocuments[RelativeName(document, projects[i])] = document;
            }

            foreach (var expected in expectedDocuments)
            {
                if (!actualDocuments.Remove(expected.Name, out var document))
                {
                    failures.AppendLine($"{expected.DisplayName}: expected after the fix, but the project has no such document (it has: {string.Join(", ", project.Documents.Select(d => RelativeName(d, projects[i])))}).");
                    continue;
                }

                var actualText = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                var expectedText = expected.Text.ToString();
                if (!string.Equals(actualText, expectedText, StringComparison.Ordinal))
                {
                    failures.AppendLine(TextDiff.Describe(expected.DisplayName, expectedText, actualText));
                }
            }

            foreach (var (name, document) in actualDocuments)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                failures.AppendLine($"{(projects[i].IsMain ? name : projects[i].Name + "/" + name)}: the fix left or added this document, but the expected fixed sources do not have it. Its text:");
                failures.AppendLine(TextDiff.Numbered(text.ToString(), -1));
            }
        }

        if (failures.Length > 0)
        {
            Fail($"The fixed sources differ from the expected ones ({description}):" + Environment.NewLine + failures.ToString().TrimEnd());
        }
    }

    private static async Task<string> CurrentTextsAsync(Solution solution, List<ProjectSpec> projects, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var spec in projects)
        {
            foreach (var document in solution.GetProject(spec.Id!)!.Documents)
            {
                builder.Append(spec.IsMain ? string.Empty : spec.Name + "/").Append(RelativeName(document, spec)).AppendLine(":");
                builder.AppendLine(TextDiff.Numbered((await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString(), -1));
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string RelativeName(Document document, ProjectSpec project) =>
        document.FilePath is { } path && path.StartsWith(project.Folder, StringComparison.Ordinal)
            ? path[project.Folder.Length..]
            : string.Join("/", document.Folders.Append(document.Name));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Diagnostics.StackTraceHidden]
    internal static void Fail(string message, Exception? inner = null) =>
        throw (inner is null ? new VerificationFailedException(message) : new VerificationFailedException(message, inner));

    private sealed record SolutionAnalysis(List<ActualDiagnostic> Diagnostics, ImmutableArray<(ProjectSpec Project, Diagnostic Diagnostic)> CompilerErrors);

    /// <summary>Hands the diagnostics the verifier computed to a Fix All provider.</summary>
    private sealed class PrecomputedDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<(Diagnostic Diagnostic, ProjectId ProjectId)> _diagnostics;
        private readonly Solution _solution;

        public PrecomputedDiagnosticProvider(IEnumerable<(Diagnostic Diagnostic, ProjectId ProjectId)> diagnostics, Solution solution)
        {
            _diagnostics = diagnostics.ToImmutableArray();
            _solution = solution;
        }

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics
                .Where(d => d.Diagnostic.Location.IsInSource && _solution.GetDocumentId(d.Diagnostic.Location.SourceTree) == document.Id)
                .Select(d => d.Diagnostic)
                .ToImmutableArray());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics
                .Where(d => !d.Diagnostic.Location.IsInSource && d.ProjectId == project.Id)
                .Select(d => d.Diagnostic)
                .ToImmutableArray());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics
                .Where(d => d.ProjectId == project.Id)
                .Select(d => d.Diagnostic)
                .ToImmutableArray());
    }
}

internal sealed class ProjectSpec(string name, string folder, int index, List<DocumentSpec> documents)
{
    public string Name { get; } = name;

    public string Folder { get; } = folder;

    /// <summary>0 for the main project, then the additional projects in order.</summary>
    public int Index { get; } = index;

    public bool IsMain => Index == 0;

    public List<DocumentSpec> Documents { get; } = documents;

    public Dictionary<string, string> AdditionalFilePaths { get; } = new(StringComparer.Ordinal);

    public ProjectId? Id { get; set; }
}

internal sealed class DocumentSpec(string name, string displayName, string path, SourceText text, List<MarkupSpan> spans)
{
    /// <summary>Path relative to the project folder ("Test0.cs", "Sub/Test1.cs").</summary>
    public string Name { get; } = name;

    /// <summary>Name in messages and expectations: relative name in the main project, "Project/Name" elsewhere.</summary>
    public string DisplayName { get; } = displayName;

    public string Path { get; } = path;

    public SourceText Text { get; } = text;

    /// <summary>Markup spans with the default id resolved.</summary>
    public List<MarkupSpan> Spans { get; } = spans;

    public DocumentId? Id { get; set; }
}
