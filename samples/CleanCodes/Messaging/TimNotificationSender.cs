using System.Net.Http.Json;
using ProviderErrorCodes;
using WalletBackend.Infrastructure;

namespace WalletBackend.Messaging;

/// <summary>
/// Sends "your deposit arrived" chat messages through the Tencent IM REST API
/// (v4/openim/sendmsg) as the app's administrator account.
/// </summary>
public sealed class TimNotificationSender(HttpClient http, Func<string> generateAdminUserSig)
{
    private string _userSig = generateAdminUserSig();

    public async Task SendAsync(string toAccount, string text, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var response = await http.PostAsJsonAsync(
                $"/v4/openim/sendmsg?sdkappid=1400000000&identifier=administrator&usersig={_userSig}&random={Random.Shared.Next()}&contenttype=json",
                new { To_Account = toAccount, MsgBody = new[] { new { MsgType = "TIMTextElem", MsgContent = new { Text = text } } } },
                cancellationToken);
            var result = await response.Content.ReadFromJsonAsync<TimRestResponse>(cancellationToken)
                ?? throw new ProviderException("Tencent IM", "?", "empty response");

            switch (result.ErrorCode)
            {
                case 0:
                    return;
                case TencentIm.Server.Account.UserSigExpired:
                    // The administrator's UserSig expired: generate a new one and send again.
                    _userSig = generateAdminUserSig();
                    break;
                case TencentIm.Server.Account.LoginRestrictedForSecurity:
                    throw new ProviderException("Tencent IM", result.ErrorCode.ToString(), "logins are restricted for security reasons; try again later");
                case TencentIm.Server.BackendGeneral.RestApiFrequencyLimitExceeded:
                case TencentIm.Server.BackendGeneral.TooManyRequests1:
                    await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
                    break;
                case TencentIm.Server.Message.InvalidSenderOrRecipientUserId:
                    // The recipient has no IM account yet: nothing to notify.
                    return;
                default:
                    throw new ProviderException("Tencent IM", result.ErrorCode.ToString(), result.ErrorInfo);
            }
        }

        throw new ProviderException("Tencent IM", "retries", "message not sent after 3 attempts");
    }
}
