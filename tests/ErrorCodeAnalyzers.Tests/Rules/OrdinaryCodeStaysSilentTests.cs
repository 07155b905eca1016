using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;
using static ErrorCodeAnalyzers.Tests.Rules.MagicErrorCodeTests;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// The negative suite: ordinary code that must stay silent. Every value below IS a catalog code (Coinone 4, 10, 12, 20, 104,
/// 202, 405; Link 1000, 2002, 8000, 10001; OKX 50000, 50011; Tencent 6206, 10054...), so each test can fail.
/// </summary>
public sealed class OrdinaryCodeStaysSilentTests
{
    private const string Types = """
        sealed class Item { }
        sealed class Order { public string Price { get; set; } = ""; public decimal Amount { get; set; } public int Id { get; set; } public string OrderId { get; set; } = ""; public int Quantity { get; set; } }
        sealed class Page { public int Number { get; set; } public int Size { get; set; } public int TotalCount { get; set; } }
        sealed class HttpResult { public int StatusCode { get; set; } public System.Net.HttpStatusCode Status { get; set; } public int HttpStatus { get; set; } }
        sealed class Country { public string Code { get; set; } = ""; public string Name { get; set; } = ""; }
        sealed class Currency { public string Code { get; set; } = ""; }
        sealed class Market { public Currency Quote { get; set; } = new(); public string Symbol { get; set; } = ""; }
        enum LinkError { None = 0, InsufficientFunds = 2002, HistoryFailed = 8000 }
        enum ErrorCode { Ok = 0, Unauthorized = 50111, RateLimited = 50011 }
        sealed class EnumResponse { public ErrorCode ErrorCode { get; set; } public LinkError Error { get; set; } }
        """;

    private static Task SilentAsync(string members, string? editorConfig = null) =>
        LiteralRules.VerifyAsync(WrapInClass(members + "\n" + Types), editorConfig: editorConfig);

    // ---------------------------------------------------------------- the issue's list

    [Theory]
    [InlineData("bool M(int retries) => retries == 4;")]
    [InlineData("bool M(List<Item> items) => items.Count == 10;")]
    [InlineData("bool M(byte[] buffer) => buffer.Length == 1000;")]
    [InlineData("bool M(HttpResult response) => response.StatusCode == 405;")]
    [InlineData("bool M(System.Net.Http.HttpResponseMessage response) => (int)response.StatusCode == 405;")]
    [InlineData("bool M(System.Net.Http.HttpResponseMessage response) => response.StatusCode == (System.Net.HttpStatusCode)405;")]
    [InlineData("bool M(System.Diagnostics.Process process) => process.ExitCode == 4;")]
    [InlineData("bool M(int page) => page == 202;")]
    [InlineData("bool M(int code) => code == 0;")]
    [InlineData("bool M(string errorCode) => errorCode == \"0\";")]
    [InlineData("bool M(int code) => code != 0;")]
    [InlineData("bool M(LinkError error) => error == LinkError.InsufficientFunds;")]
    [InlineData("bool M(LinkError error) => error == (LinkError)2002;")]
    [InlineData("bool M(LinkError error) => (int)error == 2002;")]
    [InlineData("double GetErrorCode() => 0; bool M() => GetErrorCode() == 2002;")]
    [InlineData("LinkError GetErrorCode() => 0; bool M() => (int)GetErrorCode() == 2002;")]
    [InlineData("EnumResponse Last() => new(); bool M() => (int)Last().ErrorCode == 50011;")]
    [InlineData("bool M(EnumResponse response) => response.ErrorCode == (ErrorCode)50011;")]
    [InlineData("bool M(EnumResponse response) => (int)response.ErrorCode == 50011;")]
    [InlineData("bool M(Order order) => order.Price == \"50000\";")]
    [InlineData("bool M(string price) => price == \"50000\";")]
    [InlineData("bool M(decimal price) => price == 50000;")]
    [InlineData("bool M(decimal price) => price == 50000m;")]
    [InlineData("bool M(string price) => decimal.Parse(price) == 50000;")]
    [InlineData("bool M(double lastPrice) => lastPrice >= 50011;")]
    public Task IssueNegativeList(string member) => SilentAsync(member);

