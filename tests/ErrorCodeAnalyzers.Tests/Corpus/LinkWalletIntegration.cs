// Corpus: an Immutable X Link wallet integration (connect, deposit, withdraw, sell, history).
// Every expected diagnostic is marked in place; everything else must stay silent.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.LinkWallet;

public enum WalletState
{
    Disconnected = 0,
    Connecting = 1,
    Connected = 2,
    Locked = 1003,
}

public enum DepositStatus
{
    Pending = 2000,
    Confirmed = 2001,
    Rejected = 2003,
}

public sealed class LinkError
{
    public int Code { get; init; }

    public string Message { get; init; } = string.Empty;
}

public sealed class LinkResult<T>
{
    public T? Value { get; init; }

    public LinkError? Error { get; init; }

    public bool Succeeded => Error is null;
}

public sealed class DepositRequest
{
    public string TokenAddress { get; init; } = string.Empty;

    public decimal Amount { get; init; }

    public int Decimals { get; init; } = 18;
}

public sealed class HistoryEntry
{
    public long Id { get; init; }

    public string Type { get; init; } = string.Empty;

    public decimal Amount { get; init; }

    public int Confirmations { get; init; }
}

public interface ILinkSdk
{
    Task<LinkResult<string>> SetupAsync(CancellationToken cancellationToken);

    Task<LinkResult<string>> DepositAsync(DepositRequest request, CancellationToken cancellationToken);

    Task<LinkResult<string>> CompleteWithdrawalAsync(string starkPublicKey, CancellationToken cancellationToken);

    Task<LinkResult<string>> SellAsync(string tokenId, decimal price, CancellationToken cancellationToken);

    Task<LinkResult<HistoryEntry[]>> HistoryAsync(int page, int pageSize, CancellationToken cancellationToken);
}

public class LinkException : Exception
{
    public LinkException(int errorCode, string message)
        : base(message) => ErrorCode = errorCode;

    public int ErrorCode { get; }
}

public sealed class InsufficientFundsException : LinkException
{
    public InsufficientFundsException(string message)
        : base({|ECA0001:2002|}, message)
    {
    }
}

public sealed class WalletService
{
    private const int MaxAttempts = 4;
    private const int HistoryPageSize = 50;
    private const int HistoryFailed = 8000;

    private static readonly Dictionary<int, string> ErrorMessages = new()
    {
        [{|ECA0001:2002|}] = "You do not have enough funds for this deposit.",
        [{|ECA0001:6004|}] = "The price is below the minimum allowed.",
        [{|ECA0001:11005|}] = "Enter a valid amount.",
        [{|ECA0001:1004|}] = "Enable third-party cookies and try again.",
        [{|ECA0002:1005|}] = "This site is not allowed to embed Link.",
    };

    private static readonly int[] SilentErrorCodes = { {|ECA0001:1003|}, {|ECA0002:1005|}, {|ECA0001:2000|} };

    private readonly ILinkSdk sdk;
    private readonly HttpClient http;
    private int lastErrorCode;
    private WalletState state = WalletState.Disconnected;

    public WalletService(ILinkSdk sdk, HttpClient http)
    {
        this.sdk = sdk;
        this.http = http;
    }

    public WalletState State => state;

    public async Task<string?> ConnectAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            state = WalletState.Connecting;
            var result = await sdk.SetupAsync(cancellationToken);
            if (result.Succeeded)
            {
                state = WalletState.Connected;
                return result.Value;
            }

