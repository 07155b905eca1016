using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus
{
    internal sealed class CorpusSettings
    {
        /// <summary>Lines to generate (files are added until the total reaches it).</summary>
        public int Lines { get; init; }

        /// <summary>When set, exactly this many files (and <see cref="Lines"/> is ignored).</summary>
        public int? Files { get; init; }

        public int Seed { get; init; } = 20251122;

        /// <summary>Provider-code sites per 100 lines.</summary>
        public double SitesPer100Lines { get; init; } = 1.0;

        /// <summary>Ordinary numeric and string comparisons per 100 lines.</summary>
        public double ComparisonsPer100Lines { get; init; } = 10.0;

        /// <summary>Share of ordinary numbers drawn from the catalogs' values (ids, quantities equal to some code).</summary>
        public double CatalogValueShare { get; init; } = 0.5;

        /// <summary>Ordinary numbers never equal to a catalog value (the allocation probe's "rejected by the lookup" literals).</summary>
        public bool RejectedValuesOnly { get; init; }

        public int MinFileLines { get; init; } = 250;

        public int MaxFileLines { get; init; } = 650;

        /// <summary>Share of files that are test classes (assertions).</summary>
        public double TestFileShare { get; init; } = 0.15;
    }

    internal sealed class CorpusFile
    {
        public CorpusFile(string path, string text, CatalogProvider provider, int lines, int codeSites, int literalCodeSites, int comparisons)
        {
            Path = path;
            Text = text;
            Provider = provider;
            Lines = lines;
            CodeSites = codeSites;
            LiteralCodeSites = literalCodeSites;
            Comparisons = comparisons;
        }

        /// <summary>Absolute path, under <see cref="CorpusGenerator.Root"/>.</summary>
        public string Path { get; }

        public string Text { get; }

        /// <summary>The provider the file's folder is configured for; null for the shared file.</summary>
        public CatalogProvider? Provider { get; }

        public int Lines { get; }

        public int CodeSites { get; }

        public int LiteralCodeSites { get; }

        public int Comparisons { get; }
    }

    internal sealed class GeneratedCorpus
    {
        public GeneratedCorpus(IReadOnlyList<CorpusFile> files)
        {
            Files = files;
            Lines = files.Sum(f => f.Lines);
            CodeSites = files.Sum(f => f.CodeSites);
            LiteralCodeSites = files.Sum(f => f.LiteralCodeSites);
            Comparisons = files.Sum(f => f.Comparisons);
        }

        public IReadOnlyList<CorpusFile> Files { get; }

        public int Lines { get; }

        public int CodeSites { get; }

        public int LiteralCodeSites { get; }

        public int Comparisons { get; }

        public string Describe() => string.Format(
            CultureInfo.InvariantCulture,
            "{0:N0} lines in {1:N0} files: {2:N0} code sites ({3:N0} literal, {4:F2} per 100 lines), {5:N0} ordinary comparisons ({6:F1} per code site)",
            Lines,
            Files.Count,
            CodeSites,
            LiteralCodeSites,
            CodeSites * 100.0 / Math.Max(1, Lines),
            Comparisons,
            Comparisons / (double)Math.Max(1, CodeSites));
    }

    /// <summary>
    /// Generates the synthetic corpus: API-client classes that call providers, parse their JSON, retry,
    /// keep code tables, switch on codes, and test classes that assert on them, with a fixed density of
    /// provider-code sites and ordinary comparisons. Each file depends only on the seed and its index,
    /// so a smaller corpus is a prefix of a larger one.
    /// </summary>
    internal sealed class CorpusGenerator
    {
        public const string Root = "/corpus/";
        public const string SharedPath = Root + "Common/Shared.cs";

        private static readonly string[] Areas = { "Orders", "Wallets", "Payments", "Messages", "Accounts", "Transfers", "Quotes", "Groups", "Sessions", "Profiles" };
        private static readonly string[] Verbs = { "Sync", "Load", "Submit", "Refresh", "Cancel", "Fetch", "Reconcile", "Poll", "Import", "Settle" };
        private static readonly int[] UsualNumbers = { 1, 2, 3, 5, 7, 10, 16, 20, 25, 30, 32, 50, 60, 64, 99, 100, 128, 200, 250, 256, 365, 500, 1000, 1024, 4096, 10000 };
        private static readonly int[] LoopBounds = { 3, 5, 8, 10, 16, 20, 32, 50, 100 };
        private static readonly int[] HttpStatuses = { 200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503 };
        private static readonly string[] Currencies = { "USD", "KRW", "EUR", "JPY", "BTC", "ETH" };
        private static readonly string[] Statuses = { "pending", "filled", "cancelled", "new", "expired" };

        private readonly CorpusCatalog catalog;
        private readonly CorpusSettings settings;
        private readonly int[] rejectedNumbers;

        public CorpusGenerator(CorpusCatalog catalog, CorpusSettings settings)
        {
            this.catalog = catalog;
            this.settings = settings;
            rejectedNumbers = UsualNumbers.Where(n => !catalog.AllValues.Contains(n)).ToArray();
        }

        public GeneratedCorpus Generate()
        {
            var files = new List<CorpusFile> { new(SharedPath, SharedSource, provider: null!, CountLines(SharedSource), 0, 0, 0) };
            var lines = files[0].Lines;
            for (var index = 0; settings.Files is { } count ? index < count : lines < settings.Lines; index++)
            {
                var file = GenerateFile(index);
                files.Add(file);
                lines += file.Lines;
            }

            return new GeneratedCorpus(files);
        }

        /// <summary>The folders of the corpus and the provider each is configured for (one .editorconfig section each).</summary>
        public IEnumerable<(string Folder, CatalogProvider Provider)> Folders() =>
            catalog.Providers.SelectMany(p => new[] { (Root + "src/" + p.ClassName + "/", p), (Root + "tests/" + p.ClassName + "/", p) });

        private static int CountLines(string text) => text.Count(c => c == '\n');

        private CorpusFile GenerateFile(int index)
        {
            var random = new Random(unchecked((settings.Seed * 7919) + index));
            var provider = catalog.Providers[index % catalog.Providers.Count];
            var area = Areas[random.Next(Areas.Length)];
            var isTest = random.NextDouble() < settings.TestFileShare;
            var targetLines = random.Next(settings.MinFileLines, settings.MaxFileLines + 1);
            var file = new FileBuilder(this, random, provider, new SourceWriter());
            var path = isTest
                ? string.Format(CultureInfo.InvariantCulture, "{0}tests/{1}/{2}Client{3:D5}Tests.cs", Root, provider.ClassName, area, index)
                : string.Format(CultureInfo.InvariantCulture, "{0}src/{1}/{2}Client{3:D5}.cs", Root, provider.ClassName, area, index);
            if (isTest)
            {
                file.TestClass(area, index, targetLines);
            }
            else
            {
                file.ClientClass(area, index, targetLines);
            }

            var writer = file.Writer;
            return new CorpusFile(path, writer.ToString(), provider, writer.Lines, writer.CodeSites, writer.LiteralCodeSites, writer.Comparisons);
        }

        /// <summary>
        /// One document with exactly <paramref name="sites"/> literal code sites of <paramref name="provider"/>,
        /// each of which ECA0001 should report: the code-fix benchmark's document.
        /// </summary>
        public string GenerateFixDocument(CatalogProvider provider, int sites)
        {
            var random = new Random(settings.Seed);
            var unique = provider.Current.GroupBy(c => c.Value).Where(g => g.Count() == 1).Select(g => g.Single()).ToArray();
            var writer = new SourceWriter();
            writer.Line("using System.Threading;");
            writer.Line("using System.Threading.Tasks;");
            writer.Line("using Contoso.Integrations.Common;");
            writer.Blank();
            writer.Line("namespace Contoso.Integrations.FixAll");
            writer.Line("{");
            writer.Line("    public sealed class ResponseHandler");
            writer.Line("    {");
            writer.Line("        private int handled;");
            var method = 0;
            while (writer.LiteralCodeSites < sites)
            {
                writer.Blank();
                writer.Line($"        public int Handle{method++}(ApiResponse response, Order order)");
                writer.Line("        {");
                for (var i = 0; i < 10 && writer.LiteralCodeSites < sites; i++)
                {
                    var code = unique[random.Next(unique.Length)];
                    var form = random.Next(10);
                    if (form < 6)
                    {
                        writer.Line($"            if (response.Code == {code.Value})");
                        writer.Line("            {");
                        writer.Line("                handled++;");
                        writer.Line("            }");
                        writer.LiteralCodeSites++;
                    }
                    else if (form < 8 && sites - writer.LiteralCodeSites >= 2)
                    {
                        var other = unique[random.Next(unique.Length)];
                        if (other.Value == code.Value)
                        {
                            continue;
                        }

                        writer.Line($"            if (response.Code is {code.Value} or {other.Value})");
                        writer.Line("            {");
                        writer.Line("                handled += 2;");
                        writer.Line("            }");
                        writer.LiteralCodeSites += 2;
                    }
                    else
                    {
                        writer.Line($"            if (order.Quantity > 0 && response.Code != {code.Value})");
                        writer.Line("            {");
                        writer.Line("                handled--;");
                        writer.Line("            }");
                        writer.LiteralCodeSites++;
                    }
                }

                writer.Line("            return handled;");
                writer.Line("        }");
            }

            writer.Line("    }");
            writer.Line("}");
            return writer.ToString();
        }

        /// <summary>Types every generated file uses, and stand-ins for the test framework's attribute and assertions.</summary>
        public const string SharedSource = """
            // Shared types of the synthetic corpus (ErrorCodeAnalyzers.Benchmarks).
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Contoso.Integrations.Common
            {
                public sealed class ApiResponse
                {
                    public int Code { get; set; }

                    public string Message { get; set; } = string.Empty;

                    public int HttpStatus { get; set; }

                    public JsonElement Data { get; set; }
                }

                public sealed class ProviderException : Exception
                {
                    public ProviderException(int errorCode, string message)
                        : base(message)
                    {
                        ErrorCode = errorCode;
                    }

                    public int ErrorCode { get; }
                }

                public sealed class Order
                {
                    public long Id { get; set; }

                    public int Quantity { get; set; }

                    public decimal Price { get; set; }

                    public string Currency { get; set; } = "USD";

                    public string CurrencyCode { get; set; } = "USD";

                    public string CountryCode { get; set; } = "KR";

                    public string PromoCode { get; set; } = string.Empty;

                    public string Status { get; set; } = "new";

                    public string Reference { get; set; } = string.Empty;

                    public int Priority { get; set; }
                }

                public interface ITransport
                {
                    Task<ApiResponse> SendAsync(string path, object? body, CancellationToken cancellationToken);
                }

                public static class Log
                {
                    public static void Info(string message)
                    {
                    }

                    public static void Warn(string message)
                    {
                    }

                    public static void Error(string message, Exception? exception = null)
                    {
                    }
                }

                public static class Metrics
                {
                    public static void Count(string name, int value = 1)
                    {
                    }
                }
            }

            namespace Xunit
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class FactAttribute : Attribute
                {
                }

                public static class Assert
                {
                    public static void Equal<T>(T expected, T actual)
                    {
                    }

                    public static void NotEqual<T>(T expected, T actual)
                    {
                    }

                    public static void True(bool condition)
                    {
                    }

                    public static void False(bool condition)
                    {
                    }
                }
            }

            """;

        /// <summary>Writes one file; the choice of each statement keeps the file at the configured densities.</summary>
        private sealed class FileBuilder
        {
            private readonly CorpusGenerator generator;
            private readonly Random random;
            private readonly CatalogProvider provider;

            public FileBuilder(CorpusGenerator generator, Random random, CatalogProvider provider, SourceWriter writer)
            {
                this.generator = generator;
                this.random = random;
                this.provider = provider;
                Writer = writer;
            }

            public SourceWriter Writer { get; }

            private CorpusSettings Settings => generator.settings;

            private double SiteDeficit => (Writer.Lines * Settings.SitesPer100Lines / 100.0) - Writer.CodeSites;

            private double ComparisonDeficit => (Writer.Lines * Settings.ComparisonsPer100Lines / 100.0) - Writer.Comparisons;

            public void ClientClass(string area, int index, int targetLines)
            {
                var w = Writer;
                Header();
                w.Line($"namespace Contoso.Integrations.{provider.ClassName}Api.{area}");
                w.Line("{");
                w.Line($"    public sealed class {area}Client{index}");
                w.Line("    {");
                w.Line("        private readonly ITransport transport;");
                w.Line("        private int requestCount;");
                w.Blank();
                w.Line($"        public {area}Client{index}(ITransport transport)");
                w.Line("        {");
                w.Line("            this.transport = transport;");
                w.Line("        }");
                var method = 0;
                while (w.Lines < targetLines - 4)
                {
                    w.Blank();
                    if (SiteDeficit >= 3 && random.NextDouble() < 0.3)
                    {
                        CodeTable();
                    }
                    else
                    {
                        ClientMethod(area, method++);
                    }
                }

                w.Line("    }");
                w.Line("}");
            }

            public void TestClass(string area, int index, int targetLines)
            {
                var w = Writer;
                Header();
                w.Line("using Xunit;");
                w.Blank();
                w.Line($"namespace Contoso.Integrations.{provider.ClassName}Api.{area}.Tests");
                w.Line("{");
                w.Line($"    public sealed class {area}Client{index}Tests");
                w.Line("    {");
                w.Line("        private int requestCount;");
                var method = 0;
                while (w.Lines < targetLines - 4)
                {
                    w.Blank();
                    TestMethod(method++);
                }

                w.Line("    }");
                w.Line("}");
            }

            private void Header()
            {
                var w = Writer;
                w.Line("// Order and payment client for the provider API (synthetic corpus of the ErrorCodeAnalyzers benchmark).");
                w.Line("using System;");
                w.Line("using System.Collections.Generic;");
                w.Line("using System.Linq;");
                w.Line("using System.Text.Json;");
                w.Line("using System.Threading;");
                w.Line("using System.Threading.Tasks;");
                w.Line("using Contoso.Integrations.Common;");
                w.Line("using ProviderErrorCodes;");
                w.Blank();
            }

            private void ClientMethod(string area, int index)
            {
                var w = Writer;
                var verb = Verbs[random.Next(Verbs.Length)];
                w.Line($"        public async Task<int> {verb}{area}{index}Async(Order order, List<Order> items, CancellationToken cancellationToken)");
                w.Line("        {");
                w.Line($"            var response = await transport.SendAsync(\"/v1/{area.ToLowerInvariant()}/{index}\", order, cancellationToken);");
                w.Line("            var root = response.Data;");
                w.Line("            var total = 0m;");
                var bodyLines = random.Next(12, 45);
                var end = w.Lines + bodyLines;
                while (w.Lines < end)
                {
                    if (SiteDeficit >= 1)
                    {
                        ClientCodeSite();
                    }
                    else if (ComparisonDeficit > 0)
                    {
                        OrdinaryComparison();
                    }
                    else
                    {
                        Filler(async: true);
                    }
                }

                w.Line("            Log.Info($\"{total} {root.ValueKind}\");");
                w.Line("            return requestCount;");
                w.Line("        }");
            }

            private void TestMethod(int index)
            {
                var w = Writer;
                var code = PickCode();
                w.Line("        [Fact]");
                w.Line($"        public void Handles{code.Name}{index}()");
                w.Line("        {");
                w.Line($"            var order = new Order {{ Id = {OrdinaryNumber()}, Quantity = {Small()}, Price = {Small()}.5m }};");
                w.Line("            var items = new List<Order> { order };");
                if (SiteDeficit >= 1)
                {
                    CodeValue(code, out var text, out var isLiteral);
                    w.Line($"            var response = new ApiResponse {{ Code = {text}, Message = \"{code.Name}\" }};");
                    CountSite(isLiteral);
                }
                else
                {
                    w.Line($"            var response = new ApiResponse {{ Message = \"{code.Name}\" }};");
                }

                w.Line("            var root = response.Data;");
                w.Line("            var total = 0m;");
                var end = w.Lines + random.Next(8, 30);
                while (w.Lines < end)
                {
                    if (SiteDeficit >= 1)
                    {
                        TestCodeSite();
                    }
                    else if (ComparisonDeficit > 0)
                    {
                        if (random.NextDouble() < 0.6)
                        {
                            OrdinaryAssertion();
                        }
                        else
                        {
                            OrdinaryComparison();
                        }
                    }
                    else
                    {
                        Filler(async: false);
                    }
                }

                w.Line("            Assert.True(total >= 0m);");
                w.Comparisons++;
                w.Line("        }");
            }

            // ---- provider-code sites -------------------------------------------------------------

            private void ClientCodeSite()
            {
                var w = Writer;
                var u = w.Next();
                switch (random.Next(12))
                {
                    case 0:
                    case 1:
                    {
                        CodeValue(PickCode(), out var text, out var isLiteral);
                        w.Line($"            if (response.Code == {text})");
                        w.Line("            {");
                        w.Line("                Log.Warn(response.Message);");
                        w.Line("                return requestCount;");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        break;
                    }

                    case 2:
                    {
                        // JSON responses carry the code as a string.
                        var code = PickCode();
                        var literal = random.NextDouble() < 0.7;
                        var text = literal ? "\"" + code.Value.ToString(CultureInfo.InvariantCulture) + "\"" : provider.ClassName + "Strings" + code.Constant.Substring(provider.ClassName.Length);
                        w.Line($"            if (root.GetProperty(\"{provider.JsonCodeMember}\").GetString() == {text})");
                        w.Line("            {");
                        w.Line("                requestCount++;");
                        w.Line("            }");
                        w.Blank();
                        CountSite(literal);
                        break;
                    }

                    case 3:
                    {
                        var firstCode = PickCode();
                        var secondCode = PickCode();
                        if (firstCode.Value == secondCode.Value)
                        {
                            goto case 0;
                        }

                        CodeValue(firstCode, out var first, out var firstLiteral);
                        CodeValue(secondCode, out var second, out var secondLiteral);
                        w.Line($"            if (response.Code is {first} or {second})");
                        w.Line("            {");
                        w.Line("                await Task.Delay(100, cancellationToken);");
                        w.Line("            }");
                        w.Blank();
                        CountSite(firstLiteral);
                        CountSite(secondLiteral);
                        break;
                    }

                    case 4:
                    {
                        // A retry loop on a throttling code.
                        CodeValue(PickCode(), out var text, out var isLiteral);
                        w.Line($"            for (var attempt{u} = 0; attempt{u} < {LoopBounds[random.Next(3)]}; attempt{u}++)");
                        w.Line("            {");
                        w.Line($"                response = await transport.SendAsync(\"/v1/retry/{u}\", order, cancellationToken);");
                        w.Line($"                if (response.Code != {text})");
                        w.Line("                {");
                        w.Line("                    break;");
                        w.Line("                }");
                        w.Blank();
                        w.Line($"                await Task.Delay(200 * (attempt{u} + 1), cancellationToken);");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        w.Comparisons++;
                        break;
                    }

                    case 5:
                    case 6:
                    {
                        // A switch statement on the code: one site per case label.
                        w.Line("            switch (response.Code)");
                        w.Line("            {");
                        var cases = random.Next(2, 5);
                        var used = new HashSet<int>();
                        for (var i = 0; i < cases; i++)
                        {
                            var code = PickCode();
                            if (!used.Add(code.Value))
                            {
                                continue;
                            }

                            CodeValue(code, out var text, out var isLiteral);
                            w.Line($"                case {text}:");
                            w.Line($"                    Log.Warn(\"{code.Name}\");");
                            w.Line("                    break;");
                            CountSite(isLiteral);
                        }

                        if (random.NextDouble() < 0.05 && provider.Undocumented.Count > 0)
                        {
                            var undocumented = provider.Undocumented[random.Next(provider.Undocumented.Count)];
                            if (used.Add(undocumented))
                            {
                                w.Line($"                case {undocumented}:");
                                w.Line("                    requestCount--;");
                                w.Line("                    break;");
                                CountSite(isLiteral: true);
                            }
                        }

                        w.Line("                default:");
                        w.Line("                    Log.Error(response.Message);");
                        w.Line("                    break;");
                        w.Line("            }");
                        w.Blank();
                        break;
                    }

                    case 7:
                    {
                        // A switch expression mapping codes to messages.
                        w.Line($"            var message{u} = response.Code switch");
                        w.Line("            {");
                        var used = new HashSet<int>();
                        for (var i = 0; i < random.Next(2, 4); i++)
                        {
                            var code = PickCode();
                            if (!used.Add(code.Value))
                            {
                                continue;
                            }

                            CodeValue(code, out var text, out var isLiteral);
                            w.Line($"                {text} => \"{code.Name}\",");
                            CountSite(isLiteral);
                        }

                        w.Line("                _ => response.Message,");
                        w.Line("            };");
                        w.Line($"            Log.Info(message{u});");
                        w.Blank();
                        break;
                    }

                    case 8:
                    {
                        // The code as an argument.
                        CodeValue(PickCode(), out var text, out var isLiteral);
                        w.Line("            if (order.Quantity < 0)");
                        w.Line("            {");
                        w.Line($"                throw new ProviderException({text}, \"negative quantity\");");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        w.Comparisons++;
                        break;
                    }

                    case 9:
                    {
                        // A guarded call whose exception filter names the code.
                        CodeValue(PickCode(), out var text, out var isLiteral);
                        w.Line("            try");
                        w.Line("            {");
                        w.Line($"                response = await transport.SendAsync(\"/v1/submit/{u}\", order, cancellationToken);");
                        w.Line("            }");
                        w.Line($"            catch (ProviderException exception{u}) when (exception{u}.ErrorCode == {text})");
                        w.Line("            {");
                        w.Line($"                Log.Error(exception{u}.Message, exception{u});");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        break;
                    }

                    case 10:
                    {
                        // Success check: the success code where the provider has one, else a documented code.
                        var code = provider.Success ?? PickCode();
                        CodeValue(code, out var text, out var isLiteral);
                        w.Line($"            if (response.Code != {text})");
                        w.Line("            {");
                        w.Line("                throw new ProviderException(response.Code, response.Message);");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        break;
                    }

                    default:
                    {
                        // Parsing the code out of the JSON, then comparing it.
                        CodeValue(PickCode(), out var text, out var isLiteral);
                        w.Line($"            var errorCode{u} = int.Parse(root.GetProperty(\"{provider.JsonCodeMember}\").GetString() ?? \"0\");");
                        w.Line($"            if (errorCode{u} == {text})");
                        w.Line("            {");
                        w.Line("                requestCount += 2;");
                        w.Line("            }");
                        w.Blank();
                        CountSite(isLiteral);
                        break;
                    }
                }
            }

            private void TestCodeSite()
            {
                var w = Writer;
                var u = w.Next();
                var code = PickCode();
                CodeValue(code, out var text, out var isLiteral);
                switch (random.Next(3))
                {
                    case 0:
                        w.Line($"            Assert.Equal({text}, response.Code);");
                        CountSite(isLiteral);
                        break;
                    case 1:
                        w.Line($"            var exception{u} = new ProviderException({text}, \"{code.Name}\");");
                        w.Line($"            Assert.Equal({text}, exception{u}.ErrorCode);");
                        CountSite(isLiteral);
                        CountSite(isLiteral);
                        break;
                    default:
                        w.Line($"            Assert.NotEqual({text}, response.Code);");
                        CountSite(isLiteral);
                        break;
                }
            }

            private void CodeTable()
            {
                var w = Writer;
                var u = w.Next();
                w.Line($"        private static readonly Dictionary<int, string> Messages{u} = new()");
                w.Line("        {");
                var used = new HashSet<int>();
                for (var i = 0; i < random.Next(3, 7); i++)
                {
                    var code = PickCode();
                    if (!used.Add(code.Value))
                    {
                        continue;
                    }

                    CodeValue(code, out var text, out var isLiteral);
                    w.Line($"            [{text}] = \"{code.Name}\",");
                    CountSite(isLiteral);
                }

                w.Line("        };");
            }

            /// <summary>A documented code of the file's provider; now and then an obsolete one.</summary>
            private CatalogCode PickCode()
            {
                if (provider.Obsolete.Count > 0 && random.NextDouble() < 0.01)
                {
                    return provider.Obsolete[random.Next(provider.Obsolete.Count)];
                }

                return provider.Current[random.Next(provider.Current.Count)];
            }

            /// <summary>Seven sites in ten are bare literals; the rest already use the constant.</summary>
            private void CodeValue(CatalogCode code, out string text, out bool isLiteral)
            {
                isLiteral = random.NextDouble() < 0.7;
                text = isLiteral ? code.Value.ToString(CultureInfo.InvariantCulture) : code.Constant;
            }

            private void CountSite(bool isLiteral)
            {
                Writer.CodeSites++;
                if (isLiteral)
                {
                    Writer.LiteralCodeSites++;
                }
            }

            // ---- ordinary code -------------------------------------------------------------------

            private int OrdinaryNumber()
            {
                if (!Settings.RejectedValuesOnly && random.NextDouble() < Settings.CatalogValueShare)
                {
                    var values = generator.catalog.CatalogValues;
                    return values[random.Next(values.Count)];
                }

                var numbers = Settings.RejectedValuesOnly ? generator.rejectedNumbers : UsualNumbers;
                return numbers[random.Next(numbers.Length)];
            }

            private int Small() => Settings.RejectedValuesOnly
                ? generator.rejectedNumbers[random.Next(Math.Min(8, generator.rejectedNumbers.Length))]
                : LoopBounds[random.Next(LoopBounds.Length)];

            private string OrdinaryString() => Settings.RejectedValuesOnly || random.NextDouble() < 0.7
                ? Currencies[random.Next(Currencies.Length)]
                : OrdinaryNumber().ToString(CultureInfo.InvariantCulture);

            private void OrdinaryComparison()
            {
                var w = Writer;
                var u = w.Next();
                switch (random.Next(14))
                {
                    case 0:
                        w.Line($"            if (order.Quantity > {OrdinaryNumber()})");
                        w.Line("            {");
                        w.Line("                total += order.Price * order.Quantity;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 1:
                        w.Line($"            for (var i{u} = 0; i{u} < {Small()}; i{u}++)");
                        w.Line("            {");
                        w.Line("                items.Add(order);");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 2:
                        w.Line($"            if (items.Count >= {OrdinaryNumber()})");
                        w.Line("            {");
                        w.Line("                Log.Info(\"page full\");");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 3:
                        w.Line($"            if (order.Id == {OrdinaryNumber()})");
                        w.Line("            {");
                        w.Line("                Metrics.Count(\"orders.special\");");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 4:
                        w.Line($"            if (order.Price > {OrdinaryNumber()}.{random.Next(10, 99)}m)");
                        w.Line("            {");
                        w.Line("                total -= 1.5m;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 5:
                        w.Line($"            if (response.HttpStatus == {(Settings.RejectedValuesOnly ? Small() : HttpStatuses[random.Next(HttpStatuses.Length)])})");
                        w.Line("            {");
                        w.Line("                Log.Warn(\"unexpected status\");");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 6:
                        w.Line($"            if (order.Currency == \"{OrdinaryString()}\")");
                        w.Line("            {");
                        w.Line("                total *= 2;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 7:
                        w.Line($"            var isLarge{u} = order.Quantity >= {OrdinaryNumber()};");
                        w.Line($"            Metrics.Count(\"orders.large\", isLarge{u} ? 1 : 0);");
                        w.Comparisons++;
                        break;
                    case 8:
                        w.Line($"            if (order.Status != \"{Statuses[random.Next(Statuses.Length)]}\" && order.Priority < {OrdinaryNumber()})");
                        w.Line("            {");
                        w.Line("                order.Priority++;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons += 2;
                        break;
                    case 9:
                        w.Line($"            if (root.GetProperty(\"items\").GetArrayLength() > {OrdinaryNumber()})");
                        w.Line("            {");
                        w.Line("                requestCount++;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    case 10:
                        var (none, small, medium) = TierBounds();
                        w.Line($"            var tier{u} = order.Quantity switch");
                        w.Line("            {");
                        w.Line($"                {none} => \"none\",");
                        w.Line($"                < {small} => \"small\",");
                        w.Line($"                < {medium} => \"medium\",");
                        w.Line("                _ => \"large\",");
                        w.Line("            };");
                        w.Line($"            Log.Info(tier{u});");
                        w.Blank();
                        w.Comparisons += 3;
                        break;
                    case 11:
                        // Codes of other kinds, compared with strings that equal provider codes now and then.
                        w.Line($"            if (order.PromoCode == \"{OrdinaryString()}\" || order.CountryCode == \"KR\")");
                        w.Line("            {");
                        w.Line("                total += 10m;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons += 2;
                        break;
                    case 12:
                        w.Line($"            while (requestCount < {Small()})");
                        w.Line("            {");
                        w.Line("                requestCount++;");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons++;
                        break;
                    default:
                        w.Line($"            if (order.Reference == \"{OrdinaryString()}\" && order.CurrencyCode.Length == 3)");
                        w.Line("            {");
                        w.Line("                Log.Info(order.Reference);");
                        w.Line("            }");
                        w.Blank();
                        w.Comparisons += 2;
                        break;
                }
            }

            /// <summary>Three bounds for a switch on a quantity, the last two increasing so no arm is subsumed.</summary>
            private (int None, int Small, int Medium) TierBounds()
            {
                if (!Settings.RejectedValuesOnly)
                {
                    return (0, 10, Math.Max(11, OrdinaryNumber()));
                }

                var numbers = generator.rejectedNumbers;
                var small = random.Next(1, numbers.Length - 1);
                return (numbers[0], numbers[small], numbers[random.Next(small + 1, numbers.Length)]);
            }

            private void OrdinaryAssertion()
            {
                var w = Writer;
                switch (random.Next(5))
                {
                    case 0:
                        w.Line($"            Assert.Equal({Small()}, items.Count);");
                        break;
                    case 1:
                        w.Line($"            Assert.Equal({OrdinaryNumber()}, order.Id);");
                        break;
                    case 2:
                        w.Line($"            Assert.True(order.Price > {OrdinaryNumber()}m);");
                        break;
                    case 3:
                        w.Line($"            Assert.NotEqual(\"{Statuses[random.Next(Statuses.Length)]}\", order.Status);");
                        break;
                    default:
                        w.Line($"            Assert.Equal(\"{OrdinaryString()}\", order.Currency);");
                        break;
                }

                w.Comparisons++;
            }

            private void Filler(bool async)
            {
                var w = Writer;
                var u = w.Next();
                switch (random.Next(async ? 10 : 8))
                {
                    case 0:
                        w.Line($"            total += order.Price * {Small()};");
                        break;
                    case 1:
                        w.Line("            Log.Info($\"order {order.Id} processed\");");
                        break;
                    case 2:
                        w.Line("            requestCount++;");
                        break;
                    case 3:
                        w.Line("            items.Add(order);");
                        break;
                    case 4:
                        w.Line($"            var copy{u} = new Order");
                        w.Line("            {");
                        w.Line($"                Id = order.Id + {Small()},");
                        w.Line("                Quantity = order.Quantity,");
                        w.Line("                Price = order.Price * 1.1m,");
                        w.Line("                Currency = order.Currency,");
                        w.Line("            };");
                        w.Line($"            items.Add(copy{u});");
                        w.Blank();
                        break;
                    case 5:
                        w.Line($"            var name{u} = order.Reference.Trim().ToUpperInvariant();");
                        w.Line($"            Log.Info(name{u});");
                        break;
                    case 6:
                        w.Line($"            var sum{u} = items.Sum(o => o.Price);");
                        w.Line($"            total += sum{u};");
                        break;
                    case 7:
                        w.Line("            Metrics.Count(\"client.calls\");");
                        break;
                    case 8:
                        w.Line($"            await Task.Delay(TimeSpan.FromMilliseconds({Small() * 10}), cancellationToken);");
                        break;
                    default:
                        w.Line("            cancellationToken.ThrowIfCancellationRequested();");
                        break;
                }
            }
        }
    }
}