    [Fact]
    public Task EnumMembersValuedLikeCodes() => SilentAsync("""
        enum WalletError { WalletAddressRetrievalFailed = 2000, InvalidErc20Token = 2001, InsufficientFunds = 2002, Typo = 2004 }
        static string Describe(WalletError error) => error switch
        {
            WalletError.WalletAddressRetrievalFailed => "address",
            WalletError.InsufficientFunds => "funds",
            (WalletError)2004 => "typo",
            _ => "other",
        };
        """);

    // ---------------------------------------------------------------- names that are not error codes

    [Theory]
    [InlineData("int retryCount", "retryCount == 4")]
    [InlineData("int attempt", "attempt == 4")]
    [InlineData("int errorCount", "errorCount == 10")]
    [InlineData("int errorCodeCount", "errorCodeCount == 12")]
    [InlineData("string code", "code.Length == 4")]
    [InlineData("int[] errorCodes", "errorCodes.Length == 4")]
    [InlineData("List<int> errorCodes", "errorCodes.Count == 10")]
    [InlineData("int codeIndex", "codeIndex == 4")]
    [InlineData("int codePage", "codePage == 1001")]
    [InlineData("int index", "index == 20")]
    [InlineData("int size", "size == 1000")]
    [InlineData("int pageSize", "pageSize == 50")]
    [InlineData("int length", "length == 104")]
    [InlineData("int timeoutMs", "timeoutMs == 1000")]
    [InlineData("int timeout", "timeout == 5000")]
    [InlineData("int delayMs", "delayMs == 2000")]
    [InlineData("int userId", "userId == 2002")]
    [InlineData("string orderId", "orderId == \"104\"")]
    [InlineData("long id", "id == 50011")]
    [InlineData("int year", "year == 2002")]
    [InlineData("int port", "port == 8000")]
    [InlineData("int quantity", "quantity == 10")]
    [InlineData("int limit", "limit == 100 || limit == 1000")]
    [InlineData("int status", "status == 405")]
    [InlineData("int httpStatus", "httpStatus == 405")]
    [InlineData("int statusCode", "statusCode == 405")]
    [InlineData("int httpStatusCode", "httpStatusCode == 405")]
    [InlineData("int status_code", "status_code == 405")]
    [InlineData("int exitCode", "exitCode == 4")]
    [InlineData("int hresult", "hresult == 1001")]
    [InlineData("int hResultCode", "hResultCode == 1001")]
    [InlineData("string postalCode", "postalCode == \"10001\"")]
    [InlineData("string zipCode", "zipCode == \"10002\"")]
    [InlineData("string countryCode", "countryCode == \"1\" || countryCode == \"20\"")]
    [InlineData("string currencyCode", "currencyCode == \"104\"")]
    [InlineData("string languageCode", "languageCode == \"12\"")]
    [InlineData("string verificationCode", "verificationCode == \"6206\"")]
    [InlineData("string smsCode", "smsCode == \"50011\"")]
    [InlineData("string otpCode", "otpCode == \"123\"")]
    [InlineData("string promotionCode", "promotionCode == \"50000\"")]
    [InlineData("string promoCode", "promoCode == \"2002\"")]
    [InlineData("string couponCode", "couponCode == \"8000\"")]
    [InlineData("string inviteCode", "inviteCode == \"10001\"")]
    [InlineData("string referralCode", "referralCode == \"50013\"")]
    [InlineData("string authCode", "authCode == \"1003\"")]
    [InlineData("string areaCode", "areaCode == \"202\"")]
    [InlineData("string bankCode", "bankCode == \"104\"")]
    [InlineData("string productCode", "productCode == \"1000\"")]
    [InlineData("string qrCode", "qrCode == \"1001\"")]
    [InlineData("string barcode", "barcode == \"1002\"")]
    [InlineData("int keyCode", "keyCode == 12")]
    [InlineData("int charCode", "charCode == 50")]
    [InlineData("int hashCode", "hashCode == 1000")]
    [InlineData("string symbolCode", "symbolCode == \"1000\"")]
    [InlineData("string colorCode", "colorCode == \"1001\"")]
    [InlineData("string sourceCode", "sourceCode == \"20\"")]
    [InlineData("string opcode", "opcode == \"12\"")]
    [InlineData("int typeCode", "typeCode == 4")]
    [InlineData("Country country", "country.Code == \"1001\"")]
    [InlineData("Currency quote", "quote.Code == \"104\"")]
    [InlineData("Market market", "market.Quote.Code == \"104\"")]
    [InlineData("Market? market", "market?.Quote?.Code == \"104\"")]
    [InlineData("Country? country", "country?.Code == \"1001\"")]
    [InlineData("System.Net.Sockets.SocketException exception", "exception.ErrorCode == 10054")]
    [InlineData("System.Net.Sockets.SocketException? exception", "exception?.ErrorCode == 10054")]
    [InlineData("System.Runtime.InteropServices.COMException exception", "exception.ErrorCode == 1001")]
    [InlineData("System.ComponentModel.Win32Exception exception", "exception.NativeErrorCode == 1003")]
    [InlineData("System.Net.Http.HttpResponseMessage response", "response.StatusCode.GetHashCode() == 405")]
    public Task NamesThatAreNotErrorCodes(string parameter, string condition) => SilentAsync($"bool M({parameter}) => {condition};");

