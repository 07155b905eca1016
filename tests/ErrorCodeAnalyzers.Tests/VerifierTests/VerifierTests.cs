using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.VerifierTests;

/// <summary>Tests of the in-house verifier, with the toy analyzers and fixes of this folder.</summary>
public sealed class VerifierTests
{
    private const string Answers = """
        public static class Answers
        {
            public const int FortyTwo = 42;
        }
        """;

    private static AnalyzerTest Test(string markup, params Func<DiagnosticAnalyzer>[] analyzers)
    {
        var test = new AnalyzerTest();
        test.Analyzers.AddRange(analyzers.Length == 0 ? [new FortyTwoAnalyzer()] : analyzers.Select(a => a()));
        test.Sources.Add(("Test0.cs", markup));
        return test;
    }

    private static AnalyzerTest FixTest(string markup, string fixedMarkup, Func<CodeFixProvider> codeFix)
    {
        var test = Test(markup);
        test.CodeFix = codeFix();
        test.Sources.Add(("Answers.cs", Answers));
        test.FixedSources.Add(("Test0.cs", fixedMarkup));
        test.FixedSources.Add(("Answers.cs", Answers));
        return test;
    }

    private static async Task<VerificationFailedException> FailsAsync(AnalyzerTest test) =>
        await Assert.ThrowsAsync<VerificationFailedException>(() => test.RunAsync());

    // ------------------------------------------------------------------ analyzer checks that must pass

    [Fact]
    public Task CorrectMarkupPasses() =>
        Verify.AnalyzerAsync<FortyTwoAnalyzer>("""
            class C
            {
                int x = [|42|];
                int y = 41;
            }
            """);

    [Fact]
    public Task NoDiagnosticsPasses() =>
        Verify.NoDiagnosticsAsync<FortyTwoAnalyzer>("class C { int x = 41; }");

    [Fact]
    public Task ExplicitIdMarkupPasses() =>
        Verify.AnalyzerAsync<FortyTwoAnalyzer>("class C { int x = {|TEST0001:42|}; }");

    [Fact]
    public Task NestedMarkupPasses()
    {
        var test = Test(
            """
            class C
            {
                int M()
                {
                    {|TEST0003:return [|42|];|}
                }
            }
            """,
            () => new FortyTwoAnalyzer(),
            () => new ReturnFortyTwoAnalyzer());
        test.DefaultDiagnosticId = FortyTwoAnalyzer.Id;
        return test.RunAsync();
    }

    [Fact]
    public Task ExplicitExpectationsWithMessagesPass() =>
        Verify.AnalyzerAsync<FortyTwoAnalyzer>(
            """
            class C
            {
                int x = 42;
                int y = 42;
            }
            """,
            null,
            ExpectedDiagnostic.At("TEST0001", 3, 13).WithSpan(3, 13, 3, 15).WithMessage("Literal 42 should be a named constant"),
            ExpectedDiagnostic.At("TEST0001", 4, 13).WithMessageContaining("named constant"));

    [Fact]
    public async Task ExpectationsMayNotBeCountedTwice()
    {
        // Two expectations for one diagnostic: one of them is missing.
        var exception = await Assert.ThrowsAsync<VerificationFailedException>(() => Verify.AnalyzerAsync<FortyTwoAnalyzer>(
            "class C { int x = [|42|]; }", null, ExpectedDiagnostic.At("TEST0001", 1, 19)));
        Assert.Contains("Missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task DiagnosticWithoutLocationPasses()
    {
        var test = Test("class C { }", () => new NoLocationAnalyzer());
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.WithoutLocation(NoLocationAnalyzer.Id).WithMessage("Project TestProject is not configured"));
        return test.RunAsync();
    }

    [Fact]
    public async Task MissingDiagnosticWithoutLocationFails()
    {
        var test = Test("class C { int x = [|42|]; }");
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.WithoutLocation(FortyTwoAnalyzer.Id));
        await FailsAsync(test);
    }

