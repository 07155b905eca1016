using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static ErrorCodeAnalyzers.Tests.Rules.MagicErrorCodeTests;

namespace ErrorCodeAnalyzers.Tests.Rules;

/// <summary>
/// How a literal is read and which place owns it, now that every literal, handler and table is its own callback:
/// the spellings of an integer literal, each site reported once by its one owner, and the allocation-free hot path.
/// </summary>
public sealed class LiteralPlacementTests
{
    [Theory]
    [InlineData("2002", 2002L)]
    [InlineData("2_002", 2002L)]
    [InlineData("0x7D2", 2002L)]
    [InlineData("0x7d2", 2002L)]
    [InlineData("0X_07_D2", 2002L)]
    [InlineData("0b11111010010", 2002L)]
    [InlineData("2002L", 2002L)]
    [InlineData("2002u", 2002L)]
    [InlineData("2002UL", 2002L)]
    [InlineData("2002lu", 2002L)]
    [InlineData("0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void IntegerTokensParseAsCSharpSpellsThem(string text, long expected)
    {
        Assert.True(LiteralValues.TryParseIntegerToken(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2002.0")]
    [InlineData("2002d")]
    [InlineData("2002f")]
    [InlineData("2002m")]
    [InlineData("2e3")]
    [InlineData("0x")]
    [InlineData("0b102")]
    [InlineData("9223372036854775808")] // above long.MaxValue
    [InlineData("18446744073709551616")] // above ulong.MaxValue
    public void RealAndOutOfRangeTokensAreNoCodes(string text) => Assert.False(LiteralValues.TryParseIntegerToken(text, out _));

    [Theory]
    [InlineData("0x7D2")]
    [InlineData("2_002")]
    [InlineData("0b11111010010")]
    [InlineData("2002L")]
    public Task EverySpellingOfACodeIsReported(string spelling) => LiteralRules.VerifyAsync(
        WrapInClass($"bool M(long code) => code == {{|ECA0001:{spelling}|}};"));

    [Fact]
    public Task RealLiteralsAreNeverCodes() => LiteralRules.VerifyAsync(
        WrapInClass("bool M(double code) => code == 2002.0 || code == 2002d || code == 2e3;"));

    [Fact]
    public Task EqualsInAnIfChainIsReportedOnceByTheChain() => LiteralRules.VerifyAsync(WrapInClass("""
        string M(string errorCode)
        {
            if (errorCode.Equals({|ECA0001:"104"|})) return "missing";
            else if (string.Equals(errorCode, {|ECA0001:"103"|})) return "balance";
            else if ({|ECA0001:"131"|}.Equals(errorCode)) return "nonce";
            return "other";
        }
        """));

    [Fact]
    public Task TwoCodesInOneArgumentListAreReportedOnceEach() => LiteralRules.VerifyAsync(WrapInClass("""
        static bool Retryable(params int[] errorCodes) => errorCodes.Length > 0;
        bool M() => Retryable({|ECA0001:2002|}, {|ECA0001:2003|});
        """));

    [Fact]
    public Task ACodeInAnIfBodyIsNotTheChainsSite() => LiteralRules.VerifyAsync(WrapInClass("""
        bool M(int code, int errorCode)
        {
            if (code > 0)
            {
                return errorCode == {|ECA0001:2002|};
            }

            return false;
        }
        """));

    [Fact]
    public Task AListPatternInAnIfIsALoneComparison() => LiteralRules.VerifyAsync(WrapInClass("""
        bool M(int[] errorCodes)
        {
            if (errorCodes is [{|ECA0001:2002|}, ..]) return true;
            return false;
        }
        """));

    /// <summary>
    /// The value lookup that rejects most literals allocates nothing (issue #6: nothing allocated for literals rejected by
    /// the value lookup). Measured on this thread's allocation counter, so the test is exact, not a timing.
    /// </summary>
    [Fact]
    public void RejectingALiteralAllocatesNothing()
    {
        var source = "class C { bool M(int retries, string name, long id, double price) => " +
                     string.Join(" || ", Enumerable.Range(0, 400).Select(i => (i % 4) switch
                     {
                         0 => $"retries == {1_234_567 + i}",
                         1 => $"name == \"not a code {i}\"",
                         2 => $"id == 0x{0x5F5E100 + i:X}L",
                         _ => $"price == {i}.5",
                     })) + "; }";
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>().ToList(); // red nodes exist before measuring
        Assert.Equal(400, literals.Count);
        Assert.All(literals, l => Assert.True(CodeSites.MayBeLiteralRuleSite(l))); // warm-up
        Assert.DoesNotContain(literals, l => CodeSites.TryGetDocumentedCode(l, out _)); // none is a code

        var before = GC.GetAllocatedBytesForCurrentThread();
        var documented = 0;
        foreach (var literal in literals)
        {
            // Each stands in a comparison, so the placement check passes it and the value lookup rejects it.
            if (CodeSites.MayBeLiteralRuleSite(literal) && CodeSites.TryGetDocumentedCode(literal, out _))
            {
                documented++;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, documented);
        Assert.Equal(0, allocated);
    }
}

/// <summary>The syntax-only pre-checks that keep ordinary code away from the semantic model (issue #6).</summary>
public sealed class SyntacticPreCheckTests
{
    private static ExpressionSyntax Expression(string text) => SyntaxFactory.ParseExpression(text);

    /// <summary>MayBeErrorCode may say yes where the semantic check says no, never the other way round.</summary>
    [Theory]
    [InlineData("code")]
    [InlineData("response.ErrorCode")]
    [InlineData("r?.Error?.Code")]
    [InlineData("(int)errorCode")]
    [InlineData("resultCode.Value")]
    [InlineData("int.Parse(code.Trim())")]
    [InlineData("root.GetProperty(\"error_code\").GetInt32()")]
    [InlineData("json?[\"data\"]?[\"errorCode\"]")]
    [InlineData("exception.ErrorCode")] // the framework's: only the symbol can tell
    [InlineData("order.ErrorCode")] // a double named like a code: only the type can tell
    public void NamesThatMayBeErrorCodesPass(string subject) => Assert.True(ErrorCodeSubjects.MayBeErrorCode(Expression(subject)));

    [Theory]
    [InlineData("quantity")]
    [InlineData("order.Id")]
    [InlineData("retries")]
    [InlineData("response.StatusCode")]
    [InlineData("country.Code")]
    [InlineData("items.Count")]
    public void OrdinaryNamesAreRejectedWithoutTheSemanticModel(string subject) => Assert.False(ErrorCodeSubjects.MayBeErrorCode(Expression(subject)));

    [Theory]
    [InlineData("switch (code) { case 2002: break; }", true)]
    [InlineData("switch (quantity) { case 4: break; case 2002: break; }", false)]
    [InlineData("switch (quantity) { case ImmutableLink.Deposits.InsufficientFunds: break; }", true)] // a package constant makes it a code handler
    [InlineData("switch (code) { case 1234567: break; }", false)] // no catalog documents the value
    [InlineData("switch (status) { case Status.Active: break; }", false)]
    public void SwitchPreCheck(string statement, bool expected) =>
        Assert.Equal(expected, HandlerModel.MayHoldCodes((SwitchStatementSyntax)SyntaxFactory.ParseStatement(statement)));

    /// <summary>
    /// A documented value compared with an ordinary subject (<c>order.Id == 2002</c>) is placed and dropped by syntax alone,
    /// before any site object exists: nothing is allocated for it.
    /// </summary>
    [Fact]
    public void PlacingADocumentedLiteralInAnOrdinaryComparisonAllocatesNothing()
    {
        var root = SyntaxFactory.ParseExpression("order.Id == 2002 || quantity != 4 || order.Status is 2002 or 2003 || errorCode == 2002");
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>().ToList();
        var codes = literals.Select(l => CodeSites.TryGetDocumentedCode(l, out var code) ? code : default).ToList();
        Assert.All(codes, c => Assert.NotNull(c.Expression)); // every value is documented

        bool Passes(CodeLiteral code) => CodeSites.TryGetLoneComparison(code, out var subject, out _, out _) && ErrorCodeSubjects.MayBeErrorCode(subject);
        Assert.Equal([false, false, false, false, true], codes.Select(Passes).ToArray()); // warm-up; only errorCode passes

        var before = GC.GetAllocatedBytesForCurrentThread();
        var passed = 0;
        foreach (var code in codes)
        {
            passed += Passes(code) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1, passed);
        Assert.Equal(0, allocated);
    }

    /// <summary>The literal rule's first check reads only the literal's parents: where it may report, and where it never does.</summary>
    [Theory]
    [InlineData("Assert.Equal(2002, code)", true)]
    [InlineData("new LinkException(message, (long)-10001)", true)] // through a cast and a minus sign
    [InlineData("\"105\".Equals(errorCode)", true)]
    [InlineData("code == (2002)", true)]
    [InlineData("2002 != code", true)]
    [InlineData("code is 2002 or 2003", true)]
    [InlineData("response is { ErrorCode: 2002 }", true)]
    [InlineData("quantity * 2002", false)]
    [InlineData("retries < 2002", false)]
    [InlineData("price is > 2002", false)] // a relational pattern compares, it does not handle a code
    [InlineData("ok ? 2002 : 0", false)]
    [InlineData("code = 2002", false)]
    [InlineData("cache[2002]", false)] // an indexer's argument list is no call
    [InlineData("-\"105\" == code", false)] // a minus before a string is no constant the rule reads
    public void LiteralRulePlacementPreCheck(string expression, bool expected)
    {
        var literal = SyntaxFactory.ParseExpression(expression).DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>()
            .First(l => l.Token.ValueText is "2002" or "10001" or "105");
        Assert.Equal(expected, CodeSites.MayBeLiteralRuleSite(literal));
    }

    /// <summary>
    /// The placement pre-check never drops a literal the literal rule would go on to judge: over every seed of the fuzz
    /// corpus (snippets, samples, the test corpus and the tests' own code), each documented literal that stands in an
    /// argument list, before <c>.Equals</c> or in a lone comparison passes it. And it does its job: most literals end on it.
    /// </summary>
    [Fact]
    public void LiteralRulePlacementPreCheckKeepsEveryPlaceTheRuleJudges()
    {
        int literals = 0, judged = 0, endedOnParents = 0;
        foreach (var seed in Robustness.FuzzCorpus.Seeds)
        {
            foreach (var literal in CSharpSyntaxTree.ParseText(seed.Text).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (!literal.IsKind(SyntaxKind.NumericLiteralExpression) && !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                literals++;
                var passes = CodeSites.MayBeLiteralRuleSite(literal);
                endedOnParents += passes ? 0 : 1;
                if (!CodeSites.TryGetDocumentedCode(literal, out var code))
                {
                    continue;
                }

                var expression = code.Expression;
                var inArgumentList = expression.Parent switch
                {
                    ArgumentSyntax { Parent: ArgumentListSyntax } => true,
                    MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals", Parent: InvocationExpressionSyntax } equalsAccess => equalsAccess.Expression == expression,
                    _ => false,
                };
                if (inArgumentList || CodeSites.TryGetLoneComparison(code, out _, out _, out _))
                {
                    judged++;
                    Assert.True(passes, $"{seed.Origin}: {literal.Parent}");
                }
            }
        }

        Assert.True(judged > 100, $"only {judged} judged literals in the fuzz corpus");
        Assert.True(endedOnParents * 3 > literals, $"{endedOnParents} of {literals} literals ended on their parents");
    }

    [Theory]
    [InlineData("new Dictionary<int, string> { [2002] = \"funds\" }", true)]
    [InlineData("new Dictionary<string, Type> { { \"105\", typeof(Exception) } }", true)]
    [InlineData("new[] { 1234567, 50011 }", true)] // any element may be documented
    [InlineData("new List<int> { -10001 }", true)]
    [InlineData("new Order { Id = 2002, Quantity = 4 }", false)] // property assignments key nothing
    [InlineData("new[] { 1234567, 7654321 }", false)]
    [InlineData("new Dictionary<int, int> { [1234567] = 2002 }", false)] // only keys count, not the mapped values
    public void TablePreCheck(string creation, bool expected)
    {
        var initializer = SyntaxFactory.ParseExpression(creation).DescendantNodes().OfType<InitializerExpressionSyntax>().First();
        Assert.Equal(expected, CodeTables.MayHoldCodes(initializer));
    }

    [Theory]
    [InlineData("if (code == 2002) { } else if (code == 2003) { }", true)]
    [InlineData("if (quantity == 4 || orderId == 2002) { }", false)]
    [InlineData("if (quantity == 4) { } else if (errorCode is 2002 or 2003) { }", true)] // the second branch decides
    [InlineData("if (x == Deposits.InsufficientFunds) { }", true)]
    [InlineData("if (!(retries > 3) && (code != 2002)) { }", true)]
    public void IfChainPreCheck(string statement, bool expected) =>
        Assert.Equal(expected, HandlerModel.MayHoldCodes((IfStatementSyntax)SyntaxFactory.ParseStatement(statement)));

    /// <summary>
    /// Every if and switch of a project passes through these pre-checks, so for ordinary code they allocate nothing
    /// (measured on this thread's allocation counter: exact, not a timing).
    /// </summary>
    [Fact]
    public void PreChecksOfOrdinaryCodeAllocateNothing()
    {
        var statements = new[]
        {
            "if (quantity == 4 || orderId == 2002) { } else if (retries > 3 && !done) { } else { }",
            "if (items.Count == 10 && response.StatusCode == 200 && order.CountryCode == \"KR\") { }",
            "if (order.Price is > 50000 and < 60000) { }",
            "if (errorCode == 1234567 || order.Id == 2002) { }", // a code-like name next to no documented value
        }.Select(s => (IfStatementSyntax)SyntaxFactory.ParseStatement(s)).ToList();
        var switchStatement = (SwitchStatementSyntax)SyntaxFactory.ParseStatement("switch (quantity) { case 4: break; case 2002: break; default: break; }");
        string[] names = ["quantity", "orderId", "retries", "StatusCode", "PromoCode", "CountryCode", "itemCount", "price"];

        // Warm-up: creates the red nodes and runs the static initializers.
        Assert.DoesNotContain(statements, HandlerModel.MayHoldCodes);
        Assert.False(HandlerModel.MayHoldCodes(switchStatement));
        Assert.DoesNotContain(names, ErrorCodeNames.IsErrorCodeName);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var passed = 0;
        foreach (var statement in statements)
        {
            passed += HandlerModel.MayHoldCodes(statement) ? 1 : 0;
        }

        passed += HandlerModel.MayHoldCodes(switchStatement) ? 1 : 0;
        foreach (var name in names)
        {
            passed += ErrorCodeNames.IsErrorCodeName(name) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, passed);
        Assert.Equal(0, allocated);
    }
}

/// <summary>The two rules that read handlers share one model per handler and semantic model (HandlerModels).</summary>
public sealed class SharedHandlerModelTests
{
    private const string Source = """
        class C
        {
            string M(int errorCode, int status)
            {
                switch (errorCode) { case 2002: return "a"; case 2003: return "b"; }
                if (errorCode == 2002) { return "c"; } else if (errorCode == 2003) { return "d"; }
                return status switch { 2002 => "e", _ => "f" };
            }
        }
        """;

    private static (CSharpCompilation Compilation, Microsoft.CodeAnalysis.SemanticModel Model, Microsoft.CodeAnalysis.SyntaxNode Root) Analyze()
    {
        var tree = CSharpSyntaxTree.ParseText(Source);
        var compilation = CSharpCompilation.Create("Shared", [tree], TestReferences.Framework);
        return (compilation, compilation.GetSemanticModel(tree), tree.GetRoot());
    }

    [Fact]
    public void OneModelPerHandlerAndSemanticModel()
    {
        var (compilation, model, root) = Analyze();
        var switchStatement = root.DescendantNodes().OfType<SwitchStatementSyntax>().Single();
        var ifChain = root.DescendantNodes().OfType<IfStatementSyntax>().First();
        var switchExpression = root.DescendantNodes().OfType<SwitchExpressionSyntax>().Single();

        var first = HandlerModels.ForSwitchStatement(switchStatement, model, CancellationToken.None);
        Assert.Same(first, HandlerModels.ForSwitchStatement(switchStatement, model, CancellationToken.None));
        Assert.Same(HandlerModels.ForIfChain(ifChain, model, CancellationToken.None), HandlerModels.ForIfChain(ifChain, model, CancellationToken.None));
        Assert.Same(HandlerModels.ForSwitchExpression(switchExpression, model, CancellationToken.None), HandlerModels.ForSwitchExpression(switchExpression, model, CancellationToken.None));

        // Another semantic model (another compilation's, or a new one of the same) builds its own: models hold what that model said.
        var other = compilation.GetSemanticModel(root.SyntaxTree);
        Assert.NotSame(model, other);
        Assert.NotSame(first, HandlerModels.ForSwitchStatement(switchStatement, other, CancellationToken.None));
        Assert.Equal(2, first.Sites.Count);
    }

    [Fact]
    public void TheSubjectVerdictIsTheSubjectQuestionsAnswer()
    {
        var (_, model, root) = Analyze();
        var byCode = HandlerModels.ForSwitchStatement(root.DescendantNodes().OfType<SwitchStatementSyntax>().Single(), model, CancellationToken.None);
        var byStatus = HandlerModels.ForSwitchExpression(root.DescendantNodes().OfType<SwitchExpressionSyntax>().Single(), model, CancellationToken.None);

        Assert.True(byCode.SubjectIsErrorCode(model, CancellationToken.None));
        Assert.True(byCode.SubjectIsErrorCode(model, CancellationToken.None)); // the remembered verdict
        Assert.False(byStatus.SubjectIsErrorCode(model, CancellationToken.None));
        Assert.False(byStatus.SubjectIsErrorCode(model, CancellationToken.None));
    }
}
