using System.Text;
using ErrorCodeAnalyzers.CatalogGenerator;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>
/// catalogs/catalog.schema.json (for editors) accepts the real catalogs and rejects broken ones, and it agrees with the
/// generator's CatalogLoader on each broken case. Newtonsoft.Json.Schema's free tier allows 1000 validations an hour
/// per process: these tests use about 15.
/// </summary>
public sealed class CatalogSchemaTests
{
    /// <summary>A small catalog using every feature: success, mandatory, obsolete, a range and a code-less row.</summary>
    private const string SampleCatalog = """
        {
          "$schema": "./catalog.schema.json",
          "provider": "sample-provider",
          "displayName": "Sample Provider",
          "className": "SampleProvider",
          "sources": ["sample.md"],
          "sections": [
            {
              "id": "Api.General",
              "title": { "en": "General", "ko": "일반" },
              "entries": [
                { "code": 0, "name": "Succeeded", "texts": { "en": { "message": "Succeeded." } }, "httpStatus": 200, "success": true },
                { "code": 1, "name": "TooManyRequests", "texts": { "en": { "message": "Requests too frequent." }, "ko": { "scenario": "요청 과다." } }, "httpStatus": 429, "mandatory": { "reason": "Slow down and retry later." } },
                { "code": -2, "name": "Retired", "texts": { "en": { "scenario": "Retired code." } }, "obsolete": { "reason": "Retired by the provider." }, "formerNames": ["OldRetired"] },
                { "range": { "from": 100, "to": 199 }, "name": "CustomCallbackError", "texts": { "en": { "scenario": "Codes the callback returns." } } },
                { "name": "NoNumber", "texts": { "en": { "scenario": "A row without a code.", "message": "Something went wrong.", "userActions": "Retry.", "developerActions": "Check the logs." } } }
              ]
            }
          ]
        }
        """;

    private static readonly Lazy<JSchema> Schema = new(() =>
    {
        Assert.True(File.Exists(RepositoryPaths.SchemaFile), $"{RepositoryPaths.SchemaFile} is missing");
        return JSchema.Parse(File.ReadAllText(RepositoryPaths.SchemaFile));
    });

    public static TheoryData<string> CatalogFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.CatalogFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogFileNames))]
    public void CatalogValidatesAgainstTheSchema(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.CatalogDirectory, fileName);
        var errors = Validate(File.ReadAllText(path));
        Assert.True(errors.Count == 0, $"{path} does not validate against catalog.schema.json:\n{Describe(errors)}");
    }

    [Fact]
    public void SchemaIsDraft07WithTitlesForEditors()
    {
        var schema = JObject.Parse(File.ReadAllText(RepositoryPaths.SchemaFile));
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
        foreach (var name in new[] { "section", "entry", "texts", "text", "reason" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)schema["definitions"]?[name]?["title"]), $"definitions.{name} needs a title");
        }

        Assert.Equal(new Uri("http://json-schema.org/draft-07/schema#"), Schema.Value.SchemaVersion);
    }

    [Fact]
    public void SampleCatalogIsValidForTheSchemaAndTheLoader()
    {
        var errors = Validate(SampleCatalog);
        Assert.True(errors.Count == 0, "The sample catalog should validate:\n" + Describe(errors));
        var loaderErrors = new List<CatalogError>();
        Assert.NotNull(CatalogLoader.Load(Path.Combine(Path.GetTempPath(), "sample-provider.json"), Encoding.UTF8.GetBytes(SampleCatalog), loaderErrors));
        Assert.True(loaderErrors.Count == 0, "The loader should accept the sample catalog:\n" + string.Join("\n", loaderErrors));
    }

    [Theory]
    [InlineData("typo in a property name (mandatroy)")]
    [InlineData("name not PascalCase")]
    [InlineData("name that repeats the number")]
    [InlineData("both code and range")]
    [InlineData("success on a non-zero code")]
    [InlineData("texts.en missing")]
    [InlineData("placeholder text")]
    [InlineData("Korean in an English text")]
    [InlineData("obsolete and mandatory")]
    [InlineData("mandatory without a reason")]
    [InlineData("httpStatus outside 100-599")]
    public void BrokenCatalogIsRejectedByTheSchemaAndTheLoader(string breakage)
    {
        var catalog = JObject.Parse(SampleCatalog);
        var entries = (JArray)catalog["sections"]![0]!["entries"]!;
        var failure = (JObject)entries[1];
        switch (breakage)
        {
            case "typo in a property name (mandatroy)":
                failure["mandatroy"] = failure["mandatory"]!.DeepClone();
                failure.Remove("mandatory");
                break;
            case "name not PascalCase":
                failure["name"] = "too_many_requests";
                break;
            case "name that repeats the number":
                failure["name"] = "Code1";
                break;
            case "both code and range":
                ((JObject)entries[3])["code"] = 5;
                break;
            case "success on a non-zero code":
                failure.Remove("mandatory");
                failure["success"] = true;
                break;
            case "texts.en missing":
                ((JObject)failure["texts"]!).Remove("en");
                break;
            case "placeholder text":
                failure["texts"]!["en"]!["message"] = "N/A";
                break;
            case "Korean in an English text":
                failure["texts"]!["en"]!["message"] = "요청 과다.";
                break;
            case "obsolete and mandatory":
                failure["obsolete"] = new JObject { ["reason"] = "Retired." };
                break;
            case "mandatory without a reason":
                failure["mandatory"] = new JObject();
                break;
            case "httpStatus outside 100-599":
                failure["httpStatus"] = 700;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "unknown breakage");
        }

        var text = catalog.ToString(Formatting.Indented);
        Assert.True(Validate(text).Count > 0, $"The schema should reject a catalog with {breakage}:\n{text}");
        var loaderErrors = new List<CatalogError>();
        CatalogLoader.Load(Path.Combine(Path.GetTempPath(), "sample-provider.json"), Encoding.UTF8.GetBytes(text), loaderErrors);
        Assert.True(loaderErrors.Count > 0, $"The loader should reject a catalog with {breakage} (schema and loader must agree):\n{text}");
    }

    private static IList<ValidationError> Validate(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        token.IsValid(Schema.Value, out IList<ValidationError> errors);
        return errors;
    }

    private static string Describe(IEnumerable<ValidationError> errors, string indent = "  ")
    {
        var builder = new StringBuilder();
        foreach (var error in errors)
        {
            builder.Append(indent).Append('(').Append(error.LineNumber).Append(',').Append(error.LinePosition).Append(") ")
                .Append(error.Path).Append(": ").AppendLine(error.Message);
            if (error.ChildErrors.Count > 0)
            {
                builder.Append(Describe(error.ChildErrors, indent + "  "));
            }
        }

        return builder.ToString();
    }
}
