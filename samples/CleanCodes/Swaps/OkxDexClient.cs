using System.Net.Http.Json;
using ProviderErrorCodes;
using WalletBackend.Infrastructure;

namespace WalletBackend.Swaps;

/// <summary>Asks the OKX Web3 DEX aggregator for swap quotes; request signing is left out of the sample.</summary>
public sealed class OkxDexClient(HttpClient http)
{
    private const int MaxAttempts = 4;

    public async Task<SwapQuote> GetQuoteAsync(string chainId, string fromToken, string toToken, string amount, CancellationToken cancellationToken = default)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            // OKX answers errors with a JSON body too (HTTP 429 for rate limits, 401 for signatures): read it whatever the status.
            using var response = await http.GetAsync(
                $"/api/v5/dex/aggregator/quote?chainId={chainId}&fromTokenAddress={fromToken}&toTokenAddress={toToken}&amount={amount}",
                cancellationToken);
            var envelope = await response.Content.ReadFromJsonAsync<OkxEnvelope<SwapQuote>>(cancellationToken)
                ?? throw new ProviderException("OKX", "?", "empty response");

            if (envelope.Code == "0")
            {
                return envelope.Data[0];
            }

            var reaction = Decide(envelope.Code, envelope.Msg, delay);
            Console.WriteLine($"    OKX {envelope.Code}: {reaction}");
            if (attempt < MaxAttempts && reaction.Kind is ReactionKind.RetryLater or ReactionKind.RefreshCredentials)
            {
                await Task.Delay(reaction.Delay, cancellationToken);
                delay *= 2;
                continue;
            }

            throw new ProviderException("OKX", envelope.Code, reaction.Message);
        }
    }

    private static ClientReaction Decide(string code, string message, TimeSpan backoff)
    {
        if (code == OkxWeb3Strings.General.RequestsTooFrequent)
        {
            return ClientReaction.RetryLater(backoff, "Too many requests: backing off.");
        }
        else if (code == OkxWeb3Strings.Authentication.TimestampExpired || code == OkxWeb3Strings.Authentication.InvalidSignature)
        {
            // The signature covers the timestamp: sign the request again instead of resending it.
            return ClientReaction.RefreshCredentials("The request signature is stale or wrong: signing again.");
        }
        else if (code == OkxWeb3Strings.General.RegionNotSupported)
        {
            return ClientReaction.AskUser("Swaps are not available in your region.");
        }
        else if (code == OkxWeb3Strings.General.ServiceTemporarilyUnavailable || code == OkxWeb3Strings.General.SystemBusy)
        {
            return ClientReaction.RetryLater(backoff, "OKX is busy: trying again shortly.");
        }
        else
        {
            return ClientReaction.Fail($"OKX error {code}: {message}");
        }
    }
}
