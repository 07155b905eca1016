namespace WalletBackend.Messaging;

/// <summary>The envelope of every Tencent IM REST API response.</summary>
public sealed class TimRestResponse
{
    /// <summary>"OK" or "FAIL".</summary>
    public string ActionStatus { get; set; } = "";

    /// <summary>0 on success; otherwise a Tencent IM server error code.</summary>
    public int ErrorCode { get; set; }

    public string ErrorInfo { get; set; } = "";
}
