// Corpus: ordinary application code next to the clients: paging, HTTP, retries, prices, ids, enums, tables of ordinary
// values, processes, countries and currencies. Many values are catalog codes (4, 10, 12, 20, 104, 202, 405, 1000, 2002,
// 8000, 50000...), but nothing here is a provider error code, so nothing may be reported.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.App;

public enum Priority
{
    Low = 4,
    Normal = 10,
    High = 20,
    Critical = 2002,
}

public enum Tier
{
    Free = 0,
    Pro = 1000,
    Enterprise = 8000,
}

public sealed record Product(long Id, string Sku, decimal Price, int Stock, string CurrencyCode);

public sealed record Country(string Code, string Name, string DialCode);

public sealed record Currency(string Code, int Decimals);

public sealed class ApiResponse
{
    public HttpStatusCode StatusCode { get; init; }

    public int HttpStatus { get; init; }

    public string Body { get; init; } = string.Empty;
}

public sealed class Inventory
{
    private const int PageSize = 50;
    private const int MaxRetries = 4;
    private const int Port = 8000;

    private static readonly Dictionary<int, string> StatusTexts = new()
    {
        [202] = "Accepted",
        [404] = "Not Found",
        [405] = "Method Not Allowed",
        [429] = "Too Many Requests",
    };

    private static readonly Dictionary<int, TimeSpan> BackoffByAttempt = new()
    {
        [1000] = TimeSpan.FromSeconds(1),
        [2000] = TimeSpan.FromSeconds(2),
        [5000] = TimeSpan.FromSeconds(5),
    };

    private static readonly Dictionary<int, string> ServicePorts = new() { { 8000, "api" }, { 9000, "admin" }, { 10001, "metrics" } };

    private static readonly Dictionary<string, decimal> PriceLevels = new() { { "50000", 0.5m }, { "50001", 0.25m }, { "50002", 0.1m } };

    private static readonly Dictionary<int, string> NumberWords = new() { { 4, "four" }, { 10, "ten" }, { 12, "twelve" }, { 20, "twenty" } };

    private static readonly int[] TimeoutsMs = { 1000, 2000, 5000, 10001 };

    private static readonly int[] HttpStatusCodes = { 202, 405, 429 };

    private static readonly HashSet<long> BlockedUserIds = new() { 2002, 50011, 6206 };

    private readonly List<Product> products = new();
    private readonly HttpClient http;
    private int retries;

    public Inventory(HttpClient http) => this.http = http;

    public IReadOnlyList<Product> Page(int page)
    {
        if (page < 1 || page == 202 || page > 1000)
        {
            return Array.Empty<Product>();
        }

        var items = products.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        if (items.Count == 10 || items.Count == PageSize)
        {
            Console.WriteLine("full page");
        }

        return items;
    }

    public async Task<string?> FetchAsync(string url, CancellationToken cancellationToken)
    {
        while (retries < MaxRetries)
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                retries = 0;
                return await response.Content.ReadAsStringAsync(cancellationToken);
            }

            var statusCode = (int)response.StatusCode;
            switch (statusCode)
            {
                case 202:
                    continue;
                case 404:
                case 405:
                    return null;
                case 429:
                    await Task.Delay(BackoffByAttempt.Keys.ElementAt(Math.Min(retries, 2)), cancellationToken);
                    break;
            }

            if (retries == 4 || statusCode >= 500)
            {
                break;
            }

            retries++;
        }

        return null;
    }

    public static string Describe(ApiResponse response) => response.HttpStatus switch
    {
        202 => StatusTexts[202],
        405 => StatusTexts[405],
        _ => response.StatusCode == (HttpStatusCode)405 ? "method" : "other",
    };

    public bool NeedsRestock(Product product) =>
        product.Stock == 0 || product.Stock == 10 || product.Stock < 4 || product.Price == 50000m || product.Id == 2002;

    public static bool IsExpensive(Product product, string lastPrice) =>
        lastPrice == "50000" || string.Equals(lastPrice, "50011", StringComparison.Ordinal) || decimal.Parse(lastPrice, CultureInfo.InvariantCulture) > 50000m;

    public static bool IsKorea(Country country) => country.Code == "82" || country.DialCode == "82" || country.Code == "1001";

    public static bool IsWon(Currency currency, Product product) => currency.Code == "104" || product.CurrencyCode == "104" || currency.Decimals == 0;

    public static int RunTool(string path)
    {
        using var process = Process.Start(new ProcessStartInfo(path) { UseShellExecute = false })!;
        process.WaitForExit(8000);
        if (process.ExitCode == 4 || process.ExitCode == 12)
        {
            return -1;
        }

        return process.ExitCode == 0 ? 0 : process.ExitCode;
    }

    public static string PriorityName(Priority priority) => priority switch
    {
        Priority.Low => "low",
        Priority.Critical => "critical",
        (Priority)10 => "normal",
        _ => "high",
    };

    public static bool IsPaid(Tier tier) => tier != Tier.Free && ((int)tier == 1000 || (int)tier == 8000);

    public static int Checksum(string text)
    {
        var sum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i % 1000 == 0 && i != 0)
            {
                sum ^= 2002;
            }

            sum += text[i] == 'x' ? 4 : text[i];
        }

        return sum % 50011;
    }

    public static bool IsValidJson(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("status", out var status) && status.GetInt32() == 405)
        {
            return false;
        }

        if (root.GetProperty("count").GetInt32() == 10 || root.GetProperty("page").GetInt32() == 202)
        {
            return true;
        }

        return root.GetProperty("price").GetString() != "50000" && root.GetProperty("id").GetInt64() != 2002;
    }

    public static string PortName(int port) => ServicePorts.TryGetValue(port, out var name) ? name : port == Port ? "api" : "unknown";

    public static bool IsBlocked(long userId) => BlockedUserIds.Contains(userId) || userId == 6206;

    public static decimal Discount(string promoCode, string couponCode, int year) =>
        promoCode == "50000" || couponCode == "2002" || year == 2002 ? 0.1m : 0m;

    public static int Words(int n) => NumberWords.ContainsKey(n) ? n : TimeoutsMs.Length + HttpStatusCodes.Length + PriceLevels.Count;
}
