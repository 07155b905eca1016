namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>One snippet per unusual language construct of issue #7, each next to (or made of) error codes.</summary>
/// <param name="Name">What the snippet exercises.</param>
/// <param name="Text">The source; it compiles (an executable for top-level statements).</param>
/// <param name="IsExecutable">Top-level statements need an executable.</param>
/// <param name="NeedsCSharp12">Uses C# 12 (collection expressions, primary constructors, alias of any type): skipped on Roslyn 4.5.</param>
public sealed record UnusualConstruct(string Name, string Text, bool IsExecutable = false, bool NeedsCSharp12 = false)
{
    public override string ToString() => Name;
}

public static class UnusualConstructs
{
    public static readonly IReadOnlyList<UnusualConstruct> All = new UnusualConstruct[]
    {
        new("top-level statements", """
using System;

var errorCode = Environment.TickCount % 3 == 0 ? 2002 : 6206;
if (errorCode == 2002 || errorCode == 2003)
{
    Console.WriteLine("no funds");
}

switch (errorCode)
{
    case 6206: Console.WriteLine("expired"); break;
    case 6208: break;
    default: break;
}

Console.WriteLine(Check(errorCode));

static bool Check(int code) => code is 70001 or 70114;
""", IsExecutable: true),

        new("file-scoped namespace", """
namespace Client.Errors;

public sealed class Response { public int ErrorCode { get; set; } }

public static class Handler
{
    public static bool Handle(Response response) => response.ErrorCode switch
    {
        2002 => true,
        2003 => false,
        _ => response.ErrorCode == 1003,
    };
}
"""),

        new("pattern combinators", """
public sealed record Reply(int ErrorCode, string? Message);

public static class Patterns
{
    public static string Classify(Reply reply, int[] errorCodes) => reply switch
    {
        { ErrorCode: 2002 or 2003 } => "funds",
        { ErrorCode: not (0 or 1003) and > 0, Message: null } => "other",
        { ErrorCode: (>= 50000 and < 50100) or 70001 } => "range",
        (6206, _) => "positional",
        _ when errorCodes is [2002, .., 6208] => "list",
        _ when errorCodes is [_, 50011, ..] => "list 2",
        _ => reply.ErrorCode is not 2002 and not 6206 ? "neither" : "either",
    };
}
"""),

        new("checked and unchecked", """
public static class Arithmetic
{
    public static bool Check(int errorCode, long errCode) =>
        checked(errorCode) == 2002 ||
        unchecked(errorCode == (int)2003L) ||
        errCode == checked((long)70001) ||
        checked(errorCode + 1) == 2003 ||
        unchecked((int)errCode) is 6206;
}
"""),

        new("const locals", """
public static class Locals
{
    public static string Handle(int errorCode, string code)
    {
        const int Expired = 70001;
        const string Balance = "103";
        const int Negative = -10001;
        if (errorCode == Expired || code == Balance || errorCode == Negative)
        {
            return "known";
        }

        switch (errorCode)
        {
            case Expired: return "expired";
            case 2002: return "funds";
            default: return "other";
        }
    }
}
"""),

        new("string interpolation", """
public static class Interpolation
{
    private const string Prefix = "20";

    public static bool Check(int errorCode, string code) =>
        $"{errorCode}" == "2002" ||
        code == $"2002" ||
        code == $"{Prefix}02" ||
        $"{2002}" == code ||
        code == $@"50011" ||
        code == @$"{code}{2003}";
}
"""),

        new("raw and UTF-8 string literals", """"
using System;

public static class RawStrings
{
    public static bool Check(string errorCode, ReadOnlySpan<byte> utf8Code) =>
        errorCode == """50011""" ||
        errorCode == """
            105
            """ ||
        errorCode == $$"""{{errorCode}}""" ||
        utf8Code.SequenceEqual("50013"u8) ||
        "2002"u8.Length == 4;

    public static ReadOnlySpan<byte> ExpiredErrorCode => "70001"u8;
}
""""),

        new("nameof", """
public sealed class Response { public string ErrorCode { get; set; } = ""; }

public static class Names
{
    public static bool Check(Response response, string errorCode) =>
        nameof(Response.ErrorCode) == "ErrorCode" ||
        errorCode == nameof(errorCode) ||
        response.ErrorCode == nameof(Response) ||
        response.ErrorCode == "105";
}
"""),

        new("enums with code-like values", """
public enum LinkError
{
    None = 0,
    ClosedByUser = 1003,
    InsufficientFunds = 2002,
    Rejected = 2003,
}

public enum TimCode : long { Expired = 70001, Ticket = -10001 }

public static class Enums
{
    public static string Handle(LinkError error, int errorCode) => error switch
    {
        LinkError.InsufficientFunds => "funds",
        (LinkError)2003 => "rejected",
        _ when errorCode == (int)LinkError.ClosedByUser => "closed",
        _ when (LinkError)errorCode == LinkError.Rejected => "rejected",
        _ when errorCode == 2002 => "funds",
        _ => "other",
    };

    public static bool IsExpired(TimCode code) => code == TimCode.Expired || (long)code == 70001;
}
"""),

        new("dynamic", """
public static class Dynamic
{
    public static string Handle(dynamic response, dynamic errorCode)
    {
        if (response.ErrorCode == 2002 || response.errorCode == "105")
        {
            return "known";
        }

        switch (errorCode)
        {
            case 6206: return "expired";
            case "50011": return "slow down";
        }

        return errorCode == 70001 ? "expired" : (string)response.Message;
    }
}
"""),

        new("unsafe code", """
public unsafe struct Packet
{
    public fixed int ErrorCodes[4];
}

public static unsafe class Unsafe
{
    public static bool Check(int errorCode, Packet packet)
    {
        int* code = &errorCode;
        if (*code == 2002 || code[0] == 6206)
        {
            return true;
        }

        int* codes = stackalloc int[] { 50011, 50013 };
        switch (*code)
        {
            case 70001: return codes[0] == 50011;
            default: return packet.ErrorCodes[0] == 2003 || sizeof(int) == 4;
        }
    }
}
"""),

        new("goto case, when clauses, tuples and default", """
public static class Flow
{
    public static int Handle(int errorCode, int status)
    {
        switch (errorCode)
        {
            case 2002 when status == 4:
                goto case 2003;
            case 2003:
                return 1;
            case 6206:
                goto default;
            default:
                return (errorCode, status) switch
                {
                    (2002, _) => 2,
                    (_, 405) => 3,
                    (6208, 0) => 4,
                    _ => default,
                };
        }
    }
}
"""),

        new("attributes, defaults and documentation", """
using System;

/// <summary>Handles <c>2002</c> and <see cref="Attributes.Check(int)"/>: code 6206.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class ErrorCodeAttribute : Attribute
{
    public ErrorCodeAttribute(int errorCode) => ErrorCode = errorCode;

    public int ErrorCode { get; }
}

public static class Attributes
{
    [ErrorCode(2002)]
    public static bool Check(int errorCode = 6206) => errorCode == 70001;

    public static bool Other([ErrorCode(errorCode: 50011)] int errorCode, string code = "105") => code == "12" && errorCode != 0;
}
"""),

        new("preprocessor directives", """
#define ECA
public static class Directives
{
    public static bool Check(int errorCode)
    {
#if ECA
        if (errorCode == 2002) return true;
#else
        if (errorCode == 2003) return true;
#endif
#region codes
#pragma warning disable CS0162
#line 200 "Other.cs"
        return errorCode is 6206 or 6208;
#line default
#endregion
    }
}
"""),

        new("async, iterators, local functions and lambdas", """
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Async
{
    public static async Task<bool> CheckAsync(Task<int> errorCodeTask)
    {
        var errorCode = await errorCodeTask;
        Func<int, bool> isExpired = static code => code == 70001;
        return await errorCodeTask == 2002 || isExpired(errorCode) || Local(errorCode);

        static bool Local(int errorCode) => errorCode switch { 6206 => true, _ => false };
    }

    public static IEnumerable<int> Codes()
    {
        yield return 2002;
        yield return 6206;
    }

    public static async IAsyncEnumerable<bool> Stream(IAsyncEnumerable<int> errorCodes)
    {
        await foreach (var errorCode in errorCodes)
        {
            yield return errorCode == 50011;
        }
    }
}
"""),

        new("generics, static abstract members and operators", """
using System.Numerics;

public interface IHasErrorCode<TSelf> where TSelf : IHasErrorCode<TSelf>
{
    static abstract int ErrorCode { get; }
}

public readonly record struct Code(int Value)
{
    public static bool operator ==(Code left, int right) => left.Value == right;
    public static bool operator !=(Code left, int right) => left.Value != right;
}

public static class Generic
{
    public static bool Check<T>(T errorCode) where T : INumber<T> => errorCode == T.CreateChecked(2002);

    public static bool Check<T>() where T : IHasErrorCode<T> => T.ErrorCode == 6206;

    public static bool Check(Code errorCode) => errorCode == 70001 || errorCode.Value == 2003;
}
"""),

        new("collection expressions, primary constructors and alias of any type", """
using Pair = (int ErrorCode, string Message);
using System.Collections.Generic;
using Codes = int[];

public sealed class Client(int errorCode)
{
    private static readonly Codes RetryableErrorCodes = [50011, 50013];
    private static readonly List<string> IgnoredErrorCodes = ["105", "131"];

    public bool Check(Pair pair) => errorCode == 2002 || pair.ErrorCode == 6206 || pair is (70001, _);

    public bool IsRetryable() => RetryableErrorCodes is [50011, ..] && IgnoredErrorCodes.Contains("105");
}
""", NeedsCSharp12: true),
    };
}