    // ---------------------------------------------------------------- types that are not error codes

    [Theory]
    [InlineData("double errorCode", "errorCode == 2002")]
    [InlineData("float code", "code == 104")]
    [InlineData("decimal code", "code == 50011")]
    [InlineData("bool errorCode", "errorCode == (2002 > 1)")]
    [InlineData("char code", "code == 4")]
    [InlineData("byte code", "code == 12")]
    [InlineData("ErrorCode errorCode", "errorCode == ErrorCode.RateLimited")]
    [InlineData("LinkError code", "(int)code == 2002")]
    [InlineData("LinkError? code", "code == (LinkError)8000")]
    [InlineData("System.Func<double> errorCode", "errorCode() == 2002")] // a call: what it returns decides
    [InlineData("System.Func<LinkError> getErrorCode", "(int)getErrorCode() == 2002")]
    public Task TypesThatAreNotErrorCodes(string parameter, string condition) => SilentAsync($"bool M({parameter}) => {condition};");

    // ---------------------------------------------------------------- ordinary control flow

    [Fact]
    public Task LoopsAndArithmetic() => SilentAsync("""
        int M(List<Item> items, byte[] buffer)
        {
            var total = 0;
            for (var i = 0; i < 1000; i++)
            {
                if (i == 202 || i % 1000 == 0) total++;
                if (i > 2002) break;
            }

            while (total != 10) total++;
            do { total += 4; } while (total < 8000);
            foreach (var item in items) { if (items.IndexOf(item) == 12) total--; }
            return buffer.Length == 1000 ? total : total * 104;
        }
        """);

    [Fact]
    public Task RetriesAndBackoff() => SilentAsync("""
        async System.Threading.Tasks.Task M(Func<System.Threading.Tasks.Task<bool>> send)
        {
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                if (await send()) return;
                if (attempt == 4) throw new TimeoutException();
                await System.Threading.Tasks.Task.Delay(attempt == 1 ? 1000 : 2000);
                System.Threading.Thread.Sleep(8000);
            }
        }
        """);

