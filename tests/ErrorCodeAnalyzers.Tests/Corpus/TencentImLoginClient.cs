// Corpus: a Tencent Cloud IM login client: SDK callbacks with int codes (negative SSO codes included), the REST
// "ErrorCode" of the server API, reconnection with sockets, and ordinary bookkeeping.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ProviderErrorCodes;

namespace Corpus.Tim.Login;

public interface ITimCallback
{
    void OnSuccess();

    void OnError(int code, string desc);
}

public interface ITimSdk
{
    void Login(string userId, string userSig, ITimCallback callback);

    void Logout(ITimCallback callback);

    int GetLoginStatus();
}

public enum LoginStatus
{
    LoggedIn = 1,
    LoggingIn = 2,
    LoggedOut = 3,
}

public enum KickReason
{
    OtherDevice = 6208,
    SignatureExpired = 6206,
}

public sealed class UserSigProvider
{
    private readonly Func<string, CancellationToken, Task<string>> generate;

    public UserSigProvider(Func<string, CancellationToken, Task<string>> generate) => this.generate = generate;

    public Task<string> GetAsync(string userId, CancellationToken cancellationToken) => generate(userId, cancellationToken);
}

public sealed class LoginFailedException : Exception
{
    public LoginFailedException(int code, string message)
        : base(message) => Code = code;

    public int Code { get; }
}

public sealed class TimLoginManager : ITimCallback
{
    private const int MaxLoginAttempts = 4;
    private const int SdkAppIdLength = 10;

    private readonly ITimSdk sdk;
    private readonly UserSigProvider userSigs;
    private readonly Queue<string> pendingUsers = new();
    private int attempts;
    private int lastCode;
    private string currentUser = string.Empty;

    public TimLoginManager(ITimSdk sdk, UserSigProvider userSigs)
    {
        this.sdk = sdk;
        this.userSigs = userSigs;
    }

    public event Action<KickReason>? Kicked;

    public async Task LoginAsync(string userId, CancellationToken cancellationToken)
    {
        if (userId.Length == 0 || userId.Length > 32)
        {
            throw new ArgumentException("Invalid user id.", nameof(userId));
        }

        if (sdk.GetLoginStatus() == (int)LoginStatus.LoggedIn || sdk.GetLoginStatus() == 2)
        {
            return;
        }

        currentUser = userId;
        attempts = 0;
        var userSig = await userSigs.GetAsync(userId, cancellationToken);
        sdk.Login(userId, userSig, this);
    }

    public void OnSuccess()
    {
        attempts = 0;
        lastCode = 0;
    }

    public void OnError(int code, string desc)
    {
        lastCode = code;
        attempts++;
        switch (code)
        {
            case {|ECA0001:6206|}:
            case {|ECA0001:70001|}:
            case TencentIm.Server.Account.UserSigEmpty:
                // the UserSig expired: generate a new one and log in again
                RetryWithNewSignature();
                break;
            case {|ECA0001:6208|}:
                Kicked?.Invoke(KickReason.OtherDevice);
                break;
            case {|ECA0001:-10001|}:
            case {|ECA0001:-10003|}:
            case {|ECA0004:-10002|}:
                RetryWithNewSignature();
                break;
            case {|ECA0001:9506|}:
            case {|ECA0001:-10113|}:
                ScheduleRetry(TimeSpan.FromSeconds(attempts * 4));
                break;
            case {|ECA0001:6014|}:
            case 0:
                break;
            default:
                if (attempts >= MaxLoginAttempts)
                {
                    throw new LoginFailedException(code, desc);
                }

                ScheduleRetry(TimeSpan.FromSeconds(1));
                break;
        }
    }

    public bool ShouldShowNetworkBanner() => lastCode is >= 9501 and <= 9525 || lastCode == {|ECA0001:9508|};

    public bool NeedsNewSignature() => new[] { {|ECA0001:6206|}, {|ECA0001:70001|}, {|ECA0001:-10001|} }.Contains(lastCode) || new[] { 4, 10 }.Contains(attempts);

    public static bool IsSignatureProblem(LoginFailedException exception) =>
        exception.Code == {|ECA0001:70003|} || exception.Code == {|ECA0001:70005|} || exception.Code == {|ECA0001:70009|};

    public static async Task<bool> ImportAccountAsync(Func<string, Task<string>> post, string userId)
    {
        var body = await post("{\"UserID\":\"" + userId + "\"}");
        var json = JsonNode.Parse(body)!;
        var actionStatus = (string?)json["ActionStatus"];
        var errorCode = (int?)json["ErrorCode"] ?? -1;
        if (actionStatus == "OK" && errorCode == 0)
        {
            return true;
        }

        if (errorCode == {|ECA0001:70107|} || errorCode == {|ECA0001:70402|})
        {
            return false;
        }

        if ((int?)json["ErrorCode"] == {|ECA0001:70398|})
        {
            throw new InvalidOperationException("Account limit reached: upgrade the application.");
        }

        return json["ErrorInfo"]?.GetValue<string>()?.Length == 0;
    }

    public static string DescribeExport(int exportErrorCode) => exportErrorCode switch
    {
        TencentIm.Server.OperationsData.InvalidRequest => "invalid request",
        {|ECA0001:1004|} => "no messages in that hour",
        {|ECA0001:1005|} => "the file has expired",
        _ => "unknown",
    };

    public async Task<bool> ReconnectAsync(Socket socket, string host, int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxLoginAttempts; attempt++)
        {
            try
            {
                await socket.ConnectAsync(host, port, cancellationToken);
                return true;
            }
            catch (SocketException exception) when (exception.ErrorCode == 10054 || exception.ErrorCode == 10060 || exception.SocketErrorCode == SocketError.ConnectionReset)
            {
                await Task.Delay(1000 * (attempt + 1), cancellationToken);
            }
        }

        return port == 8000 || port == 443;
    }

    public void EnqueueUsers(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Where(u => u.Length != SdkAppIdLength))
        {
            if (pendingUsers.Count == 1000)
            {
                break;
            }

            pendingUsers.Enqueue(userId);
        }
    }

    private void RetryWithNewSignature()
    {
        if (attempts < MaxLoginAttempts && currentUser.Length > 0)
        {
            _ = LoginAsync(currentUser, CancellationToken.None);
        }
    }

    private static void ScheduleRetry(TimeSpan delay) => Console.WriteLine($"retry in {delay.TotalSeconds} s");
}
