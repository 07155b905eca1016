namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Small, code-dense client snippets: what the fuzz mutates (so that most variants still hold codes and most runs
/// report diagnostics and apply fixes) and what the unusual-constructs tests run. Each one compiles on its own.
/// </summary>
public static class SeedSnippets
{
    public static readonly IReadOnlyList<(string Name, string Text)> ClientCode = new (string, string)[]
    {
        ("LinkSwitch", """
using System;

public sealed class LinkResult
{
    public int Code { get; set; }
    public int ErrorCode { get; set; }
    public string? Message { get; set; }
}

public static class LinkHandler
{
    public static string Describe(LinkResult result)
    {
        switch (result.ErrorCode)
        {
            case 1003: return "closed by the user";
            case 1004: return "third-party cookies are blocked";
            case 2002: return "insufficient funds";
            case 2003:
            case 2001: return "rejected";
            case 1005: return "domain not whitelisted";
            case 5002: return "trade failed";
            default: return "failed: " + result.Message;
        }
    }

    public static bool IsUserAction(LinkResult result) => result.ErrorCode is 1003 or 1004;
}
"""),
        ("LinkIfChain", """
public sealed class DepositResult { public int? ErrorCode { get; init; } }

public static class DepositPolicy
{
    public static int Retries(DepositResult deposit, int attempts)
    {
        if (deposit.ErrorCode == 2000)
        {
            return 3;
        }
        else if (deposit.ErrorCode == 2002 || deposit.ErrorCode == 2003)
        {
            return 0;
        }
        else if (deposit.ErrorCode.Value == 2001 && attempts < 4)
        {
            return 1;
        }
        else
        {
            return attempts > 2 ? 0 : 2;
        }
    }
}
"""),
        ("CoinoneStrings", """
using System;

public static class CoinoneErrors
{
    public static string Reaction(string errorCode, string? errorMessage) => errorCode switch
    {
        "12" => "refresh credentials",
        "131" => "retry with a fresh nonce",
        "50" or "52" => "ask the user to verify",
        "3005" => "verify the phone",
        "103" or "157" => "not enough balance",
        "306" => "below the minimum order",
        _ => $"Coinone error {errorCode}: {errorMessage}",
    };

    public static bool IsBalance(string error_code) =>
        error_code == "103" || string.Equals(error_code, "157", StringComparison.Ordinal) || error_code.Equals("3007");

    public static bool IsNonce(string? errorCode) => errorCode?.Trim() == "131" || "132" == errorCode;
}
"""),
        ("OkxEnvelope", """
using System.Collections.Generic;

public sealed class OkxEnvelope
{
    public string Code { get; set; } = "0";
    public string Msg { get; set; } = "";
}

public static class OkxRetry
{
    private static readonly HashSet<string> RetryableErrorCodes = new() { "50011", "50013", "50001" };

    private static readonly Dictionary<string, string> ErrorMessages = new()
    {
        ["50011"] = "too many requests",
        ["50013"] = "system busy",
        ["50113"] = "invalid signature",
        { "50111", "invalid access key" },
    };

    public static bool ShouldRetry(OkxEnvelope envelope, int attempt)
    {
        if (envelope.Code == "50011" || envelope.Code == "50013")
        {
            return attempt < 5;
        }

        return RetryableErrorCodes.Contains(envelope.Code) && int.Parse(envelope.Code) == 50001;
    }
}
"""),
        ("OkxNumbers", """
public sealed class OkxResponse { public int Code { get; set; } public string? Msg { get; set; } }

public static class OkxCodes
{
    public static readonly int[] RetryableErrorCodes = { 50011, 50013, 50001, 50004 };

    public static string Classify(OkxResponse response) => response.Code switch
    {
        0 => "ok",
        >= 50100 and < 50120 => "authentication",
        50011 or 50013 => "slow down",
        51000 => "parameter error",
        not 50026 => "other",
        _ => "system error",
    };

    public static bool IsAuth(int errCode) => errCode >= 50100 && errCode <= 50117 || errCode == 50030;
}
"""),
        ("TencentSwitch", """
using System;
using System.Threading.Tasks;

public sealed class TimRestResponse
{
    public string ActionStatus { get; set; } = "";
    public int ErrorCode { get; set; }
    public string ErrorInfo { get; set; } = "";
}

public sealed class TimSender
{
    public async Task<bool> HandleAsync(TimRestResponse result, int attempt)
    {
        switch (result.ErrorCode)
        {
            case 0:
                return true;
            case 70001:
                return false;
            case 70114:
                throw new InvalidOperationException(result.ErrorCode.ToString());
            case 60007:
            case 60018:
                await Task.Delay(TimeSpan.FromSeconds(attempt));
                return false;
            case 20003:
                return true;
            case -10001:
            case -10003:
                return false;
            default:
                throw new InvalidOperationException(result.ErrorInfo);
        }
    }
}
"""),
        ("TencentConstants", """
using ProviderErrorCodes;

public static class TimLogin
{
    public static string Reaction(int errorCode) => errorCode switch
    {
        TencentIm.Sdk.Account.NotLoggedIn => "log in",
        TencentIm.Sdk.Account.UserSigExpired => "new UserSig",
        6208 => "kicked",
        6026 => "never logged in",
        _ => "failed",
    };

    public static bool MustLogInAgain(int code)
    {
        if (code == TencentIm.Sdk.Account.UserSigExpired)
        {
            return true;
        }
        else if (code == 6014)
        {
            return true;
        }
        else if (code == ProviderErrorCodes.TencentIm.Sdk.Account.LoggedInOnAnotherDevice)
        {
            return true;
        }

        return false;
    }

    public static bool IsTicket(string errorCode) => errorCode == TencentImStrings.Server.SsoAccessLayer.D2TicketExpired || errorCode == "-10003";
}
"""),
        ("TencentNegative", """
public static class SsoCodes
{
    public static bool IsExpired(long retCode) => retCode == -10001 || retCode == (long)-10003 || retCode == -(10004);

    public static bool IsExpired(string errorCode) => errorCode is "-10001" or "-10003";

    public static int Normalize(int errCode) => errCode switch
    {
        -302 => 1,
        -10106 or -10108 => 2,
        (int)(-10005) => 3,
        _ => 0,
    };
}
"""),
        ("Assertions", """
using Xunit;

public sealed class ApiResult { public int ErrorCode { get; set; } public string ErrorCodeText { get; set; } = ""; }

public static class ClientTests
{
    public static void Deposit(ApiResult result)
    {
        Assert.Equal(2002, result.ErrorCode);
        Assert.NotEqual(2003, result.ErrorCode);
        Assert.Equal("50011", result.ErrorCodeText);
        Assert.True(result.ErrorCode == 6206);
        Assert.Equal(result.ErrorCode, 70001);
    }
}
"""),
        ("CodeArguments", """
using System;

public static class Reactions
{
    public static void Retry(params int[] errorCodes) { }

    public static void Fail(string message, int errorCode) => throw new InvalidOperationException(message + errorCode);

    public static ProviderFailure Create(string errorCode) => new ProviderFailure(errorCode, "x");

    public static void Run()
    {
        Retry(50011, 50013, 6206);
        Fail("no funds", 2002);
        Fail(errorCode: 70001, message: "expired");
        _ = Create("105");
        _ = new ProviderFailure(code: "131", message: "nonce");
    }
}

public sealed record ProviderFailure(string Code, string Message);
"""),
        ("JsonCodes", """
using System.Text.Json;
using System.Text.Json.Nodes;

public static class JsonClient
{
    public static bool IsRateLimited(JsonElement json) =>
        json.GetProperty("error_code").GetInt32() == 50011 || json.GetProperty("code").GetString() == "50013";

    public static bool IsBalance(JsonNode? node) => node?["errorCode"]?.ToString() == "103" || (int?)node?["error_code"] == 157;

    public static bool IsExpired(JsonDocument document) =>
        document.RootElement.TryGetProperty("ErrorCode", out var code) && code.GetInt32() is 70001 or 6206;
}
"""),
        ("MixedAndAmbiguous", """
public static class Mixed
{
    public static int Handle(int errorCode, int retries)
    {
        switch (errorCode)
        {
            case 105:
            case 2002:
            case 6017:
                return 1;
            case 50011 when retries < 3:
                return 2;
            case var other when other > 90000:
                return 3;
            case 0:
                return 0;
            default:
                return retries == 4 ? 4 : -1;
        }
    }

    public static bool Undocumented(int resultCode) => resultCode is 2000 or 2001 or 2004 or 2002;
}
"""),
        ("ObsoleteAndSuccess", """
public sealed class LinkError { public int code { get; set; } }

public static class Legacy
{
    public static string Message(LinkError error)
    {
        if (error.code == 1005)
        {
            return "domain not whitelisted";
        }
        else if (error.code == 1000 || error.code == 1001)
        {
            return "sdk";
        }

        return error.code == 0 ? "ok" : error.code is 1005 or 1003 ? "closed" : "unknown";
    }
}
"""),
        ("CodeTables", """
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

public static class Tables
{
    public static readonly Dictionary<int, Type> ExceptionsByErrorCode = new()
    {
        { 2002, typeof(InvalidOperationException) },
        { 2003, typeof(ArgumentException) },
        [5002] = typeof(TimeoutException),
    };

    public static readonly IReadOnlyDictionary<string, string> CoinoneErrors = new Dictionary<string, string>
    {
        { "12", "invalid access token" },
        { "131", "nonce" },
        { "3010", "locked" },
    };

    public static readonly ImmutableArray<int> MandatoryErrorCodes = ImmutableArray.Create(6206, 6208, 70001);

    public static readonly List<long> IgnoredErrorCodes = new() { -10001, -10003, 20003 };
}
"""),
        ("Nullable", """
public sealed class Envelope { public Body? Body { get; set; } }
public sealed class Body { public int? ErrorCode { get; set; } public string? ErrCodeStr { get; set; } }

public static class NullableCodes
{
    public static bool Expired(Envelope? envelope) =>
        envelope?.Body?.ErrorCode == 70001 ||
        envelope!.Body!.ErrorCode.GetValueOrDefault() == 6206 ||
        (envelope.Body.ErrorCode ?? 0) == 6208 ||
        envelope.Body.ErrCodeStr?.Trim().ToString() == "70114";
}
"""),
        ("LocalFunctionsAndLinq", """
using System.Collections.Generic;
using System.Linq;

public static class Batches
{
    public static int CountRetryable(IEnumerable<int> errorCodes)
    {
        return errorCodes.Count(IsRetryable) + errorCodes.Where(errorCode => errorCode == 50013).Count();

        static bool IsRetryable(int errorCode) => errorCode switch
        {
            50011 => true,
            60018 => true,
            _ => false,
        };
    }

    public static IEnumerable<string> Names(IEnumerable<(int ErrorCode, string Name)> items) =>
        from item in items
        where item.ErrorCode == 2002 || item.ErrorCode != 6014
        select item.Name;
}
"""),
    };
}