    [Fact]
    public Task HttpStatusSwitches() => SilentAsync("""
        static string Describe(HttpResult response)
        {
            switch (response.StatusCode)
            {
                case 202: return "accepted";
                case 405: return "method";
                case 404: return "missing";
                case 500: return "server";
            }

            if (response.HttpStatus == 405) return "method";
            else if (response.HttpStatus == 404) return "missing";

            return response.Status switch
            {
                System.Net.HttpStatusCode.OK => "ok",
                (System.Net.HttpStatusCode)405 => "method",
                _ => "other",
            };
        }
        """);

    [Fact]
    public Task SwitchOnCountsAndSizes() => SilentAsync("""
        static string Bucket(List<Item> items, Page page) => items.Count switch
        {
            0 => "none",
            4 => "few",
            10 or 12 => "some",
            1000 => "max",
            _ => page.Size is 20 or 50 or 104 ? "paged" : "many",
        };
        """);

    [Fact]
    public Task HandlerOverANonCodeSubjectHasNoTypoGuard() => SilentAsync("""
        static int M(int retries)
        {
            switch (retries)
            {
                case 2000: return 1;
                case 2001: return 2;
                case 2004: return 3;
            }

            if (retries == 50011) return 4;
            else if (retries == 50013) return 5;
            else if (retries == 50017) return 6;
            return 0;
        }
        """);

    [Fact]
    public Task PricesAndAmounts() => SilentAsync("""
        static bool M(Order order, string lastPrice, decimal bid)
        {
            if (order.Price == "50000" || lastPrice == "50011") return true;
            if (decimal.Parse(order.Price) > 50000 && order.Amount == 104m) return true;
            if (bid == 2002 || order.Quantity == 10) return false;
            return order.Id == 6206 || order.OrderId == "104" || string.Equals(lastPrice, "50000", StringComparison.Ordinal);
        }
        """);

    [Fact]
    public Task IdsAndPaging() => SilentAsync("""
        static bool M(Page page, long userId, string requestId)
        {
            if (page.Number == 202 || page.TotalCount == 1000) return true;
            if (userId == 50011L || requestId.Equals("104")) return true;
            return page.Size is 50 or 100;
        }
        """);

    [Fact]
    public Task UserConstantsAreAlreadyNamed() => SilentAsync("""
        const int HistoryFailed = 8000;
        const string OrderMissing = "104";
        const long SessionExpired = -10001;
        static readonly int LinkClosed = 1003;
        bool M(int code, string errorCode) =>
            code == HistoryFailed || errorCode == OrderMissing || code == SessionExpired || code == LinkClosed;
        """);

    [Fact]
    public Task PackageConstantsAreAlreadyNamed() => SilentAsync("""
        static string M(int code) => code switch
        {
            ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds => "funds",
            ProviderErrorCodes.TencentIm.Server.SsoAccessLayer.D2TicketExpired => "login",
            ProviderErrorCodes.OkxWeb3.General.RequestsTooFrequent => "slow",
            _ => "other",
        };
        """);

    [Fact]
    public Task LiteralsThatAreNotCompared() => SilentAsync("""
        static int M()
        {
            var code = 2002;
            int errorCode = 50011;
            string error_code = "104";
            long retCode = -10001;
            var values = new[] { 2002, 2003 };
            code = 1005;
            errorCode += 4;
            Console.WriteLine(error_code + retCode + values.Length);
            return code + errorCode + 6206;
        }
        """);

    [Fact]
    public Task UndocumentedLiteralsNextToCodes() => SilentAsync("""
        static bool M(int code, string errorCode) =>
            code == 2004 || code == 3000 || errorCode == "106" || errorCode == "50101" || code == -10002 || code == 120001;
        """);

    [Fact]
    public Task LiteralsCompareWithEachOther() => SilentAsync("""
        #pragma warning disable CS1718
        static bool M() => 2002 == 2002 || "104" == "104";
        """);

    [Fact]
    public Task NotStrictIntegerStrings() => SilentAsync("""
        static bool M(string errorCode) =>
            errorCode == "0104" || errorCode == " 104" || errorCode == "104 " || errorCode == "+104" || errorCode == "2002.0" || errorCode == "1e3" || errorCode == "";
        """);

