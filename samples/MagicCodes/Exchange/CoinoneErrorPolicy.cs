using WalletBackend.Infrastructure;

namespace WalletBackend.Exchange;

/// <summary>How the backend reacts to each Coinone error code.</summary>
public static class CoinoneErrorPolicy
{
    public static ClientReaction Decide(string errorCode, string? errorMessage) => errorCode switch
    {
        // Credentials and request signing
        "12" => ClientReaction.RefreshCredentials("The Coinone access token is no longer valid."),
        "131" => ClientReaction.RetryNow("The nonce was not bigger than the last one: signing again with a fresh nonce."),

        // The account owner has to act in the Coinone app
        "50" => ClientReaction.AskUser("Complete identity verification in the Coinone app, then try again."),
        "52" => ClientReaction.AskUser("Complete the real-name bank account verification in the Coinone app."),
        "3005" => ClientReaction.AskUser("Verify your phone number in the Coinone app, then try again."),
        "53" => ClientReaction.AskUser("Coinone's market monitoring rejected the order: please contact Coinone support."),
        "3010" => ClientReaction.AskUser("Your Coinone account is locked: please contact Coinone support."),

        // Withdrawals
        "3006" => ClientReaction.RetryLater(TimeSpan.FromHours(72), "Withdrawals are on hold for 72 hours after the first KRW deposit."),
        "3003" => ClientReaction.AskUser("The daily withdrawal limit is reached; try again tomorrow."),

        // Orders
        "103" or "157" => ClientReaction.AskUser("Not enough balance for this order."),
        "306" => ClientReaction.AskUser("The order is below Coinone's minimum order amount."),

        _ => ClientReaction.Fail($"Coinone error {errorCode}: {errorMessage}"),
    };
}
