using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>
/// The public surface of ErrorCodeAnalyzers.Constants (generated from the catalogs) is what PublicAPI.Shipped.txt
/// says, documented, with [Obsolete] where the catalog retires a code, a string twin for every int constant, and the
/// catalogs' values.
/// </summary>
public sealed class ConstantsPublicApiTests
{
    private const string ApiFileName = "PublicAPI.Shipped.txt";
    private const string UpdateVariable = "UPDATE_PUBLIC_API";
    private const string RootNamespace = "ProviderErrorCodes";
    private const string StringsSuffix = "Strings";

    private static Assembly ConstantsAssembly => typeof(global::ProviderErrorCodes.ImmutableLink).Assembly;

    [Fact]
    public void PublicApiMatchesTheShippedList()
    {
        var actual = PublicApiLines(ConstantsAssembly);
        // The file in the checkout is the truth; the copy next to the tests serves runs outside a checkout.
        var sourcePath = RepositoryPaths.RootOrNull is null ? null : Path.Combine(RepositoryPaths.TestProjectDirectory, ApiFileName);
        var expected = ReadApiFile(sourcePath is not null && File.Exists(sourcePath) ? sourcePath : Path.Combine(AppContext.BaseDirectory, ApiFileName));
        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        var removed = expected.Except(actual, StringComparer.Ordinal).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1" && !RepositoryPaths.IsCi && sourcePath is not null)
        {
            File.WriteAllText(sourcePath, string.Join("\n", actual) + "\n", new UTF8Encoding(false));
            return;
        }

        var message = new StringBuilder()
            .AppendLine($"The public API of {ConstantsAssembly.GetName().Name} differs from {ApiFileName} ({added.Count} added, {removed.Count} removed).");
        if (added.Count > 0)
        {
            message.AppendLine("Added:");
            added.ForEach(line => message.Append("+ ").AppendLine(line));
        }

        if (removed.Count > 0)
        {
            message.AppendLine("Removed:");
            removed.ForEach(line => message.Append("- ").AppendLine(line));
        }

        message.AppendLine(
            $"If the change is intended, run `{UpdateVariable}=1 dotnet test tests/ErrorCodeAnalyzers.Tests --filter FullyQualifiedName~ConstantsPublicApiTests` " +
            $"(not in CI) to rewrite {sourcePath ?? "tests/ErrorCodeAnalyzers.Tests/" + ApiFileName}, and review the diff. A removed or renamed constant breaks callers: " +
            "keep the old name in the catalog entry's \"formerNames\" instead.");
        Assert.Fail(message.ToString());
    }

