using WalletBackend.Infrastructure;

namespace WalletBackend.Deposits;

/// <summary>What the web page reports after running Immutable X Link's deposit flow.</summary>
public sealed record LinkDepositResult(bool Succeeded, int ErrorCode, string? TransactionHash);

/// <summary>Turns the outcome of a Link deposit into what the user sees next.</summary>
public static class LinkDepositFeedback
{
    public static ClientReaction For(LinkDepositResult result)
    {
        if (result.Succeeded)
        {
            return new ClientReaction(ReactionKind.RetryNow, $"Deposit sent: {result.TransactionHash}");
        }

        return result.ErrorCode switch
        {
            1003 => ClientReaction.AskUser("You closed the wallet window before the deposit finished."),
            1004 => ClientReaction.AskUser("Your browser blocks third-party cookies, which the wallet window needs: allow them or use the pop-up mode."),
            2001 => ClientReaction.Fail("This token cannot be deposited."),
            2002 => ClientReaction.AskUser("Your L1 wallet does not hold enough funds for this deposit: add funds and try again."),
            2003 => ClientReaction.Fail("Immutable X rejected the deposit."),
            _ => ClientReaction.Fail($"The deposit failed (Link error {result.ErrorCode})."),
        };
    }
}
