// Corpus: an OKX Web3 (DEX API) client. OKX answers { "code": "0", "msg": "", "data": [...] }; codes are strings.
// It retries on 50011 (too many requests), maps codes to exception types, and parses with System.Text.Json.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Okx;

public class OkxApiException : Exception
{
    public OkxApiException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; }
}

public sealed class RateLimitExceeded : OkxApiException
{
    public RateLimitExceeded(string message)
        : base({|ECA0001:"50011"|}, message)
    {
    }
}

public sealed class SystemBusy : OkxApiException
{
    public SystemBusy(string message)
        : base({|ECA0001:"50013"|}, message)
    {
    }
}

public sealed class InvalidApiKey : OkxApiException
{
    public InvalidApiKey(string message)
        : base({|ECA0001:"50111"|}, message)
    {
    }
}

public sealed class InvalidSignature : OkxApiException
{
    public InvalidSignature(string message)
        : base({|ECA0001:"50113"|}, message)
    {
    }
}

public enum ErrorType
{
    Unauthorized,
    RateLimited,
    BadRequest,
}

public sealed class ErrorInfo
{
    public ErrorInfo(ErrorType type, params string[] errorCodes)
    {
        Type = type;
        ErrorCodes = errorCodes;
    }

    public ErrorType Type { get; }

    public IReadOnlyList<string> ErrorCodes { get; }
}

public sealed class Envelope
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = "0";

    [JsonPropertyName("msg")]
    public string Msg { get; set; } = string.Empty;

    [JsonPropertyName("data")]
    public JsonElement Data { get; set; }
}

public sealed record Quote(string FromTokenAmount, string ToTokenAmount, string EstimateGasFee, int ChainIndex);

public sealed class OkxWeb3Client
{
    private const int MaxRetries = 5;
    private const int PageLimit = 100;

    private static readonly Dictionary<string, Type> ExceptionTypes = new()
    {
        { {|ECA0001:"50011"|}, typeof(RateLimitExceeded) },
        { {|ECA0001:"50013"|}, typeof(SystemBusy) },
        { {|ECA0001:"50111"|}, typeof(InvalidApiKey) },
        { {|ECA0001:"50113"|}, typeof(InvalidSignature) },
    };

    private static readonly HashSet<string> RetryableErrorCodes = new() { {|ECA0001:"50011"|}, {|ECA0001:"50013"|}, {|ECA0001:"50001"|}, {|ECA0001:"50004"|} };

    private static readonly ErrorInfo[] KnownErrors =
    {
        new ErrorInfo(ErrorType.Unauthorized, "50101", {|ECA0001:"50111"|}, {|ECA0001:"50113"|}),
        new ErrorInfo(ErrorType.RateLimited, {|ECA0001:"50011"|}),
        new ErrorInfo(ErrorType.BadRequest, {|ECA0001:"50014"|}, {|ECA0001:"51000"|}),
    };

    private readonly HttpClient http;

    public OkxWeb3Client(HttpClient http) => this.http = http;

    public async Task<Quote?> GetQuoteAsync(int chainIndex, string fromToken, string toToken, string amount, CancellationToken cancellationToken)
    {
        if (chainIndex == 1 || chainIndex == 56 || chainIndex == 501)
        {
            Console.WriteLine("Supported chain.");
        }

        if (amount == "0" || amount == "50000" || amount.Length > 78)
        {
            throw new ArgumentException("Unexpected amount.", nameof(amount));
        }

        var url = $"/api/v5/dex/aggregator/quote?chainIndex={chainIndex}&fromTokenAddress={fromToken}&toTokenAddress={toToken}&amount={amount}";
        var data = await SendWithRetriesAsync(url, cancellationToken);
        if (data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
        {
            return null;
        }

        var first = data[0];
        return new Quote(
            first.GetProperty("fromTokenAmount").GetString()!,
            first.GetProperty("toTokenAmount").GetString()!,
            first.GetProperty("estimateGasFee").GetString()!,
            chainIndex);
    }

    private async Task<JsonElement> SendWithRetriesAsync(string url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * (attempt + 1)), cancellationToken);
                continue;
            }

            if ((int)response.StatusCode == 401 || (int)response.StatusCode == 405)
            {
                throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var envelope = JsonSerializer.Deserialize<Envelope>(body)!;
            if (envelope.Code == "0")
            {
                return envelope.Data;
            }

            if (envelope.Code == {|ECA0001:"50011"|} && attempt < 4)
            {
                await Task.Delay(1000 * (attempt + 1), cancellationToken);
                continue;
            }

            if (RetryableErrorCodes.Contains(envelope.Code) && attempt + 1 < MaxRetries)
            {
                continue;
            }

            if (ExceptionTypes.TryGetValue(envelope.Code, out var type))
            {
                throw (OkxApiException)Activator.CreateInstance(type, envelope.Msg)!;
            }

            throw new OkxApiException(envelope.Code, envelope.Msg);
        }

        throw new TimeoutException($"No answer after {MaxRetries} attempts.");
    }

    public static string Describe(string code) => code switch
    {
        "0" => "ok",
        {|ECA0001:"50000"|} => "The body is empty.",
        {|ECA0001:"50014"|} or {|ECA0001:"50015"|} => "A required parameter is missing.",
        {|ECA0001:"50038"|} => "This chain is not supported.",
        {|ECA0004:"50017"|} => "Parameter error.",
        _ => "Unknown error " + code,
    };

    public static bool IsAuthenticationError(JsonDocument document)
    {
        var code = document.RootElement.GetProperty("code").GetString();
        switch (code)
        {
            case {|ECA0001:"50102"|}:
            case {|ECA0001:"50111"|}:
            case {|ECA0001:"50113"|}:
            case ProviderErrorCodes.OkxWeb3Strings.Authentication.InvalidAuthorization:
                return true;
            default:
                return false;
        }
    }

    public static bool IsOutputAddressMissing(string body)
    {
        var node = JsonNode.Parse(body);
        return (string?)node?["code"] == {|ECA0001:"51001"|} || node?["data"]?["errorCode"]?.GetValue<string>() == {|ECA0001:"51002"|};
    }

    public static bool ShouldSlowDown(Envelope? envelope, int httpStatus) =>
        httpStatus == 429 || envelope is { Code: {|ECA0001:"50011"|} or {|ECA0001:"50013"|} } || envelope is { Msg.Length: 0, Code: "0" };

    public static int ParseCode(JsonElement root) => int.Parse(root.GetProperty("code").GetString()!, CultureInfo.InvariantCulture);

    public static bool IsTransactionPending(JsonElement root) => ParseCode(root) == {|ECA0001:51003|} ? true : root.GetProperty("errorCode").GetInt32() == {|ECA0001:51003|};

    public static async IAsyncEnumerable<JsonElement> PageAsync(Func<int, Task<JsonElement[]>> fetch)
    {
        for (var page = 0; page < 1000; page++)
        {
            var rows = await fetch(page);
            foreach (var row in rows)
            {
                if (row.GetProperty("chainIndex").GetString() == "1" && row.GetProperty("tokenAmount").GetString() != "50000")
                {
                    yield return row;
                }
            }

            if (rows.Length < PageLimit || rows.Length == 0 || page == 202)
            {
                yield break;
            }
        }
    }
}
