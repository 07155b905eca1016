using System.Composition;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Catalogs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// Every descriptor of every analyzer follows the package's conventions: its id, its help link to its rule page
/// (which exists), its release-tracking entry, its wording. Every code fix supports Fix All and is exported.
/// </summary>
public sealed class DescriptorTests
{
    private static readonly Regex IdPattern = new(@"^ECA\d{4}$", RegexOptions.CultureInvariant);

    private static Assembly AnalyzerAssembly => typeof(ErrorCodeLiteralAnalyzer).Assembly;

    private static Assembly CodeFixAssembly => typeof(UseNamedErrorCodeConstantCodeFix).Assembly;

    public static TheoryData<string> DiagnosticIdsOfAnalyzers()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(d => d.Descriptor.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> CodeFixProviderNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ConcreteTypes<CodeFixProvider>(CodeFixAssembly))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void TheAssembliesHoldAnalyzersAndCodeFixes()
    {
        Assert.NotEmpty(ConcreteTypes<DiagnosticAnalyzer>(AnalyzerAssembly));
        Assert.NotEmpty(AllDescriptors());
        Assert.NotEmpty(ConcreteTypes<CodeFixProvider>(CodeFixAssembly));
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void IdHasThePackageFormat(string id) => Assert.Matches(IdPattern, id);

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void IdIsADiagnosticIdsConstant(string id)
    {
        var constants = typeof(DiagnosticIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Contains(id, constants);
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void HelpLinkIsTheRulePage(string id)
    {
        foreach (var (analyzer, descriptor) in DescriptorsOf(id))
        {
            Assert.True(
                descriptor.HelpLinkUri == Descriptors.DocumentationBaseUri + id + ".md",
                $"{analyzer.Name}: the help link of {id} is '{descriptor.HelpLinkUri}', expected '{Descriptors.DocumentationBaseUri}{id}.md'.");
        }
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void RulePageExistsAndStartsWithTheId(string id)
    {
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no rule page: {page} does not exist.");
        var firstLine = File.ReadLines(page).FirstOrDefault() ?? string.Empty;
        Assert.True(
            firstLine.StartsWith("# " + id, StringComparison.Ordinal),
            $"docs/rules/{id}.md must start with '# {id}', but its first line is '{firstLine}'.");
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void IdIsTrackedInTheAnalyzerReleases(string id)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "src", "Analyzers");
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .Select(name => Path.Combine(directory, name))
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Any(line => Regex.IsMatch(line, @"^\s*" + Regex.Escape(id) + @"\s*\|"));
        Assert.True(tracked, $"{id} is in neither AnalyzerReleases.Shipped.md nor AnalyzerReleases.Unshipped.md.");
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsOfAnalyzers))]
    public void TitleAndMessageDoNotEndWithAPeriod(string id)
    {
        foreach (var (analyzer, descriptor) in DescriptorsOf(id))
        {
            var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var message = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(string.IsNullOrWhiteSpace(title), $"{analyzer.Name}: {id} has no title.");
            Assert.False(string.IsNullOrWhiteSpace(message), $"{analyzer.Name}: {id} has no message.");
            Assert.False(title.TrimEnd().EndsWith('.'), $"{analyzer.Name}: the title of {id} ends with a period: '{title}'.");
            Assert.False(message.TrimEnd().EndsWith('.'), $"{analyzer.Name}: the message of {id} ends with a period: '{message}'.");
        }
    }

    [Theory]
    [MemberData(nameof(CodeFixProviderNames))]
    public void CodeFixSupportsFixAll(string typeName)
    {
        var provider = (CodeFixProvider)Activator.CreateInstance(CodeFixAssembly.GetType(typeName, throwOnError: true)!)!;
        Assert.NotNull(provider.GetFixAllProvider());
    }

    [Theory]
    [MemberData(nameof(CodeFixProviderNames))]
    public void CodeFixIsExported(string typeName)
    {
        var type = CodeFixAssembly.GetType(typeName, throwOnError: true)!;
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.True(export is not null, $"{type.Name} lacks [ExportCodeFixProvider]: the IDE and dotnet format would not find it.");
        Assert.Contains(LanguageNames.CSharp, export!.Languages);
        Assert.True(type.GetCustomAttribute<SharedAttribute>() is not null, $"{type.Name} lacks [Shared].");
    }

    private static IEnumerable<(Type Analyzer, DiagnosticDescriptor Descriptor)> DescriptorsOf(string id) =>
        AllDescriptors().Where(d => d.Descriptor.Id == id);

    private static List<(Type Analyzer, DiagnosticDescriptor Descriptor)> AllDescriptors() =>
        ConcreteTypes<DiagnosticAnalyzer>(AnalyzerAssembly)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics.Select(descriptor => (type, descriptor)))
            .ToList();

    private static List<Type> ConcreteTypes<T>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(T).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
}