    [Fact]
    public Task DiagnosticsInSeveralFilesAndProjectsPass()
    {
        var test = Test("class A { int x = [|42|]; }");
        test.Sources.Add(("Sub/Test1.cs", "class B { int x = 41; }"));
        test.AdditionalProjects["Other"] = [("Test0.cs", "class A { int x = 41; int y = [|42|]; }"), ("Test1.cs", "class B { int z = 42; }")];
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(FortyTwoAnalyzer.Id, 1, 19).InFile("Other/Test1.cs"));
        return test.RunAsync();
    }

    [Fact]
    public Task DiagnosticsInAdditionalFilesPass()
    {
        var test = Test("class C { }", () => new AdditionalFileAnalyzer());
        test.AdditionalFiles.Add(("catalogs/codes.txt", "good\nbad line\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(AdditionalFileAnalyzer.Id, 2, 1).WithSpan(2, 1, 2, 9).InFile("catalogs/codes.txt").WithMessage("Line 2 of the catalog is bad"));
        return test.RunAsync();
    }

    [Fact]
    public Task DiagnosticsInAdditionalFilesAreCompared()
    {
        var test = Test("class C { }", () => new AdditionalFileAnalyzer());
        test.AdditionalFiles.Add(("catalogs/codes.txt", "good\nbad line\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(AdditionalFileAnalyzer.Id, 1, 1).InFile("catalogs/codes.txt"));
        return FailsAsync(test);
    }

    [Fact]
    public Task SourcesCanUseXunitAssertAndTheConstantsAssembly()
    {
        Assert.NotNull(TestReferences.Constants);
        return Verify.NoDiagnosticsAsync<FortyTwoAnalyzer>("""
            public class Tests
            {
                [Xunit.Fact]
                public void M() => Xunit.Assert.Equal(1, 1);
            }
            """);
    }

    [Fact]
    public Task ReferenceConstantsCanBeTurnedOff()
    {
        var test = Test("class C { int x = [|42|]; }");
        test.ReferenceConstants = false;
        return test.RunAsync();
    }

    [Fact]
    public Task DiagnosticOptionsCanSuppress()
    {
        var test = Test("class C { int x = 42; }");
        test.DiagnosticOptions[FortyTwoAnalyzer.Id] = "none";
        return test.RunAsync();
    }

    [Fact]
    public Task CompilerErrorsCanBeAllowed()
    {
        var test = Test("class C { int x = [|42|]; Undefined y; }");
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ configuration reaching the analyzer

    [Fact]
    public Task SectionEditorConfigOptionReachesTheAnalyzer() =>
        Verify.AnalyzerAsync<FortyTwoAnalyzer>(
            "class C { int x = 42; int y = [|7|]; }",
            """
            root = true

            [*.cs]
            test_0001.flagged_value = 7
            """);

    [Fact]
    public Task SectionEditorConfigAppliesOnlyToMatchingFiles()
    {
        var test = Test("class C { int x = 42; int y = [|7|]; }");
        test.Sources.Add(("Other/Test1.cs", "class D { int x = [|42|]; int y = 7; }"));
        test.EditorConfig = """
            [Test0.cs]
            test_0001.flagged_value = 7
            """;
        return test.RunAsync();
    }

    [Fact]
    public Task SectionEditorConfigSeverityIsApplied() =>
        Verify.NoDiagnosticsAsync<FortyTwoAnalyzer>(
            "class C { int x = 42; }",
            """
            [*.cs]
            dotnet_diagnostic.TEST0001.severity = none
            """);

    [Fact]
    public Task GlobalConfigReachesTheAnalyzer()
    {
        var test = Test("class C { int x = 42; }");
        test.GlobalConfig = "test_0001.message_suffix = , says the global config";
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(FortyTwoAnalyzer.Id, 1, 19).WithMessage("Literal 42 should be a named constant, says the global config"));
        return test.RunAsync();
    }

    [Fact]
    public Task GlobalConfigWithExplicitIsGlobalAndSectionsWorks()
    {
        var test = Test("class C { int x = 42; int y = [|7|]; }");
        test.GlobalConfig = """
            is_global = true

            [/src/Test0.cs]
            test_0001.flagged_value = 7
            """;
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ analyzer checks that must fail

    [Fact]
    public async Task MissingDiagnosticFails()
    {
        var exception = await FailsAsync(Test("class C { int x = [|41|]; }"));
        Assert.Contains("Missing (expected, not reported)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("~~ TEST0001 (expected, not reported)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtraDiagnosticFails()
    {
        var exception = await FailsAsync(Test("""
            class C
            {
                int x = 42;
            }
            """));
        Assert.Contains("Unexpected (reported, not expected)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("TEST0001 Test0.cs(3,13)-(3,15): Literal 42 should be a named constant", exception.Message, StringComparison.Ordinal);
        Assert.Contains("  3 |     int x = 42;" + Environment.NewLine + "    |             ^^ TEST0001: Literal 42 should be a named constant", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task WrongSpanFails() => FailsAsync(Test("class C { int x = [|42;|] }"));

    [Fact]
    public Task WrongExplicitPositionFails() =>
        Assert.ThrowsAsync<VerificationFailedException>(() =>
            Verify.AnalyzerAsync<FortyTwoAnalyzer>("class C { int x = 42; }", null, ExpectedDiagnostic.At("TEST0001", 1, 18)));

    [Fact]
    public Task WrongIdFails()
    {
        var test = Test("class C { int M() { {|TEST0001:return 42;|} } }", () => new FortyTwoAnalyzer(), () => new ReturnFortyTwoAnalyzer());
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(FortyTwoAnalyzer.Id, 1, 28));
        return FailsAsync(test);
    }

    [Fact]
    public Task WrongMessageFails() =>
        Assert.ThrowsAsync<VerificationFailedException>(() =>
            Verify.AnalyzerAsync<FortyTwoAnalyzer>("class C { int x = 42; }", null, ExpectedDiagnostic.At("TEST0001", 1, 19).WithMessage("Literal 42 is bad")));

    [Fact]
    public Task WrongMessageFragmentFails() =>
        Assert.ThrowsAsync<VerificationFailedException>(() =>
            Verify.AnalyzerAsync<FortyTwoAnalyzer>("class C { int x = 42; }", null, ExpectedDiagnostic.At("TEST0001", 1, 19).WithMessageContaining("bad")));

    [Fact]
    public Task DiagnosticInWrongFileFails()
    {
        var test = Test("class C { }");
        test.Sources.Add(("Test1.cs", "class D { int x = 42; }"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.At(FortyTwoAnalyzer.Id, 1, 19)); // means Test0.cs
        return FailsAsync(test);
    }

    [Fact]
    public async Task ThrowingAnalyzerFails()
    {
        var exception = await FailsAsync(Test("class C { int x = 1; }", () => new ThrowingAnalyzer()));
        Assert.Contains("toy analyzer failure", exception.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public Task AnalyzerReportingAnUndeclaredIdFails() =>
        FailsAsync(Test("class C { int x = 1; }", () => new UndeclaredIdAnalyzer()));

    [Fact]
    public async Task SourceThatDoesNotCompileFails()
    {
        var exception = await FailsAsync(Test("class C { int x = [|42|]; Undefined y; }"));
        Assert.Contains("CS0246", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task UnsupportedIdInMarkupFails() => FailsAsync(Test("class C { int x = {|TEST9999:42|}; }"));

    [Fact]
    public Task AmbiguousDefaultIdFails() =>
        FailsAsync(Test("class C { int x = [|42|]; }", () => new FortyTwoAnalyzer(), () => new ReturnFortyTwoAnalyzer()));

    [Fact]
    public Task UnclosedMarkupFails() => FailsAsync(Test("class C { int x = [|42; }"));

    [Fact]
    public Task NoDiagnosticsWithMarkupFails() =>
        Assert.ThrowsAsync<VerificationFailedException>(() => Verify.NoDiagnosticsAsync<FortyTwoAnalyzer>("class C { int x = [|42|]; }"));

    // ------------------------------------------------------------------ code fixes that must pass

    [Fact]
    public Task CodeFixWithSimplifierPasses()
    {
        var test = FixTest(
            "class C { int x = [|42|]; }",
            "class C { int x = Answers.FortyTwo; }",
            () => new UseAnswersFix());
        return test.RunAsync();
    }

    [Fact]
    public Task IterativeFixOfSeveralDiagnosticsPasses() =>
        FixTest(
            """
            class C
            {
                int x = [|42|];
                int y = [|42|] + [|42|];
            }
            """,
            """
            class C
            {
                int x = Answers.FortyTwo;
                int y = Answers.FortyTwo + Answers.FortyTwo;
            }
            """,
            () => new UseAnswersFix()).RunAsync();

    [Fact]
    public Task ActionChosenByEquivalenceKeyPasses()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "UseHex";
        return test.RunAsync();
    }

    [Fact]
    public Task ActionChosenByTitlePasses()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionTitle = "Use hex literal";
        return test.RunAsync();
    }

    [Fact]
    public Task NestedActionChosenByEquivalenceKeyPasses()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new NestedActionsFix());
        test.CodeActionEquivalenceKey = "UseHex";
        return test.RunAsync();
    }

    [Fact]
    public Task VerifyCodeFixAsyncPasses() =>
        Verify.CodeFixAsync<FortyTwoAnalyzer, UseAnswersFix>("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", "UseHex");

    [Fact]
    public Task RemainingDiagnosticsAfterTheFixAreCompared()
    {
        // TEST0002 has no fix: it is reported before and after the fix.
        var test = FixTest(
            "class C { int x = [|42|]; }",
            "class C { int x = Answers.FortyTwo; }",
            () => new UseAnswersFix());
        test.Analyzers.Add(new NoLocationAnalyzer());
        test.DefaultDiagnosticId = FortyTwoAnalyzer.Id;
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.WithoutLocation(NoLocationAnalyzer.Id));
        test.FixedExpectedDiagnostics.Add(ExpectedDiagnostic.WithoutLocation(NoLocationAnalyzer.Id));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllDocumentFixesOnlyTheFirstDocument()
    {
        var test = FixTest("class C { int x = [|42|]; int y = [|42|]; }", "class C { int x = 0x2A; int y = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "UseHex";
        test.FixMode = FixMode.FixAllDocument;
        test.Sources.Add(("Test1.cs", "class D { int x = [|42|]; }"));
        test.FixedSources.Add(("Test1.cs", "class D { int x = [|42|]; }"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllProjectFixesBothDocumentsButNotOtherProjects()
    {
        var test = FixTest("class C { int x = [|42|]; int y = [|42|]; }", "class C { int x = Answers.FortyTwo; int y = Answers.FortyTwo; }", () => new UseAnswersFix());
        test.FixMode = FixMode.FixAllProject;
        test.Sources.Add(("Test1.cs", "class D { int x = [|42|]; }"));
        test.FixedSources.Add(("Test1.cs", "class D { int x = Answers.FortyTwo; }"));
        test.AdditionalProjects["Other"] = [("Test0.cs", "class E { int x = [|42|]; }")];
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllSolutionFixesBothProjects()
    {
        var test = FixTest("class C { int x = [|42|]; int y = [|42|]; }", "class C { int x = 0x2A; int y = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "UseHex";
        test.FixMode = FixMode.FixAllSolution;
        test.Sources.Add(("Test1.cs", "class D { int x = [|42|]; }"));
        test.FixedSources.Add(("Test1.cs", "class D { int x = 0x2A; }"));
        test.AdditionalProjects["Other"] = [("Test0.cs", "class E { int x = [|42|]; }")];
        test.AdditionalProjectsFixed["Other"] = [("Test0.cs", "class E { int x = 0x2A; }")];
        return test.RunAsync();
    }

    [Fact]
    public Task VerifyFixAllAsyncPasses() =>
        Verify.FixAllAsync<FortyTwoAnalyzer, UseAnswersFix>("class C { int x = [|42|]; int y = [|42|]; }", "class C { int x = 0x2A; int y = 0x2A; }", FixMode.FixAllDocument, "UseHex");

    // ------------------------------------------------------------------ code fixes that must fail

    [Fact]
    public async Task WrongFixResultFails()
    {
        var exception = await FailsAsync(FixTest("class C { int x = [|42|]; }", "class C { int x = Answers.FortyTwo; }", () => new WrongTextFix()));
        Assert.Contains("first at line 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("41 + 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhitespaceOnlyDifferenceIsShown()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x =  0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "UseHex";
        var exception = await FailsAsync(test);
        Assert.Contains("differs only in whitespace", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixIntroducingACompilerErrorFails()
    {
        var exception = await FailsAsync(FixTest("class C { int x = [|42|]; }", "class C { int x = Undefined.FortyTwo; }", () => new BrokenFix()));
        Assert.Contains("introduced compiler errors", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CS0103", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEquivalenceKeyFailsListingTheAvailableActions()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "NoSuchKey";
        var exception = await FailsAsync(test);
        Assert.Contains("'Use Answers.FortyTwo' [UseAnswers]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Use hex literal' [UseHex]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task UnknownEquivalenceKeyFailsForFixAllToo()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "NoSuchKey";
        test.FixMode = FixMode.FixAllSolution;
        return FailsAsync(test);
    }

    [Fact]
    public async Task NoRegisteredActionFails()
    {
        var exception = await FailsAsync(FixTest("class C { int x = [|42|]; }", "class C { int x = [|42|]; }", () => new NoActionFix()));
        Assert.Contains("registered no code action", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoopingFixFails()
    {
        var exception = await FailsAsync(FixTest("class C { int x = [|42|]; }", "class C { int x = (42); }", () => new LoopingFix()));
        Assert.Contains("loops", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task WrongRemainingDiagnosticsAfterTheFixFail() =>
        FailsAsync(FixTest("class C { int x = [|42|]; }", "class C { int x = [|Answers.FortyTwo|]; }", () => new UseAnswersFix()));

    [Fact]
    public Task FixAllDocumentThatShouldHaveFixedTheOtherDocumentFails()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new UseAnswersFix());
        test.CodeActionEquivalenceKey = "UseHex";
        test.FixMode = FixMode.FixAllDocument;
        test.Sources.Add(("Test1.cs", "class D { int x = [|42|]; }"));
        test.FixedSources.Add(("Test1.cs", "class D { int x = 0x2A; }"));
        return FailsAsync(test);
    }

    [Fact]
    public Task FixAllWithoutProviderFails()
    {
        var test = FixTest("class C { int x = [|42|]; }", "class C { int x = 0x2A; }", () => new NestedActionsFix());
        test.CodeActionEquivalenceKey = "UseHex";
        test.FixMode = FixMode.FixAllProject;
        return FailsAsync(test);
    }

    [Fact]
    public Task FixedSourcesWithoutCodeFixFail()
    {
        var test = Test("class C { int x = [|42|]; }");
        test.FixedSources.Add(("Test0.cs", "class C { int x = 42; }"));
        return FailsAsync(test);
    }
}
