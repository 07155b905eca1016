namespace Magic;

public sealed class LinkResult
{
    public int ErrorCode { get; set; }
}

public sealed class OkxEnvelope
{
    public string Code { get; set; } = "";
}

public static class ErrorHandling
{
    public static string ForLink(LinkResult result) => result.ErrorCode switch
    {
        2002 => "add funds",
        2001 => "unsupported token",
        _ => "failed",
    };

    public static bool MustSignAgain(OkxEnvelope envelope) => envelope.Code == "50102" || envelope.Code == "50113";

    public static bool IsUserSigOrLoginProblem(int imErrorCode) => imErrorCode == 70001 || imErrorCode == 70114;
}
