// Corpus: Tencent Cloud IM messaging and groups through the server REST API ({ "ActionStatus", "ErrorCode", "ErrorInfo" }).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Tim.Messaging;

public enum SendResult
{
    Sent,
    InvalidUser,
    Blocked,
    Muted,
    TooLong,
    RejectedByCallback,
    Retry,
    Failed,
}

public enum MessageType
{
    Text = 1,
    Image = 3,
    Custom = 20001,
}

public sealed class RestResponse
{
    [JsonPropertyName("ActionStatus")]
    public string ActionStatus { get; set; } = "OK";

    [JsonPropertyName("ErrorCode")]
    public int ErrorCode { get; set; }

    [JsonPropertyName("ErrorInfo")]
    public string ErrorInfo { get; set; } = string.Empty;

    [JsonPropertyName("MsgSeq")]
    public long MsgSeq { get; set; }
}

public sealed class TimServerException : Exception
{
    public TimServerException(int code, string info)
        : base(info) => Code = code;

    public int Code { get; }
}

public sealed class GroupMember
{
    public string UserId { get; set; } = string.Empty;

    public int Role { get; set; }

    public long JoinTime { get; set; }
}

public sealed class TimMessageClient
{
    private const int MaxTextBytes = 12 * 1024;
    private const int BatchSize = 500;
    private const int PageSize = 100;

    private static readonly IReadOnlyDictionary<int, SendResult> ResultsByErrorCode = new Dictionary<int, SendResult>
    {
        [{|ECA0001:20003|}] = SendResult.InvalidUser,
        [{|ECA0001:20007|}] = SendResult.Blocked,
        [{|ECA0001:20012|}] = SendResult.Muted,
        [{|ECA0001:80002|}] = SendResult.TooLong,
        [21006] = SendResult.Failed,
    };

    private static readonly int[] RetryableErrorCodes = { {|ECA0001:20004|}, {|ECA0001:20005|}, {|ECA0001:90994|}, {|ECA0001:91000|} };

    private readonly Func<string, object, CancellationToken, Task<string>> post;

    public TimMessageClient(Func<string, object, CancellationToken, Task<string>> post) => this.post = post;

    public async Task<SendResult> SendTextAsync(string from, string to, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0 || System.Text.Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
        {
            return SendResult.TooLong;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var body = await post("v4/openim/sendmsg", new { From_Account = from, To_Account = to, MsgRandom = Random.Shared.Next(), MsgBody = new[] { new { MsgType = "TIMTextElem", MsgContent = new { Text = text } } } }, cancellationToken);
            var response = JsonSerializer.Deserialize<RestResponse>(body)!;
            if (response.ActionStatus == "OK" && response.ErrorCode == 0)
            {
                return SendResult.Sent;
            }

            if (RetryableErrorCodes.Contains(response.ErrorCode) && attempt < 2)
            {
                await Task.Delay(1000, cancellationToken);
                continue;
            }

            return Classify(response.ErrorCode);
        }

        return SendResult.Failed;
    }

    public static SendResult Classify(int errorCode) => errorCode switch
    {
        {|ECA0001:20003|} => SendResult.InvalidUser,
        {|ECA0001:20007|} or {|ECA0001:20009|} or {|ECA0001:20010|} => SendResult.Blocked,
        {|ECA0001:20012|} => SendResult.Muted,
        {|ECA0004:20013|} => SendResult.Muted,
        {|ECA0001:20006|} => SendResult.RejectedByCallback,
        >= 120001 and <= 130000 => SendResult.RejectedByCallback,
        {|ECA0001:90002|} or {|ECA0001:90010|} => SendResult.Failed,
        _ when ResultsByErrorCode.TryGetValue(errorCode, out var known) => known,
        _ => SendResult.Failed,
    };

    public async Task RecallAsync(string groupId, long msgSeq, CancellationToken cancellationToken)
    {
        var body = await post("v4/group_open_http_svc/group_msg_recall", new { GroupId = groupId, MsgSeqList = new[] { new { MsgSeq = msgSeq } } }, cancellationToken);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var errorCode = root.GetProperty("ErrorCode").GetInt32();
        if (errorCode == 0)
        {
            return;
        }

        if (errorCode == {|ECA0001:10030|})
        {
            return; // already gone
        }
        else if (errorCode == {|ECA0001:10031|})
        {
            throw new TimServerException(errorCode, "Too late to recall.");
        }
        else if (errorCode == {|ECA0001:10010|} || errorCode == {|ECA0001:10007|})
        {
            throw new TimServerException(errorCode, root.GetProperty("ErrorInfo").GetString() ?? string.Empty);
        }

        throw new TimServerException(errorCode, "Recall failed.");
    }

    public async Task<IReadOnlyList<GroupMember>> GetMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        var members = new List<GroupMember>();
        for (var offset = 0; offset < 100_000; offset += PageSize)
        {
            var body = await post("v4/group_open_http_svc/get_group_member_info", new { GroupId = groupId, Limit = PageSize, Offset = offset }, cancellationToken);
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.GetProperty("ErrorCode").GetInt32() == {|ECA0001:10054|})
            {
                throw new TimServerException({|ECA0001:10054|}, "Use paging.");
            }

            var page = root.GetProperty("MemberList").EnumerateArray()
                .Select(m => new GroupMember { UserId = m.GetProperty("Member_Account").GetString()!, Role = m.GetProperty("Role").GetString() == "Owner" ? 400 : 200 })
                .ToList();
            members.AddRange(page);
            if (page.Count < PageSize || members.Count == root.GetProperty("MemberNum").GetInt32())
            {
                break;
            }
        }

        return members;
    }

    public static IEnumerable<IReadOnlyList<string>> Batches(IReadOnlyList<string> userIds)
    {
        for (var i = 0; i < userIds.Count; i += BatchSize)
        {
            yield return userIds.Skip(i).Take(BatchSize).ToList();
        }
    }

    public static bool IsCustom(MessageType type, int elemCount) => type == MessageType.Custom || (int)type == 20001 || elemCount == 20;

    public static bool IsGroupError(TimServerException exception) => exception.Code switch
    {
        {|ECA0001:10002|} or {|ECA0001:10004|} => true,
        {|ECA0001:10015|} or {|ECA0001:10019|} => true,
        _ => false,
    };
}
