using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ErrorCodeAnalyzers.CatalogGenerator;

/// <summary>
/// Reads and validates catalog files. Every problem is collected with the file, position and entry
/// it belongs to, so a malformed catalog fails the build with a message a person can act on.
/// </summary>
public static class CatalogLoader
{
    private static readonly Regex ProviderIdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex PascalIdentifierPattern = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex NumberedPlaceholderName = new("^(Code|Error|ErrorCode)_?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly string[] TextKeys = { "scenario", "message", "userActions", "developerActions" };
    private static readonly string[] PlaceholderTexts = { "TODO", "TBD", "FIXME", "XXX", "...", "-", "N/A" };

    public static (IReadOnlyList<Catalog> Catalogs, IReadOnlyList<CatalogError> Errors) LoadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var errors = new List<CatalogError>();
        var catalogs = new List<Catalog>();
        if (files.Count == 0)
        {
            errors.Add(new CatalogError(Path.GetFullPath(directory), 1, 1, "no catalog files (*.json) found"));
        }

        foreach (var file in files)
        {
            var catalog = Load(file, File.ReadAllBytes(file), errors);
            if (catalog is not null)
            {
                catalogs.Add(catalog);
            }
        }

        CheckAcrossCatalogs(catalogs, errors);
        return (catalogs, errors);
    }

    public static Catalog? Load(string filePath, byte[] content, List<CatalogError> errors)
    {
        filePath = Path.GetFullPath(filePath);
        JsonValueNode root;
        try
        {
            root = PositionedJsonParser.Parse(content);
        }
        catch (JsonSyntaxException e)
        {
            errors.Add(new CatalogError(filePath, e.Line, e.Column, e.Message));
            return null;
        }

        var reader = new Reader(filePath, errors);
        if (root is not JsonObjectNode rootObject)
        {
            reader.Error(root, "the root must be an object");
            return null;
        }

        reader.CheckKeys(rootObject, "catalog", "$schema", "provider", "displayName", "className", "sources", "sections");
        var provider = reader.RequiredString(rootObject, "provider", "catalog");
        if (provider is not null && !ProviderIdPattern.IsMatch(provider))
        {
            reader.Error(rootObject.Get("provider")!, $"catalog: provider '{provider}' must be lower-case words joined by '-' (e.g. immutable-link)");
        }

        var displayName = reader.RequiredString(rootObject, "displayName", "catalog");
        var className = reader.RequiredString(rootObject, "className", "catalog");
        if (className is not null && !PascalIdentifierPattern.IsMatch(className))
        {
            reader.Error(rootObject.Get("className")!, $"catalog: className '{className}' must be a PascalCase C# identifier");
        }

        var sources = new List<string>();
        if (rootObject.Get("sources") is { } sourcesNode)
        {
            if (sourcesNode is JsonArrayNode sourcesArray)
            {
                foreach (var item in sourcesArray.Items)
                {
                    if (reader.AsString(item, "catalog: sources items") is { } source)
                    {
                        sources.Add(source);
                    }
                }
            }
            else
            {
                reader.Error(sourcesNode, "catalog: sources must be an array of file names");
            }
        }

        var sections = new List<CatalogSection>();
        if (rootObject.Get("sections") is JsonArrayNode sectionsArray)
        {
            if (sectionsArray.Items.Count == 0)
            {
                reader.Error(sectionsArray, "catalog: sections must not be empty");
            }

            for (var i = 0; i < sectionsArray.Items.Count; i++)
            {
                if (ReadSection(reader, sectionsArray.Items[i], i) is { } section)
                {
                    sections.Add(section);
                }
            }
        }
        else
        {
            reader.Error(rootObject.Get("sections") ?? rootObject, "catalog: 'sections' is required and must be an array");
        }

        if (provider is null || displayName is null || className is null)
        {
            return null;
        }

        var catalog = new Catalog(filePath, provider, displayName, className, sources, sections);
        CheckWithinCatalog(catalog, errors);
        return catalog;
    }

