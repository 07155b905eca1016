namespace WalletBackend.Infrastructure;

/// <summary>What the backend does about a failed provider call.</summary>
public enum ReactionKind
{
    /// <summary>Try the same call again at once (after fixing what the request got wrong).</summary>
    RetryNow,

    /// <summary>Wait, then try again.</summary>
    RetryLater,

    /// <summary>Get new credentials (token, signature, UserSig) and try again.</summary>
    RefreshCredentials,

    /// <summary>Only the user can fix this: show them what to do.</summary>
    AskUser,

    /// <summary>Give up on this call and report it.</summary>
    Fail,
}

/// <summary>A decision about a provider error, with the text shown to the user or logged.</summary>
public sealed record ClientReaction(ReactionKind Kind, string Message, TimeSpan Delay = default)
{
    public static ClientReaction RetryNow(string message) => new(ReactionKind.RetryNow, message);

    public static ClientReaction RetryLater(TimeSpan delay, string message) => new(ReactionKind.RetryLater, message, delay);

    public static ClientReaction RefreshCredentials(string message) => new(ReactionKind.RefreshCredentials, message);

    public static ClientReaction AskUser(string message) => new(ReactionKind.AskUser, message);

    public static ClientReaction Fail(string message) => new(ReactionKind.Fail, message);

    public override string ToString() => Delay > TimeSpan.Zero ? $"{Kind} in {Delay}: {Message}" : $"{Kind}: {Message}";
}

/// <summary>A provider call that failed for good.</summary>
public sealed class ProviderException(string provider, string errorCode, string message)
    : Exception($"{provider} error {errorCode}: {message}")
{
    public string Provider { get; } = provider;

    public string ErrorCode { get; } = errorCode;
}
