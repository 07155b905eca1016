using ProviderErrorCodes;

namespace Consumer;

/// <summary>Public API of the consumer that a referencing project calls; its bodies use the package's constants.</summary>
public static class DepositErrors
{
    public const int InsufficientFunds = ImmutableLink.Deposits.InsufficientFunds;

    public static bool IsInsufficientFunds(int errorCode) => errorCode == ImmutableLink.Deposits.InsufficientFunds;

    public static bool IsInsufficientFunds(string errorCode) => errorCode == ImmutableLinkStrings.Deposits.InsufficientFunds;

    public static string Describe(int errorCode) => errorCode switch
    {
        ImmutableLink.Deposits.InsufficientFunds => "insufficient funds",
        TencentIm.Server.Account.UserSigExpired => "UserSig expired",
        _ => "other",
    };
}
