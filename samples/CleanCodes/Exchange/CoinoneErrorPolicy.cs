using ProviderErrorCodes;
using WalletBackend.Infrastructure;

namespace WalletBackend.Exchange;

/// <summary>How the backend reacts to each Coinone error code.</summary>
public static class CoinoneErrorPolicy
{
    public static ClientReaction Decide(string errorCode, string? errorMessage) => errorCode switch
    {
        // Credentials and request signing
        CoinoneStrings.General.InvalidAccessToken => ClientReaction.RefreshCredentials("The Coinone access token is no longer valid."),
        CoinoneStrings.General.NonceNotBiggerThanLastNonce => ClientReaction.RetryNow("The nonce was not bigger than the last one: signing again with a fresh nonce."),

        // The account owner has to act in the Coinone app
        CoinoneStrings.General.IdentityVerificationRequired => ClientReaction.AskUser("Complete identity verification in the Coinone app, then try again."),
        CoinoneStrings.General.RealNameAccountVerificationRequired => ClientReaction.AskUser("Complete the real-name bank account verification in the Coinone app."),
        CoinoneStrings.General.PhoneVerificationRequired => ClientReaction.AskUser("Verify your phone number in the Coinone app, then try again."),
        CoinoneStrings.General.OrderRejectedByMarketMonitoring => ClientReaction.AskUser("Coinone's market monitoring rejected the order: please contact Coinone support."),
        CoinoneStrings.General.AccountLocked => ClientReaction.AskUser("Your Coinone account is locked: please contact Coinone support."),

        // Withdrawals
        CoinoneStrings.General.WithdrawalRestrictedAfterFirstKrwDeposit => ClientReaction.RetryLater(TimeSpan.FromHours(72), "Withdrawals are on hold for 72 hours after the first KRW deposit."),
        CoinoneStrings.General.DailyWithdrawalLimitExceeded => ClientReaction.AskUser("The daily withdrawal limit is reached; try again tomorrow."),

        // Orders
        CoinoneStrings.General.LackOfBalance or CoinoneStrings.General.InsufficientBalance => ClientReaction.AskUser("Not enough balance for this order."),
        CoinoneStrings.General.BelowMinimumOrderAmount => ClientReaction.AskUser("The order is below Coinone's minimum order amount."),

        _ => ClientReaction.Fail($"Coinone error {errorCode}: {errorMessage}"),
    };
}