    private static CatalogSection? ReadSection(Reader reader, JsonValueNode node, int index)
    {
        var path = $"sections[{index}]";
        if (node is not JsonObjectNode section)
        {
            reader.Error(node, $"{path} must be an object");
            return null;
        }

        reader.CheckKeys(section, path, "id", "title", "entries");
        var id = reader.RequiredString(section, "id", path);
        if (id is not null)
        {
            path = $"{path} '{id}'";
            if (id.Split('.').Any(segment => !PascalIdentifierPattern.IsMatch(segment)))
            {
                reader.Error(section.Get("id")!, $"{path}: id must be PascalCase identifiers joined by '.' (each becomes a nested class)");
            }
        }

        string? titleEn = null;
        string? titleKo = null;
        if (section.Get("title") is JsonObjectNode title)
        {
            reader.CheckKeys(title, path + ".title", "en", "ko");
            titleEn = reader.RequiredString(title, "en", path + ".title");
            titleKo = title.Get("ko") is { } ko ? reader.AsString(ko, path + ".title.ko") : null;
        }
        else
        {
            reader.Error(section.Get("title") ?? section, $"{path}: 'title' is required and must be an object with 'en'");
        }

        var entries = new List<CatalogEntry>();
        if (section.Get("entries") is JsonArrayNode entriesArray)
        {
            if (entriesArray.Items.Count == 0)
            {
                reader.Error(entriesArray, $"{path}: entries must not be empty");
            }

            for (var i = 0; i < entriesArray.Items.Count; i++)
            {
                if (ReadEntry(reader, entriesArray.Items[i], $"sections[{index}].entries[{i}]") is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        else
        {
            reader.Error(section.Get("entries") ?? section, $"{path}: 'entries' is required and must be an array");
        }

        return id is null || titleEn is null ? null : new CatalogSection(id, titleEn, titleKo, entries);
    }

    private static CatalogEntry? ReadEntry(Reader reader, JsonValueNode node, string path)
    {
        if (node is not JsonObjectNode entry)
        {
            reader.Error(node, $"entry {path} must be an object");
            return null;
        }

        var name = entry.Get("name") is { } nameNode ? reader.AsString(nameNode, $"entry {path}: name") : null;
        int? code = entry.Get("code") is { } codeNode ? reader.AsInt(codeNode, $"entry {path}: code") : null;
        var label = $"entry {path} ({(code is { } c ? "code " + c.ToString(CultureInfo.InvariantCulture) : "no code")}, '{name ?? "?"}')";
        reader.CheckKeys(entry, label, "code", "range", "name", "texts", "httpStatus", "success", "obsolete", "mandatory", "formerNames");
        if (name is null)
        {
            reader.Error(entry, $"{label}: 'name' is required");
        }
        else if (!PascalIdentifierPattern.IsMatch(name))
        {
            reader.Error(entry.Get("name")!, $"{label}: name '{name}' must be a PascalCase C# identifier (letters and digits, starting with an upper-case letter)");
        }
        else if (NumberedPlaceholderName.IsMatch(name))
        {
            reader.Error(entry.Get("name")!, $"{label}: name '{name}' must say what the code means, not repeat its number");
        }

        CodeRange? range = null;
        if (entry.Get("range") is { } rangeNode)
        {
            if (rangeNode is JsonObjectNode rangeObject)
            {
                reader.CheckKeys(rangeObject, label + ".range", "from", "to");
                var from = rangeObject.Get("from") is { } f ? reader.AsInt(f, label + ": range.from") : null;
                var to = rangeObject.Get("to") is { } t ? reader.AsInt(t, label + ": range.to") : null;
                if (from is null || to is null)
                {
                    reader.Error(rangeObject, $"{label}: range needs integer 'from' and 'to'");
                }
                else if (from > to)
                {
                    reader.Error(rangeObject, $"{label}: range.from ({from}) is greater than range.to ({to})");
                }
                else
                {
                    range = new CodeRange(from.Value, to.Value);
                }
            }
            else
            {
                reader.Error(rangeNode, $"{label}: range must be an object with 'from' and 'to'");
            }

            if (entry.Get("code") is not null)
            {
                reader.Error(rangeNode, $"{label}: an entry has either 'code' or 'range', not both");
            }
        }

        EntryTexts? english = null;
        EntryTexts? korean = null;
        if (entry.Get("texts") is JsonObjectNode texts)
        {
            reader.CheckKeys(texts, label + ".texts", "en", "ko");
            english = texts.Get("en") is { } en ? ReadTexts(reader, en, label + ": texts.en") : null;
            korean = texts.Get("ko") is { } ko ? ReadTexts(reader, ko, label + ": texts.ko") : null;
            if (english is null || english.Headline is null)
            {
                reader.Error(texts, $"{label}: texts.en needs at least a 'message' or a 'scenario'");
            }
            else if (new[] { english.Scenario, english.Message, english.UserActions, english.DeveloperActions }.Any(ContainsHangul))
            {
                // The Korean Link page is partly English, so equal texts are fine; Korean in English texts is not.
                reader.Error(texts, $"{label}: texts.en contains Korean text; English texts must be English");
            }
        }
        else
        {
            reader.Error(entry.Get("texts") ?? entry, $"{label}: 'texts' is required and must be an object with 'en'");
        }

        int? httpStatus = entry.Get("httpStatus") is { } statusNode ? reader.AsInt(statusNode, label + ": httpStatus") : null;
        if (httpStatus is < 100 or > 599)
        {
            reader.Error(entry.Get("httpStatus")!, $"{label}: httpStatus {httpStatus} is not an HTTP status (100-599)");
        }

        var success = false;
        if (entry.Get("success") is { } successNode)
        {
            if (successNode is JsonLiteralNode { Value: true })
            {
                success = true;
            }
            else
            {
                reader.Error(successNode, $"{label}: success must be true when present");
            }
        }

        var obsoleteReason = ReadReason(reader, entry, "obsolete", label);
        var mandatoryReason = ReadReason(reader, entry, "mandatory", label);
        if (obsoleteReason is not null && mandatoryReason is not null)
        {
            reader.Error(entry.Get("mandatory")!, $"{label}: an obsolete code is never mandatory");
        }

        if (success && (obsoleteReason is not null || mandatoryReason is not null))
        {
            reader.Error(entry.Get("success")!, $"{label}: a success code is neither obsolete nor mandatory");
        }

        if (code is null && range is null && (success || mandatoryReason is not null || obsoleteReason is not null || httpStatus is not null))
        {
            reader.Error(entry, $"{label}: a code-less row cannot carry success, obsolete, mandatory or httpStatus");
        }

        var formerNames = new List<string>();
        if (entry.Get("formerNames") is { } formerNode)
        {
            if (formerNode is JsonArrayNode formerArray)
            {
                foreach (var item in formerArray.Items)
                {
                    if (reader.AsString(item, label + ": formerNames") is { } former)
                    {
                        if (!PascalIdentifierPattern.IsMatch(former))
                        {
                            reader.Error(item, $"{label}: former name '{former}' must be a PascalCase C# identifier");
                        }

                        formerNames.Add(former);
                    }
                }
            }
            else
            {
                reader.Error(formerNode, $"{label}: formerNames must be an array of names");
            }
        }

        return name is null || english is null
            ? null
            : new CatalogEntry(path, entry.Line, entry.Column, code, range, name, english, korean, httpStatus, success, obsoleteReason, mandatoryReason, formerNames);
    }

    private static bool ContainsHangul(string? text) =>
        text is not null && text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F');

    private static EntryTexts? ReadTexts(Reader reader, JsonValueNode node, string label)
    {
        if (node is not JsonObjectNode texts)
        {
            reader.Error(node, $"{label} must be an object");
            return null;
        }

        reader.CheckKeys(texts, label, TextKeys);
        string? Field(string key)
        {
            if (texts.Get(key) is not { } value)
            {
                return null;
            }

            var text = reader.AsString(value, $"{label}.{key}");
            if (text is not null && (text.Trim().Length == 0 || PlaceholderTexts.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                reader.Error(value, $"{label}.{key} is empty or a placeholder ('{text}'); leave the key out where the document says nothing");
                return null;
            }

            return text;
        }

        return new EntryTexts(Field("scenario"), Field("message"), Field("userActions"), Field("developerActions"));
    }

    private static string? ReadReason(Reader reader, JsonObjectNode entry, string key, string label)
    {
        if (entry.Get(key) is not { } node)
        {
            return null;
        }

        if (node is JsonObjectNode reasonObject)
        {
            reader.CheckKeys(reasonObject, $"{label}.{key}", "reason");
            var reason = reader.RequiredString(reasonObject, "reason", $"{label}.{key}");
            if (reason is not null && reason.Trim().Length == 0)
            {
                reader.Error(reasonObject, $"{label}: {key}.reason must not be empty");
                return null;
            }

            return reason;
        }

        reader.Error(node, $"{label}: {key} must be an object with a 'reason'");
        return null;
    }

    private static void CheckWithinCatalog(Catalog catalog, List<CatalogError> errors)
    {
        var codes = new Dictionary<int, CatalogEntry>();
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        // Every class (provider root and nested section classes) with the members declared in it.
        var members = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);

        void Declare(string classPath, string member, string what, CatalogEntry? entry, CatalogSection section)
        {
            var className = classPath.Substring(classPath.LastIndexOf('.') + 1);
            if (member == className)
            {
                Add(entry, section, $"'{member}' has the name of its enclosing class {classPath}; choose another name");
                return;
            }

            if (!members.TryGetValue(classPath, out var declared))
            {
                members[classPath] = declared = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            if (declared.TryGetValue(member, out var existing) && existing != what)
            {
                Add(entry, section, $"name '{member}' is used twice in class {classPath} ({existing} and {what}); names must be unique in their class");
            }
            else
            {
                declared[member] = what;
            }
        }

        void Add(CatalogEntry? entry, CatalogSection section, string message) =>
            errors.Add(new CatalogError(
                catalog.FilePath,
                entry?.Line ?? 1,
                entry?.Column ?? 1,
                entry is null ? $"section '{section.Id}': {message}" : $"{entry.Describe()}: {message}"));

        foreach (var section in catalog.Sections)
        {
            if (!sectionIds.Add(section.Id))
            {
                Add(null, section, "section id is used twice");
            }

            var classPath = catalog.ClassName;
            foreach (var segment in section.ClassPath)
            {
                Declare(classPath, segment, "class " + classPath + "." + segment, null, section);
                classPath += "." + segment;
            }

            foreach (var entry in section.Entries)
            {
                if (entry.Code is { } code)
                {
                    if (codes.TryGetValue(code, out var first))
                    {
                        Add(entry, section, $"code {code} is already in the catalog as {first.Describe()}");
                    }
                    else
                    {
                        codes[code] = entry;
                    }

                    Declare(classPath, entry.Name, entry.Path, entry, section);
                }
                else if (entry.Range is not null)
                {
                    Declare(classPath, entry.Name + "From", entry.Path, entry, section);
                    Declare(classPath, entry.Name + "To", entry.Path, entry, section);
                }

                if (entry.Code is { } successCode && entry.Success && successCode != 0)
                {
                    Add(entry, section, "only code 0 can be marked success");
                }

                foreach (var former in entry.FormerNames)
                {
                    Declare(classPath, former, entry.Path + " (former name)", entry, section);
                }
            }
        }

        foreach (var section in catalog.Sections)
        {
            foreach (var entry in section.Entries)
            {
                if (entry.Range is { } range)
                {
                    foreach (var overlapping in codes.Values.Where(e => e.Code >= range.From && e.Code <= range.To))
                    {
                        Add(entry, section, $"range {range.From}-{range.To} contains {overlapping.Describe()}");
                    }
                }
            }
        }
    }

    private static void CheckAcrossCatalogs(List<Catalog> catalogs, List<CatalogError> errors)
    {
        foreach (var group in catalogs.GroupBy(c => c.Provider).Where(g => g.Count() > 1))
        {
            foreach (var catalog in group.Skip(1))
            {
                errors.Add(new CatalogError(catalog.FilePath, 1, 1, $"catalog: provider '{catalog.Provider}' is already defined by {group.First().FilePath}"));
            }
        }

        foreach (var group in catalogs.GroupBy(c => c.ClassName).Where(g => g.Count() > 1))
        {
            foreach (var catalog in group.Skip(1))
            {
                errors.Add(new CatalogError(catalog.FilePath, 1, 1, $"catalog: className '{catalog.ClassName}' is already used by {group.First().FilePath}"));
            }
        }
    }

    /// <summary>Typed access to JSON nodes that records an error instead of throwing.</summary>
    private sealed class Reader
    {
        private readonly string filePath;
        private readonly List<CatalogError> errors;

        public Reader(string filePath, List<CatalogError> errors)
        {
            this.filePath = filePath;
            this.errors = errors;
        }

        public void Error(JsonValueNode node, string message) => errors.Add(new CatalogError(filePath, node.Line, node.Column, message));

        public void CheckKeys(JsonObjectNode node, string label, params string[] allowed)
        {
            foreach (var property in node.Properties)
            {
                if (!allowed.Contains(property.Key, StringComparer.Ordinal))
                {
                    Error(property.Value, $"{label}: unknown property '{property.Key}' (expected one of: {string.Join(", ", allowed)})");
                }
            }
        }

        public string? RequiredString(JsonObjectNode node, string key, string label)
        {
            if (node.Get(key) is not { } value)
            {
                Error(node, $"{label}: '{key}' is required");
                return null;
            }

            return AsString(value, $"{label}: {key}");
        }

        public string? AsString(JsonValueNode node, string label)
        {
            if (node is JsonStringNode text)
            {
                return text.Value;
            }

            Error(node, $"{label} must be a string");
            return null;
        }

        public int? AsInt(JsonValueNode node, string label)
        {
            if (node is JsonNumberNode number && int.TryParse(number.RawText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Error(node, $"{label} must be a whole number (32-bit)");
            return null;
        }
    }
}
