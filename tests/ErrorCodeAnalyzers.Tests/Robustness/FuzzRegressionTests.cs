using Xunit;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// Variants the fuzz (<see cref="FuzzTests"/>) once made fail, kept as regular tests: every analyzer and every fix
/// of every diagnostic must run on them without an exception.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Cases => new(Regressions.Keys.OrderBy(k => k, StringComparer.Ordinal));

    private static readonly Dictionary<string, string> Regressions = new(StringComparer.Ordinal)
    {
        ["empty file"] = "",

        // Seed 7000257: Roslyn's formatter (run by the code action's cleanup after the ECA0001 fix) fails an internal
        // assertion (IndentBlockOperation) on this unclosed list pattern. Fixes are no longer offered in broken members.
        ["formatter on an unclosed list pattern"] = """
public sealed record Reply(int ErrorCode, string? Message);

public static class Patterns
{
    public static string Classify(when reply, int[] errorCodes) ] reply switch
    {
        { ErrorCode: 2002 or 2003 } => "funds",
        { ErrorCode: not (0 or 1003) and > 0, Message: null } => "other",
        { ErrorCode: (>= 50000 and < -307) or 70001 } => -(-10001),
        (6206, _) => "positional",
        _ when errorCodes is [2002, .., => => "list",
        _ when errorCodes is [_, 50011, ..] => "list 2",
        _ => reply.(long)ErrorCode is not 2002 and not 6206 ? "neither" : "either",
    };
}
""",

        // Seed 107294 (base 100000): the formatter throws ArgumentOutOfRangeException ('end' must not be less than 'start')
        // on a top-level else-if with an unclosed block.
        ["formatter on a top-level else with an unclosed block"] = """


        }
        else if (errorCode is 1003)
        {
        #pragma warning disable
}
    }
}
""",

        // Seed 116687 (base 100000): the name simplifier throws "Node's parent was null" on a half-typed member.
        ["simplifier on a half-typed member"] = """

class C
{
    string M[(int errorCode) => errorCode switch
    {
        8501 => "id",
        8502 => "name"
        _ => "other",
    };
}
""",

        // Seed 200707 (base 200000): a file whose first using directive aliases a tuple type. Newer compilers give such a
        // directive no Name, and the ECA0001 fix's using placement (ConstantReferences.IsSystem) dereferenced it.
        ["alias of a tuple type as the first using"] = """
using Pair = (int ErrorCode, string Message);
using Codes = int[];

public sealed class Client(int errorCode)
{
    private static readonly Codes RetryableErrorCodes = [50011, 50013];

    public bool Check(Pair pair) => errorCode == 2002 || pair.ErrorCode == 6206 || pair is (70001, _);
}
""",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NoAnalyzerOrFixThrows(string name)
    {
        using var harness = new AnalysisHarness(new HarnessSettings { MaxDiagnosticsToFix = int.MaxValue });
        var outcome = await harness.RunAsync(Regressions[name]);
        Assert.True(outcome.Failures.Count == 0, string.Join(Environment.NewLine, outcome.Failures));
    }
}
