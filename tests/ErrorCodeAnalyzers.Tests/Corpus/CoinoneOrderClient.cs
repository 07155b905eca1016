// Corpus: a Coinone order client. Coinone sends "errorCode" as a JSON string ("0" on success), so codes are string literals;
// a code -> exception table maps them to typed exceptions.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Coinone;

public class CoinoneException : Exception
{
    public CoinoneException(string errorCode, string message)
        : base(message) => ErrorCode = errorCode;

    public string ErrorCode { get; }
}

public sealed class InsufficientBalanceException : CoinoneException
{
    public InsufficientBalanceException(string message)
        : base({|ECA0001:"103"|}, message)
    {
    }
}

public sealed class OrderNotFoundException : CoinoneException
{
    public OrderNotFoundException(string message)
        : base({|ECA0001:"104"|}, message)
    {
    }
}

public sealed class InvalidPriceException : CoinoneException
{
    public InvalidPriceException(string message)
        : base({|ECA0001:"105"|}, message)
    {
    }
}

public sealed class NonceException : CoinoneException
{
    public NonceException(string errorCode, string message)
        : base(errorCode, message)
    {
    }
}

public sealed class AccountLockedException : CoinoneException
{
    public AccountLockedException(string message)
        : base({|ECA0001:"3010"|}, message)
    {
    }
}

public enum OrderSide
{
    Buy,
    Sell,
}

public sealed record PlaceOrderRequest(string QuoteCurrency, string TargetCurrency, OrderSide Side, string Price, string Qty, string? UserOrderId);

public sealed record PlacedOrder(string OrderId, string? UserOrderId);

public sealed class CoinoneOrderClient
{
    private const int MaxOpenOrders = 10;
    private const string SuccessCode = "0";

    private static readonly Dictionary<string, Func<string, CoinoneException>> ExceptionFactories = new()
    {
        { {|ECA0001:"103"|}, message => new InsufficientBalanceException(message) },
        { {|ECA0001:"104"|}, message => new OrderNotFoundException(message) },
        { {|ECA0001:"105"|}, message => new InvalidPriceException(message) },
        { {|ECA0001:"131"|}, message => new NonceException({|ECA0001:"131"|}, message) },
        { {|ECA0001:"132"|}, message => new NonceException({|ECA0001:"132"|}, message) },
        { {|ECA0001:"3010"|}, message => new AccountLockedException(message) },
        { "2005", message => new CoinoneException("2005", message) },
    };

    private static readonly Dictionary<int, string> ErrorMessagesKo = new()
    {
        { {|ECA0001:104|}, "주문 ID가 존재하지 않습니다." },
        { {|ECA0001:103|}, "잔고가 부족합니다." },
        { {|ECA0001:107|}, "파라미터 오류입니다." },
    };

    private readonly HttpClient http;
    private readonly string accessToken;
    private readonly List<PlacedOrder> openOrders = new();
    private long nonce = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public CoinoneOrderClient(HttpClient http, string accessToken)
    {
        this.http = http;
        this.accessToken = accessToken;
    }

    public async Task<PlacedOrder> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        if (openOrders.Count >= MaxOpenOrders || openOrders.Count == 10)
        {
            throw new InvalidOperationException("Too many open orders.");
        }

        if (request.Price == "0" || request.Price == "50000" && request.Qty == "0.0001")
        {
            throw new ArgumentException("Suspicious order.", nameof(request));
        }

        if (decimal.Parse(request.Price, CultureInfo.InvariantCulture) > 50000m && request.Side == OrderSide.Buy)
        {
            Console.WriteLine("Large buy order.");
        }

        if (request.UserOrderId is { Length: > 100 })
        {
            throw new ArgumentException("User order id is too long.", nameof(request));
        }