    [Fact]
    public Task RelationalComparisonsAreNotCodes() => SilentAsync("""
        static bool M(int code, string errorCode) =>
            code > 2002 || code <= 50011 || code is >= 10001 and < 20000 || string.CompareOrdinal(errorCode, "104") > 0;
        """);

    [Fact]
    public Task PatternsAndContainsOnOrdinaryValues() => SilentAsync("""
        static bool M(Order order, Page page, List<Item> items, HttpResult response, string? price) =>
            order is { Quantity: 10, Id: 2002 } ||
            page is { Size: 50 or 104, Number: 202 } ||
            response is { StatusCode: 405 } or { HttpStatus: 405 } ||
            new[] { 4, 10, 12 }.Contains(items.Count) ||
            new List<string> { "50000", "50011" }.Contains(price ?? "") ||
            price?.Equals("50000") == true;
        """);

    // ---------------------------------------------------------------- JSON members that are not error codes

    [Fact]
    public Task JsonMembersThatAreNotErrorCodes() => SilentAsync("""
        static bool M(System.Text.Json.JsonElement root, System.Text.Json.Nodes.JsonNode node)
        {
            if (root.GetProperty("status").GetInt32() == 405) return true;
            if (root.GetProperty("statusCode").GetInt32() == 405) return true;
            if (root.GetProperty("price").GetString() == "50000") return true;
            if (root.GetProperty("count").GetInt32() == 10) return true;
            if (root.GetProperty("id").GetInt64() == 2002) return true;
            if ((int?)node["page"] == 202) return true;
            if ((string?)node["currencyCode"] == "104") return true;
            if ((int?)node["http_status"] == 405) return true;
            return node["data"]?["size"]?.GetValue<int>() == 1000;
        }
        """);

    // ---------------------------------------------------------------- tables and arguments that are not code tables

    [Fact]
    public Task TablesThatAreNotCodeTables() => SilentAsync("""
        static readonly Dictionary<int, string> NumberNames = new() { { 4, "four" }, { 10, "ten" }, { 12, "twelve" }, { 20, "twenty" } };
        static readonly Dictionary<int, string> StatusTexts = new() { [202] = "Accepted", [405] = "Method Not Allowed" };
        static readonly int[] Timeouts = { 1000, 2000, 5000 };
        static readonly List<int> Ports = new() { 8000, 9000 };
        static readonly int[] HttpStatusCodes = { 405, 202 };
        static readonly Dictionary<string, decimal> Fees = new() { { "BTC", 0.0005m }, { "ETH", 0.005m } };
        static readonly HashSet<long> BlockedUserIds = new() { 2002, 50011 };
        static readonly Dictionary<int, string> CountryCodes = new() { { 10, "x" }, { 20, "y" } };
        """);

    [Fact]
    public Task NumericTablesOfOrdinaryValues() => SilentAsync("""
        static readonly Dictionary<int, string> ServicePorts = new() { { 8000, "api" }, { 9000, "admin" } };
        static readonly Dictionary<int, TimeSpan> Backoff = new() { [1000] = TimeSpan.FromSeconds(1), [2000] = TimeSpan.FromSeconds(2), [5000] = TimeSpan.FromSeconds(5) };
        static readonly Dictionary<int, string> Years = new() { { 2000, "Y2K" }, { 2001, "odyssey" }, { 2002, "x" } };
        """);

    [Fact]
    public Task StringKeyedPriceLevels() => SilentAsync("""
        static readonly Dictionary<string, decimal> PriceLevels = new() { { "50000", 0.5m }, { "50001", 0.25m }, { "50002", 0.1m } };
        """);