            lastErrorCode = result.Error!.Code;
            switch (lastErrorCode)
            {
                case {|ECA0001:1000|}:
                    // The SDK client could not be created: try again after a pause.
                    await Task.Delay(attempt * 1000, cancellationToken);
                    continue;
                case {|ECA0001:1002|}:
                    return null;
                case {|ECA0001:1003|}:
                    state = WalletState.Disconnected;
                    return null;
                case {|ECA0001:1004|}:
                    ShowHelp(ErrorMessages[ImmutableLinkCookieHelp]);
                    return null;
                case {|ECA0002:1005|}:
                    // Only whitelisted partners could embed Link in an iframe.
                    return null;
                default:
                    if (attempt == MaxAttempts)
                    {
                        throw new LinkException(lastErrorCode, result.Error.Message);
                    }

                    break;
            }
        }

        return null;
    }

    private const int ImmutableLinkCookieHelp = ProviderErrorCodes.ImmutableLink.General.ThirdPartyCookiesBlocked;

    public async Task<string> DepositAsync(DepositRequest request, CancellationToken cancellationToken)
    {
        if (request.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The amount must be positive.");
        }

        if (request.Decimals != 18 && request.Decimals != 6)
        {
            throw new ArgumentException("Only 6 or 18 decimals are supported.", nameof(request));
        }

        if (request.TokenAddress.Length != 42 || !request.TokenAddress.StartsWith("0x", StringComparison.Ordinal))
        {
            throw new ArgumentException("Not an address.", nameof(request));
        }

        var result = await sdk.DepositAsync(request, cancellationToken);
        if (result.Succeeded)
        {
            return result.Value!;
        }

        var error = result.Error!;
        if (error.Code == {|ECA0001:2002|})
        {
            throw new InsufficientFundsException(error.Message);
        }
        else if (error.Code == {|ECA0001:2001|})
        {
            throw new NotSupportedException("This token cannot be deposited.");
        }
        else if (error.Code == {|ECA0001:2003|} || error.Code == {|ECA0001:2000|})
        {
            throw new LinkException(error.Code, error.Message);
        }
        else if (error.Code == {|ECA0004:2004|})
        {
            // a typo for 2003? The Link documents no 2004.
            throw new LinkException(error.Code, "Deposit failed.");
        }

        throw new LinkException(error.Code, error.Message);
    }

    public async Task<bool> CompleteWithdrawalAsync(string starkPublicKey, CancellationToken cancellationToken)
    {
        var result = await sdk.CompleteWithdrawalAsync(starkPublicKey, cancellationToken);
        if (result.Error?.Code is {|ECA0001:4000|})
        {
            return false;
        }

        return result.Succeeded;
    }

    public async Task<string> ListForSaleAsync(string tokenId, decimal price, CancellationToken cancellationToken)
    {
        if (price <= 0m || price > 1_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(price));
        }

        var result = await sdk.SellAsync(tokenId, price, cancellationToken);
        return result.Error?.Code switch
        {
            null => result.Value!,
            {|ECA0001:6000|} => throw new LinkException(result.Error.Code, "Could not read the asset."),
            {|ECA0001:6002|} => result.Value ?? tokenId,
            {|ECA0001:6004|} => throw new ArgumentOutOfRangeException(nameof(price), ErrorMessages[ProviderErrorCodes.ImmutableLink.Sell.PriceBelowMinimum]),
            _ => throw new LinkException(result.Error.Code, result.Error.Message),
        };
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(CancellationToken cancellationToken)
    {
        var entries = new List<HistoryEntry>();
        for (var page = 1; page < 1000; page++)
        {
            var result = await sdk.HistoryAsync(page, HistoryPageSize, cancellationToken);
            if (!result.Succeeded)
            {
                if (result.Error!.Code == HistoryFailed)
                {
                    break; // already named: not reported
                }

                if (lastErrorCode == {|ECA0001:8000|} && page == 202)
                {
                    break;
                }

                lastErrorCode = result.Error.Code;
                continue;
            }

            var rows = result.Value!;
            entries.AddRange(rows.Where(r => r.Confirmations >= 12 && r.Amount != 0m));
            if (rows.Length < HistoryPageSize || entries.Count == 1000)
            {
                break;
            }
        }

        return entries;
    }

    public async Task<decimal?> GetGasPriceAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("https://api.example.com/gas", cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode == 405)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var buffer = text.ToCharArray();
        if (buffer.Length == 0 || buffer.Length > 1000)
        {
            return null;
        }

        return decimal.TryParse(text, out var price) && price != 2002m ? price : null;
    }

    public static string Describe(DepositStatus status) => status switch
    {
        DepositStatus.Pending => "pending",
        DepositStatus.Confirmed => "confirmed",
        (DepositStatus)2003 => "rejected",
        _ => "unknown",
    };

    public bool IsLocked() => state == WalletState.Locked || (int)state == 1003;

    public bool IsCheckoutFailure(LinkException exception) =>
        exception.ErrorCode is {|ECA0001:12001|} or {|ECA0001:12002|} or {|ECA0001:12004|};

    public static string FiatStatus(int errorCode) => errorCode switch
    {
        {|ECA0001:10001|} or {|ECA0001:11001|} => "exchange unavailable",
        {|ECA0001:11005|} => "invalid amount",
        {|ECA0004:11008|} => "unknown",
        _ => "other",
    };

    public static bool IsEmbeddingProblem(int errorCode) => errorCode switch
    {
        {|ECA0001:1000|} => false,
        {|ECA0001:1004|} or {|ECA0002:1005|} => true,
        _ => false,
    };

    public static bool IsSilent(LinkException exception) => SilentErrorCodes.Contains(exception.ErrorCode);

    private static void ShowHelp(string text) => Console.WriteLine(text);
}
