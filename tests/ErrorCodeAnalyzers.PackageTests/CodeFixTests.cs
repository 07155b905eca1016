using ErrorCodeAnalyzers.PackageTests.Infrastructure;

namespace ErrorCodeAnalyzers.PackageTests;

/// <summary>The packed code fixes, applied the way CI and the command line do: <c>dotnet format analyzers</c>.</summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixTests(PackageFixture fixture)
{
    [Fact]
    public void Dotnet_format_applies_ECA0001_fixes_and_the_result_builds_clean_with_warnaserror()
    {
        var consumer = fixture.CreateConsumer("Magic");
        consumer.AddPackage();

        var before = consumer.Build("-warnaserror");
        Assert.False(before.Succeeded, $"The magic codes should fail a -warnaserror build:\n{before}");
        Assert.True(before.DiagnosticLines("ECA0001").Count >= 6, $"Expected ECA0001 on each of the six magic codes:\n{before}");

        var format = consumer.Run("format", "analyzers", "--diagnostics", "ECA0001", "--severity", "warn", "-v", "n");
        Assert.True(format.Succeeded, format.ToString());

        var source = consumer.ReadFile("ErrorHandling.cs");
        foreach (var constant in new[]
                 {
                     "ImmutableLink.Deposits.InsufficientFunds", "ImmutableLink.Deposits.InvalidErc20Token",
                     "OkxWeb3Strings.Authentication.TimestampExpired", "OkxWeb3Strings.Authentication.InvalidSignature",
                     "TencentIm.Server.Account.UserSigExpired", "TencentIm.Server.Account.LoginRestrictedForSecurity",
                 })
        {
            Assert.True(source.Contains(constant, StringComparison.Ordinal), $"dotnet format did not put {constant} in:\n{source}\n\n{format}");
        }

        var after = consumer.Build("--no-incremental", "-warnaserror");
        Assert.True(after.Succeeded, $"After dotnet format the code should build clean with -warnaserror:\n{source}\n\n{after}");
        Assert.Empty(after.DiagnosticLines("ECA0001"));
    }
}
