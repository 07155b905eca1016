using System.Net.Http.Json;
using WalletBackend.Infrastructure;

namespace WalletBackend.Exchange;

/// <summary>Places orders on Coinone (private API v2.1); signing is left out of the sample.</summary>
public sealed class CoinoneClient(HttpClient http)
{
    public async Task<string> PlaceLimitOrderAsync(string market, decimal price, decimal quantity, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync(
                "/v2.1/order",
                new { quote_currency = "KRW", target_currency = market, type = "LIMIT", side = "BUY", price, qty = quantity },
                cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<CoinoneResponse>(cancellationToken)
                ?? throw new ProviderException("Coinone", "?", "empty response");
            if (body.IsSuccess)
            {
                return body.OrderId ?? "";
            }

            // A stale nonce is the one error worth retrying at once; everything else goes to the policy.
            if (body.ErrorCode == "131" && attempt < 3)
            {
                continue;
            }

            var reaction = CoinoneErrorPolicy.Decide(body.ErrorCode, body.ErrorMessage);
            throw new ProviderException("Coinone", body.ErrorCode, reaction.ToString());
        }
    }
}