    [Fact]
    public Task ArgumentsOfOrdinaryParameters() => SilentAsync("""
        static void GoToPage(int page, int size) { }
        static void Respond(int statusCode, string message) { }
        static void Quit(int exitCode) { }
        void M(List<Item> items)
        {
            GoToPage(202, 50);
            Respond(405, "no");
            Respond(statusCode: 405, message: "no");
            Quit(4);
            System.Threading.Thread.Sleep(1000);
            _ = items.Take(10).Skip(4).ToList();
            _ = new byte[1000];
            _ = "abc".Substring(4);
            _ = new string('x', 12);
            _ = Math.Max(2002, 50011);
            _ = TimeSpan.FromMilliseconds(2000);
            _ = new System.Net.Http.HttpResponseMessage((System.Net.HttpStatusCode)405);
        }
        """);

    [Fact]
    public Task FrameworkErrorCodeParametersAreNotProviderCodes() => SilentAsync("""
        static Exception M(bool connectionReset) => connectionReset
            ? new System.Net.Sockets.SocketException(10054)
            : new System.ComponentModel.Win32Exception(1001, "native");
        static void N() { Environment.Exit(4); }
        static Exception O() => new System.Runtime.InteropServices.COMException("x", 1003);
        """);

    [Fact]
    public Task AssertionsOnOrdinaryValues() => SilentAsync("""
        static void M(List<Item> items, HttpResult response, Order order, System.Diagnostics.Process process)
        {
            Xunit.Assert.Equal(10, items.Count);
            Xunit.Assert.Equal(405, response.StatusCode);
            Xunit.Assert.Equal(4, process.ExitCode);
            Xunit.Assert.Equal("50000", order.Price);
            Xunit.Assert.Equal(2002, order.Id);
            Xunit.Assert.NotEqual(104, order.Quantity);
            Xunit.Assert.Equal(0, 4 - 4);
        }
        """);

    [Fact]
    public Task EqualsCallsOnOrdinaryValues() => SilentAsync("""
        static bool M(int page, string price, object count) =>
            page.Equals(202) || string.Equals(price, "50000", StringComparison.Ordinal) || Equals(count, 10) || object.Equals(4, count) ||
            price.Equals("50011", StringComparison.OrdinalIgnoreCase) || EqualityComparer<int>.Default.Equals(page, 2002);
        """);

    [Fact]
    public Task SuccessCodeInHandlersAndTables() => SilentAsync("""
        static bool M(int code, string errorCode)
        {
            switch (code) { case 0: return true; }
            if (errorCode == "0") return true;
            return code is 0 || errorCode.Equals("0") || (code == 0 ? true : false);
        }
        """);

    [Fact]
    public Task DocumentedRangeValues() => SilentAsync("""
        static bool M(int code) => code == 120001 || code == 125000 || code is >= 120001 and <= 130000;
        """);

    [Fact]
    public Task ProvidersNotConfiguredStaySilent() => SilentAsync(
        "bool M(int code, string errorCode) => code == 2002 || errorCode == \"104\" || code == -10001;",
        editorConfig: "root = true\n[*.cs]\nerror_code_analyzers.providers = okx-web3\n");

    [Fact]
    public Task NonCodeSubjectInTheSameConditionAsACode() => LiteralRules.VerifyAsync(WrapInClass("""
        static bool M(int code, int retries, List<Item> items) =>
            retries == 4 && items.Count == 10 && code == {|ECA0001:2002|};
        static void N(int code, int retries)
        {
            if (retries == 4 && code == {|ECA0001:50011|}) { }
            else if (retries == 10) { }
        }
        """ + "\n" + Types));

    [Fact]
    public Task CaseGuardsOnOtherValues() => LiteralRules.VerifyAsync(WrapInClass("""
        static string M(int code, int retries, List<Item> items)
        {
            switch (code)
            {
                case {|ECA0001:50011|} when retries < 4: return "retry";
                case {|ECA0001:50013|} when items.Count == 10: return "busy";
                case var other when other > 1000 && retries == 4: return "other";
                default: return "none";
            }
        }
        """ + "\n" + Types));
}
