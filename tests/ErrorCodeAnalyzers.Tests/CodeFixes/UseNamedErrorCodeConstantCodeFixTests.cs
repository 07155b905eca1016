using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.CodeFixes;

public class UseNamedErrorCodeConstantCodeFixTests
{
    [Fact]
    public Task IntLiteralBecomesConstantAndUsingIsAddedWhenFileUsesUsings() =>
        Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using System;

class C
{
    bool M(int errorCode) => errorCode == [|2002|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    bool M(int errorCode) => errorCode == ImmutableLink.Deposits.InsufficientFunds;
}");

    [Fact]
    public Task StringLiteralBecomesStringTwin() =>
        Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using System;

class C
{
    bool M(string error_code) => error_code == [|""105""|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    bool M(string error_code) => error_code == CoinoneStrings.General.InvalidPrice;
}");

    [Fact]
    public Task FileWithoutUsingsGetsQualifiedName() =>
        Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"class C
{
    bool M(int code) => code == [|-10001|];
}", @"class C
{
    bool M(int code) => code == ProviderErrorCodes.TencentIm.Server.SsoAccessLayer.D2TicketExpired;
}");

    [Fact]
    public Task ExistingUsingIsReused() =>
        Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using ProviderErrorCodes;

class C
{
    void M(int code)
    {
        switch (code)
        {
            case [|2000|]:
            case [|2001|]:
                break;
        }
    }
}", @"using ProviderErrorCodes;

class C
{
    void M(int code)
    {
        switch (code)
        {
            case ImmutableLink.Deposits.WalletAddressRetrievalFailed:
            case ImmutableLink.Deposits.InvalidErc20Token:
                break;
        }
    }
}");

    [Fact]
    public Task AmbiguousCodeOffersOneActionPerProvider()
    {
        const string Source = @"class C
{
    bool M(int code) => code == [|1003|];
}";
        return Task.WhenAll(
            Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(Source, @"class C
{
    bool M(int code) => code == ProviderErrorCodes.ImmutableLink.General.LinkClosedByUser;
}", equivalenceKey: "ECA0001:immutable-link"),
            Verify.CodeFixAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(Source, @"class C
{
    bool M(int code) => code == ProviderErrorCodes.TencentIm.Server.OperationsData.SystemError;
}", equivalenceKey: "ECA0001:tencent-im"));
    }

    [Fact]
    public async Task WithoutTheConstantsAssemblyTheDiagnosticNamesTheConstantButNoFixIsOffered()
    {
        const string Source = "class C { bool M(int code) => code == 2002; }";
        var analysis = new AnalyzerTest { ReferenceConstants = false };
        analysis.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        analysis.Sources.Add(("Test0.cs", Source));
        analysis.ExpectedDiagnostics.Add(ExpectedDiagnostic.At("ECA0001", 1, 39).WithMessageContaining("use ImmutableLink.Deposits.InsufficientFunds"));
        await analysis.RunAsync();

        var fix = new AnalyzerTest { CodeFix = new UseNamedErrorCodeConstantCodeFix(), ReferenceConstants = false };
        fix.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        fix.Sources.Add(("Test0.cs", "class C { bool M(int code) => code == [|2002|]; }"));
        fix.FixedSources.Add(("Test0.cs", "class C { bool M(int code) => code == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds; }"));
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => fix.RunAsync());
        Assert.Contains("no", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An older constants assembly has the provider's class but not this code's constant: the fix would not compile, so
    /// none is offered (ConstantReferences.IsAvailable, which the ECA0003 fix shares).
    /// </summary>
    [Fact]
    public async Task AnOlderConstantsAssemblyWithoutTheConstantGetsNoFix()
    {
        var older = CSharpCompilation.Create(
            "ErrorCodeAnalyzers.Constants",
            [CSharpSyntaxTree.ParseText("namespace ProviderErrorCodes { public static class ImmutableLink { public static class Deposits { public const int DepositRejectedByApi = 2003; } } }")],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(older.Emit(image).Success);

        var fix = new AnalyzerTest { CodeFix = new UseNamedErrorCodeConstantCodeFix(), ReferenceConstants = false };
        fix.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        fix.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        fix.Sources.Add(("Test0.cs", "class C { bool M(int code) => code == [|2002|]; }"));
        fix.FixedSources.Add(("Test0.cs", "class C { bool M(int code) => code == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds; }"));
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => fix.RunAsync());
        Assert.Contains("registered no code action", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FixMode.FixAllDocument)]
    [InlineData(FixMode.FixAllProject)]
    [InlineData(FixMode.FixAllSolution)]
    public Task FixAllReplacesEveryUnambiguousCodeInOnePass(FixMode mode) =>
        Verify.FixAllAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using System;

class C
{
    string Describe(int errorCode) => errorCode switch
    {
        [|2000|] => ""address"",
        [|2001|] => ""token"",
        [|2002|] => ""funds"",
        _ => ""other"",
    };

    bool IsRateLimit(string code) => code == [|""50011""|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    string Describe(int errorCode) => errorCode switch
    {
        ImmutableLink.Deposits.WalletAddressRetrievalFailed => ""address"",
        ImmutableLink.Deposits.InvalidErc20Token => ""token"",
        ImmutableLink.Deposits.InsufficientFunds => ""funds"",
        _ => ""other"",
    };

    bool IsRateLimit(string code) => code == OkxWeb3Strings.General.RequestsTooFrequent;
}", mode, equivalenceKey: "ECA0001");

    [Theory]
    [InlineData(FixMode.FixAllDocument)]
    [InlineData(FixMode.FixAllSolution)]
    public Task FixAllKeepsTheQualifierWhereTheShortNameMeansSomethingElse(FixMode mode) =>
        Verify.FixAllAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using System;

class C
{
    static readonly object ImmutableLink = new object();

    bool M(int errorCode) => errorCode == [|2002|] || errorCode == [|2001|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    static readonly object ImmutableLink = new object();

    bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds || errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token;
}", mode, equivalenceKey: "ECA0001");

    [Fact]
    public Task FixAllLeavesAliasesToTheSimplifier() =>
        Verify.FixAllAsync<ErrorCodeLiteralAnalyzer, UseNamedErrorCodeConstantCodeFix>(@"using System;
using Link = ProviderErrorCodes.ImmutableLink;

class C
{
    bool M(int errorCode) => errorCode == [|2002|] || errorCode == [|2001|];
}", @"using System;
using ProviderErrorCodes;
using Link = ProviderErrorCodes.ImmutableLink;

class C
{
    bool M(int errorCode) => errorCode == Link.Deposits.InsufficientFunds || errorCode == Link.Deposits.InvalidErc20Token;
}", FixMode.FixAllDocument, equivalenceKey: "ECA0001");
}
