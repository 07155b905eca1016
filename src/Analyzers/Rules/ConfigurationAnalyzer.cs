using System.Collections.Concurrent;
using System.Collections.Immutable;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Rules
{
    /// <summary>
    /// ECA0100: configuration values the package cannot understand. Reported once per distinct key and value
    /// per compilation; the rules themselves go on with the valid part.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var reported = new ConcurrentDictionary<(string Key, string Value, string Problem), bool>();
                start.RegisterSyntaxTreeAction(treeContext =>
                {
                    var options = OptionsReader.Get(treeContext.Options.AnalyzerConfigOptionsProvider, treeContext.Tree);
                    foreach (var problem in options.Problems)
                    {
                        if (reported.TryAdd((problem.Key, problem.Value, problem.Problem), true))
                        {
                            treeContext.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfiguration, Location.None, problem.Key, problem.Value, problem.Problem));
                        }
                    }
                });
            });
        }
    }
}