    [Fact]
    public void ShippedListIsSortedOrdinalWithoutDuplicates()
    {
        var path = Path.Combine(RepositoryPaths.TestProjectDirectory, ApiFileName);
        var lines = ReadApiFile(path);
        Assert.Equal(lines.Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal), lines);
    }

    [Fact]
    public void EveryConstantAndClassHasXmlDocumentation()
    {
        var xmlPath = Path.ChangeExtension(ConstantsAssembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{xmlPath} should exist: the constants project sets GenerateDocumentationFile and the file is copied next to the assembly");
        var summaries = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => Normalize(m.Element("summary")?.Value), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var type in ConstantsAssembly.GetExportedTypes())
        {
            if (!summaries.TryGetValue("T:" + DisplayName(type), out var typeSummary) || typeSummary.Length == 0)
            {
                problems.Add($"class {DisplayName(type)} has no <summary>");
            }

            foreach (var field in ConstantFields(type))
            {
                var id = $"F:{DisplayName(type)}.{field.Name}";
                var value = Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)!;
                if (!summaries.TryGetValue(id, out var summary) || summary.Length == 0)
                {
                    problems.Add($"{id} has no <summary>");
                }
                else if (!summary.Contains(value, StringComparison.Ordinal))
                {
                    problems.Add($"{id}: the <summary> should mention the code {value}: {summary}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"Missing documentation ({problems.Count}):\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void ConstantsHaveTheCatalogsValuesNamesAndObsoleteReasons()
    {
        var problems = new List<string>();
        foreach (var catalog in CatalogJson.LoadAll())
        {
            // What the catalog declares: member path -> (value, [Obsolete] message or null).
            var expected = new Dictionary<string, (int Value, string? Obsolete)>(StringComparer.Ordinal);
            foreach (var section in catalog.Sections)
            {
                foreach (var entry in section.Entries)
                {
                    var prefix = $"{catalog.ClassName}.{section.Id}.";
                    if (entry.Code is { } code)
                    {
                        expected[prefix + entry.Name] = (code, entry.ObsoleteReason);
                        foreach (var former in entry.FormerNames)
                        {
                            expected[prefix + former] = (code, $"Renamed to {entry.Name}.");
                        }
                    }
                    else if (entry.Range is { } range)
                    {
                        expected[prefix + entry.Name + "From"] = (range.From, null);
                        expected[prefix + entry.Name + "To"] = (range.To, null);
                    }
                }
            }

            foreach (var (suffix, asString) in new[] { (string.Empty, false), (StringsSuffix, true) })
            {
                var root = ConstantsAssembly.GetType($"{RootNamespace}.{catalog.ClassName}{suffix}");
                if (root is null)
                {
                    problems.Add($"{catalog.FileName}: no class {RootNamespace}.{catalog.ClassName}{suffix}");
                    continue;
                }

                var actual = ConstantsUnder(root).ToDictionary(
                    c => catalog.ClassName + c.Path.Substring((catalog.ClassName + suffix).Length),
                    c => c.Field,
                    StringComparer.Ordinal);
                foreach (var (path, (value, obsolete)) in expected)
                {
                    var shown = $"{RootNamespace}.{catalog.ClassName}{suffix}{path.Substring(catalog.ClassName.Length)}";
                    if (!actual.TryGetValue(path, out var field))
                    {
                        problems.Add($"{catalog.FileName}: constant {shown} is missing");
                        continue;
                    }

                    object expectedValue = asString ? value.ToString(CultureInfo.InvariantCulture) : value;
                    if (!Equals(field.GetRawConstantValue(), expectedValue))
                    {
                        problems.Add($"{shown} is {Format(field.GetRawConstantValue())}, the catalog says {Format(expectedValue)}");
                    }

                    var attribute = field.GetCustomAttribute<ObsoleteAttribute>();
                    if (attribute?.Message != obsolete || (attribute is null) != (obsolete is null))
                    {
                        problems.Add(obsolete is null
                            ? $"{shown} should not be [Obsolete] (it is: '{attribute?.Message}')"
                            : $"{shown} should be [Obsolete(\"{obsolete}\")], found {(attribute is null ? "no attribute" : $"[Obsolete(\"{attribute.Message}\")]")}");
                    }
                }

                foreach (var path in actual.Keys.Where(p => !expected.ContainsKey(p)))
                {
                    problems.Add($"{RootNamespace}.{catalog.ClassName}{suffix}{path.Substring(catalog.ClassName.Length)} is not in {catalog.FileName}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"Constants that differ from the catalogs ({problems.Count}):\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void EveryIntConstantHasAStringTwinWithTheSameValue()
    {
        var problems = new List<string>();
        var roots = ConstantsAssembly.GetExportedTypes().Where(t => !t.IsNested && t.Namespace == RootNamespace).ToList();
        foreach (var intRoot in roots.Where(t => !t.Name.EndsWith(StringsSuffix, StringComparison.Ordinal)))
        {
            var stringRoot = roots.SingleOrDefault(t => t.Name == intRoot.Name + StringsSuffix);
            if (stringRoot is null)
            {
                problems.Add($"{DisplayName(intRoot)} has no {intRoot.Name}{StringsSuffix} twin");
                continue;
            }

            var ints = ConstantsUnder(intRoot).ToDictionary(c => c.Path.Substring(intRoot.Name.Length), c => c.Field, StringComparer.Ordinal);
            var strings = ConstantsUnder(stringRoot).ToDictionary(c => c.Path.Substring(stringRoot.Name.Length), c => c.Field, StringComparer.Ordinal);
            foreach (var (path, field) in ints)
            {
                var name = DisplayName(intRoot) + path;
                if (field.FieldType != typeof(int))
                {
                    problems.Add($"{name} is a {field.FieldType.Name}, expected int");
                    continue;
                }

                if (!strings.TryGetValue(path, out var twin))
                {
                    problems.Add($"{name} has no string twin {DisplayName(stringRoot)}{path}");
                    continue;
                }

                var value = ((int)field.GetRawConstantValue()!).ToString(CultureInfo.InvariantCulture);
                if (twin.FieldType != typeof(string) || !Equals(twin.GetRawConstantValue(), value))
                {
                    problems.Add($"{DisplayName(stringRoot)}{path} is {Format(twin.GetRawConstantValue())}, expected \"{value}\"");
                }

                if (field.GetCustomAttribute<ObsoleteAttribute>()?.Message != twin.GetCustomAttribute<ObsoleteAttribute>()?.Message)
                {
                    problems.Add($"{name} and its string twin differ in [Obsolete]");
                }
            }

            foreach (var path in strings.Keys.Where(p => !ints.ContainsKey(p)))
            {
                problems.Add($"{DisplayName(stringRoot)}{path} has no int twin {DisplayName(intRoot)}{path}");
            }
        }

        Assert.True(roots.Count > 0, $"no public classes in namespace {RootNamespace}");
        Assert.True(problems.Count == 0, $"Int/string twins ({problems.Count}):\n  " + string.Join("\n  ", problems));
    }

    /// <summary>
    /// One line per public type and member, sorted ordinal: "class N.T", "const N.T.Member = 2002" (or = "2002"),
    /// with " [Obsolete]" at the end of obsolete members; other members by kind.
    /// </summary>
    internal static List<string> PublicApiLines(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = DisplayName(type);
            lines.Add($"{Kind(type)} {name}{ObsoleteMark(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                var line = member switch
                {
                    Type => null, // nested types are listed as types
                    FieldInfo { IsLiteral: true } field => $"const {name}.{field.Name} = {Format(field.GetRawConstantValue())}",
                    FieldInfo field => $"field {field.FieldType} {name}.{field.Name}",
                    MethodInfo { IsSpecialName: true } => null, // property and event accessors
                    MethodInfo method => $"method {method.ReturnType} {name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType))})",
                    ConstructorInfo constructor => $"ctor {name}({string.Join(", ", constructor.GetParameters().Select(p => p.ParameterType))})",
                    PropertyInfo property => $"property {property.PropertyType} {name}.{property.Name}",
                    EventInfo @event => $"event {@event.EventHandlerType} {name}.{@event.Name}",
                    _ => $"{member.MemberType.ToString().ToLowerInvariant()} {name}.{member.Name}",
                };
                if (line is not null)
                {
                    lines.Add(line + ObsoleteMark(member));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string> ReadApiFile(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing; create it with {UpdateVariable}=1 (see {nameof(PublicApiMatchesTheShippedList)})");
        return File.ReadAllLines(path).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>Every constant under a root class, with its path "Root.Section.Member".</summary>
    private static IEnumerable<(string Path, FieldInfo Field)> ConstantsUnder(Type root) =>
        ConstantsAssembly.GetExportedTypes()
            .Where(t => t == root || DisplayName(t).StartsWith(DisplayName(root) + ".", StringComparison.Ordinal))
            .SelectMany(t => ConstantFields(t).Select(f => (DisplayName(t).Substring(RootNamespace.Length + 1) + "." + f.Name, f)));

    private static IEnumerable<FieldInfo> ConstantFields(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(f => f.IsLiteral);

    private static string DisplayName(Type type) => type.FullName!.Replace('+', '.');

    private static string ObsoleteMark(MemberInfo member) => member.IsDefined(typeof(ObsoleteAttribute), inherit: false) ? " [Obsolete]" : string.Empty;

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? "struct"
        : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
        : "class";

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Normalize(string? text) => text is null ? string.Empty : string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
