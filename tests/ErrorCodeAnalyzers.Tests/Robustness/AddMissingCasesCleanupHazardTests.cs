using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>Like the other fixes, "Add missing cases" is withheld in a member that does not parse (Roslyn's cleanup can throw there).</summary>
public sealed class AddMissingCasesCleanupHazardTests
{
    private const string Handler = """
public static class Handler
{
    public static string React(int errorCode)
    {
        switch (errorCode)
        {
            case 6014: return "log in";
            case 6026: return "log in again";
            default: return "retry";
        }
        BROKEN
    }
}
""";

    [Fact]
    public async Task NoFixInAMemberWithASyntaxError()
    {
        var test = new AnalyzerTest { CodeFix = new AddMissingCasesCodeFix(), AllowCompilerErrors = true };
        test.Analyzers.Add(new UnhandledMandatoryCodesAnalyzer());
        test.Sources.Add(("Test0.cs", Handler.Replace("switch (errorCode)", "{|ECA0003:switch|} (errorCode)")));
        test.FixedSources.Add(("Test0.cs", Handler));
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());
        Assert.Contains("registered no code action", failure.Message);
    }
}