        var root = await PostAsync("/v2.1/order", new
        {
            quote_currency = request.QuoteCurrency,
            target_currency = request.TargetCurrency,
            side = request.Side == OrderSide.Buy ? "BUY" : "SELL",
            price = request.Price,
            qty = request.Qty,
            user_order_id = request.UserOrderId,
        }, cancellationToken);
        var order = new PlacedOrder(root.GetProperty("order_id").GetString()!, request.UserOrderId);
        openOrders.Add(order);
        return order;
    }

    public async Task CancelAsync(PlacedOrder order, CancellationToken cancellationToken)
    {
        try
        {
            await PostAsync("/v2.1/order/cancel", new { order_id = order.OrderId }, cancellationToken);
        }
        catch (CoinoneException exception) when (exception.ErrorCode == {|ECA0001:"117"|} || exception.ErrorCode == {|ECA0001:"116"|})
        {
            // already canceled or already traded: nothing left to cancel
        }
        catch (CoinoneException exception) when (exception.ErrorCode is {|ECA0001:"104"|})
        {
            Console.WriteLine($"Order {order.OrderId} is gone.");
        }

        openOrders.RemoveAll(o => o.OrderId == order.OrderId);
    }

    private async Task<JsonElement> PostAsync(string path, object payload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var body = JsonSerializer.Serialize(new { access_token = accessToken, nonce = Interlocked.Increment(ref nonce), payload });
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(path, content, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode == 429)
            {
                await Task.Delay(1000 * (attempt + 1), cancellationToken);
                continue;
            }

            if ((int)response.StatusCode >= 500 || (int)response.StatusCode == 405)
            {
                throw new HttpRequestException($"Coinone returned {(int)response.StatusCode}.");
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement.Clone();
            var result = root.GetProperty("result").GetString();
            var errorCode = root.GetProperty("error_code").GetString() ?? string.Empty;
            if (result == "success" && errorCode == SuccessCode)
            {
                return root;
            }

            if (errorCode == {|ECA0001:"12"|} || errorCode == {|ECA0001:"27"|})
            {
                throw new UnauthorizedAccessException("The access token is invalid or missing.");
            }

            if (errorCode == {|ECA0001:"131"|} && attempt < 3)
            {
                nonce += 1000;
                continue;
            }

            var message = root.TryGetProperty("error_msg", out var messageElement) ? messageElement.GetString() ?? string.Empty : string.Empty;
            if (ExceptionFactories.TryGetValue(errorCode, out var create))
            {
                throw create(message);
            }

            switch (errorCode)
            {
                case {|ECA0001:"107"|}:
                case {|ECA0001:"108"|}:
                case {|ECA0001:"109"|}:
                    throw new ArgumentException(message);
                case {|ECA0004:"106"|}:
                    throw new ArgumentException("The price unit is wrong.");
                case {|ECA0001:"53"|}:
                    throw new CoinoneException(errorCode, "Rejected by market monitoring.");
                default:
                    throw new CoinoneException(errorCode, message);
            }
        }

        throw new TimeoutException("Coinone did not answer after 4 attempts.");
    }

    public static string DescribeBalanceError(string code)
    {
        if (code.Trim() == {|ECA0001:"157"|})
        {
            return ErrorMessagesKo[ProviderErrorCodes.Coinone.General.LackOfBalance];
        }

        return int.Parse(code, CultureInfo.InvariantCulture) == {|ECA0001:158|} ? "below minimum" : code;
    }

    public static bool IsGone(CoinoneException? exception) =>
        exception?.ErrorCode?.Equals({|ECA0001:"104"|}) == true || exception is { ErrorCode: {|ECA0001:"117"|} } || exception is { Message.Length: 104 };

    public static bool IsWithdrawalBlocked(string errorCode) =>
        string.Equals(errorCode, {|ECA0001:"3001"|}, StringComparison.Ordinal) || errorCode.Equals({|ECA0001:"3002"|}, StringComparison.Ordinal);

    public static IEnumerable<string> FormatPrices(IEnumerable<decimal> prices)
    {
        foreach (var price in prices)
        {
            var text = price.ToString("0.####", CultureInfo.InvariantCulture);
            if (text == "50000" || text.Length > 12)
            {
                yield return text + " (round)";
                continue;
            }

            yield return text;
        }
    }

    public static int CountFilled(IReadOnlyList<string> states) => states.Count(s => s == "filled") + (states.Count == 104 ? 1 : 0);
}
