// Corpus: ordinary market-data and scheduling code of a trading app. Values such as 4, 10, 12, 20, 50, 104, 202, 300, 405,
// 1000, 2000, 5000, 8000, 50000 are catalog codes too, but here they are intervals, limits, prices, sizes and ids.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MarketData;

public sealed record Candle(DateTime OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, int IntervalMs);

public sealed record Trade(long Id, string Symbol, decimal Price, decimal Quantity, bool IsBuyerMaker);

public sealed class HttpResult
{
    public int Code { get; init; }

    public string Reason { get; init; } = string.Empty;
}

public sealed class ApiException : Exception
{
    public ApiException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    public int StatusCode { get; }
}

public sealed class VerificationRequest
{
    public string VerificationCode { get; init; } = string.Empty;

    public string PromoCode { get; init; } = string.Empty;

    public string ReferralCode { get; init; } = string.Empty;
}

public sealed class MarketDataService
{
    private const int MaxCandles = 1000;
    private const int DepthLimit = 50;
    private const int ReconnectDelayMs = 2000;

    private static readonly Dictionary<string, int> Decimals = new() { { "BTC", 8 }, { "ETH", 18 }, { "KRW", 0 }, { "USDT", 6 } };

    private static readonly Dictionary<int, string> IntervalNames = new() { [1000] = "1s", [60000] = "1m", [300000] = "5m" };

    private readonly List<Trade> trades = new();
    private int errorCount;
    private int reconnects;

    public IEnumerable<Candle> Aggregate(IReadOnlyList<Trade> source, int intervalMs)
    {
        if (intervalMs != 1000 && intervalMs != 5000 && intervalMs != 8000 && intervalMs % 60000 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(intervalMs));
        }

        var count = 0;
        foreach (var group in source.GroupBy(t => t.Id / 1000))
        {
            if (++count > MaxCandles || count == 1000)
            {
                yield break;
            }

            var prices = group.Select(t => t.Price).ToList();
            yield return new Candle(DateTime.UnixEpoch.AddMilliseconds(group.Key * 1000), prices[0], prices.Max(), prices.Min(), prices[^1], group.Sum(t => t.Quantity), intervalMs);
        }
    }

    public static string IntervalName(int intervalMs)
    {
        switch (intervalMs)
        {
            case 1000: return "1s";
            case 5000: return "5s";
            case 8000: return "8s";
            case 60000: return "1m";
            default: return IntervalNames.TryGetValue(intervalMs, out var name) ? name : intervalMs + "ms";
        }
    }

    public static bool IsRoundPrice(decimal price, string priceText) =>
        price == 50000m || price % 1000 == 0 || priceText == "50000" || priceText == "104" || priceText.Length == 12;

    public static bool IsLargeTrade(Trade trade) => trade.Quantity >= 10 && (trade.Price >= 50000 || trade.Id == 2002 || trade.Symbol == "50011");

    public bool Accept(Trade trade)
    {
        if (trade.Symbol.Length == 0 || trade.Symbol.Length > 20)
        {
            errorCount++;
            return errorCount < 10;
        }

        if (errorCount == 10 || errorCount == 12 || trades.Count == 50000)
        {
            return false;
        }

        trades.Add(trade);
        return true;
    }

    public async Task ListenAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (result.CloseStatus == WebSocketCloseStatus.NormalClosure || (int?)result.CloseStatus == 1000)
                {
                    return;
                }

                if (reconnects++ == 4)
                {
                    throw new ApiException("Too many reconnects.", statusCode: 405);
                }

                await Task.Delay(ReconnectDelayMs, cancellationToken);
                continue;
            }

            if (result.Count == 0 || result.Count == buffer.Length || result.Count > 2000)
            {
                continue;
            }
        }
    }

    public static string Explain(HttpResult result) => result.Code switch
    {
        202 => "accepted",
        405 => "method not allowed",
        429 => "slow down",
        _ when result.Code >= 500 => "server error",
        _ => result.Reason,
    };

    public static bool IsValid(VerificationRequest request) =>
        request.VerificationCode.Length == 6 && request.VerificationCode != "104" && request.PromoCode != "50000" && request.ReferralCode != "2002";

    public static int DecimalsOf(string asset) => Decimals.TryGetValue(asset, out var decimals) ? decimals : asset == "KRW" ? 0 : 8;

    public static IEnumerable<int> Schedule(DateTime now)
    {
        for (var minute = 0; minute < 60; minute++)
        {
            if (minute % 10 == 0 || minute == 4 || minute == 12)
            {
                yield return minute;
            }
        }

        if (now.Year == 2002 || now.Hour == 12 || now.Day == 20)
        {
            yield return -1;
        }
    }

    public static decimal Fee(int tier, decimal notional) => tier switch
    {
        4 => notional * 0.0004m,
        10 => notional * 0.001m,
        20 => notional * 0.002m,
        _ => notional >= 50000 ? notional * 0.0005m : notional * 0.0025m,
    };

    public static int DepthFor(string symbol, int requested)
    {
        if (requested is 5 or 10 or 20 or 50 or 100 or 500 or 1000)
        {
            return requested;
        }

        return symbol.StartsWith("BTC", StringComparison.Ordinal) && requested > DepthLimit ? 1000 : DepthLimit;
    }

    public static async Task<int> WithTimeoutAsync(Func<CancellationToken, Task<int>> work)
    {
        using var cts = new CancellationTokenSource();
        cts.CancelAfter(8000);
        var value = await work(cts.Token);
        Thread.Sleep(value == 104 ? 1000 : 0);
        return value == 2002 ? -1 : value;
    }
}
