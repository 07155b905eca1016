namespace Providers;

public static class Codes
{
    // 2002 is an Immutable X Link code (InsufficientFunds) and no other provider's.
    public static bool IsLinkInsufficientFunds(int errorCode) => errorCode == 2002;
}
