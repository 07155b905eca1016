using ErrorCodeAnalyzers.CodeFixes;
using ErrorCodeAnalyzers.Rules;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.CodeFixes;

/// <summary>
/// The ECA0001 fix writes <c>Provider.Group.Name</c> only where the provider's name binds to the provider's type, and the
/// qualified form where something closer has that name; and it adds the using directive in the file's own layout. Each
/// case runs as one fix at a time and as one Fix All, which decide the form by different paths (per-member caching).
/// </summary>
public class ConstantReferenceFormTests
{
    public static TheoryData<FixMode> Modes => new() { FixMode.Iterative, FixMode.FixAllDocument };

    [Theory]
    [MemberData(nameof(Modes))]
    public Task ALocalOfTheProviderNameKeepsTheQualifierInItsMemberOnly(FixMode mode) =>
        Fix(@"using System;

class C
{
    bool M(int errorCode)
    {
        var ImmutableLink = 0;
        return errorCode == [|2002|] && ImmutableLink == 0;
    }

    bool N(int errorCode) => errorCode == [|2001|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    bool M(int errorCode)
    {
        var ImmutableLink = 0;
        return errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds && ImmutableLink == 0;
    }

    bool N(int errorCode) => errorCode == ImmutableLink.Deposits.InvalidErc20Token;
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task ALambdaParameterOfTheProviderNameKeepsTheQualifier(FixMode mode) =>
        Fix(@"using System;

class C
{
    static readonly Func<int, int, bool> IsFunds = (errorCode, ImmutableLink) => errorCode == [|2002|];

    bool N(int errorCode) => errorCode == [|2001|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    static readonly Func<int, int, bool> IsFunds = (errorCode, ImmutableLink) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds;

    bool N(int errorCode) => errorCode == ImmutableLink.Deposits.InvalidErc20Token;
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task ATypeOfTheProviderNameInAnotherImportedNamespaceKeepsTheQualifier(FixMode mode) =>
        Fix(@"using System;
using Vendor.Sdk;

namespace Vendor.Sdk
{
    public class ImmutableLink { }
}

class C
{
    bool M(int errorCode) => errorCode == [|2002|];
}", @"using System;
using ProviderErrorCodes;
using Vendor.Sdk;

namespace Vendor.Sdk
{
    public class ImmutableLink { }
}

class C
{
    bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds;
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task ANestedTypeOfTheProviderNameKeepsTheQualifierInsideItsContainer(FixMode mode) =>
        Fix(@"using System;

class Outer
{
    class ImmutableLink { }

    class Inner
    {
        bool M(int errorCode) => errorCode == [|2002|];
    }
}

class Elsewhere
{
    bool M(int errorCode) => errorCode == [|2001|];
}", @"using System;
using ProviderErrorCodes;

class Outer
{
    class ImmutableLink { }

    class Inner
    {
        bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds;
    }
}

class Elsewhere
{
    bool M(int errorCode) => errorCode == ImmutableLink.Deposits.InvalidErc20Token;
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task AMemberOfTheProviderNameInAnotherPartOfThePartialTypeKeepsTheQualifier(FixMode mode)
    {
        var test = Test(mode);
        test.Sources.Add(("Test0.cs", @"using System;

partial class C
{
    bool M(int errorCode) => errorCode == [|2002|];
}"));
        test.Sources.Add(("Test1.cs", @"partial class C
{
    int ImmutableLink => 0;
}"));
        test.FixedSources.Add(("Test0.cs", @"using System;
using ProviderErrorCodes;

partial class C
{
    bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds;
}"));
        test.FixedSources.Add(("Test1.cs", @"partial class C
{
    int ImmutableLink => 0;
}"));
        return test.RunAsync();
    }

    /// <summary>
    /// A top-level local of the provider's name is in scope in the other statements and in the types beside them too
    /// (there <c>ImmutableLink.X</c> would be CS8801, a top-level local used in a type): both keep the qualifier.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modes))]
    public Task ATopLevelLocalKeepsTheQualifierInTheStatementsAndTheTypesBesideThem(FixMode mode)
    {
        var test = Test(mode);
        test.OutputKind = OutputKind.ConsoleApplication;
        test.Sources.Add(("Test0.cs", @"using System;

var ImmutableLink = 1;
int errorCode = Environment.TickCount;
if (errorCode == [|2002|]) Console.WriteLine(ImmutableLink);

class Beside
{
    bool M(int errorCode) => errorCode == [|2001|];
}
"));
        test.FixedSources.Add(("Test0.cs", @"using System;
using ProviderErrorCodes;

var ImmutableLink = 1;
int errorCode = Environment.TickCount;
if (errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds) Console.WriteLine(ImmutableLink);

class Beside
{
    bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token;
}
"));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public Task UsingsInOneNamespaceImportForThatNamespaceOnly(FixMode mode) =>
        Fix(@"namespace First
{
    using System;

    class C
    {
        bool M(int errorCode) => errorCode == [|2002|];
    }
}

namespace Second
{
    class D
    {
        bool M(int errorCode) => errorCode == [|2001|];
    }
}", @"namespace First
{
    using System;
    using ProviderErrorCodes;

    class C
    {
        bool M(int errorCode) => errorCode == ImmutableLink.Deposits.InsufficientFunds;
    }
}

namespace Second
{
    class D
    {
        bool M(int errorCode) => errorCode == ProviderErrorCodes.ImmutableLink.Deposits.InvalidErc20Token;
    }
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task TheFirstDirectiveKeepsTheFileHeaderInFrontOfIt(FixMode mode) =>
        Fix(@"// Copyright Contoso.
// Licensed under the MIT licence.
using Zeta;

namespace Zeta
{
    public class Z { }
}

class C
{
    bool M(int errorCode) => errorCode == [|2002|];
}", @"// Copyright Contoso.
// Licensed under the MIT licence.
using ProviderErrorCodes;
using Zeta;

namespace Zeta
{
    public class Z { }
}

class C
{
    bool M(int errorCode) => errorCode == ImmutableLink.Deposits.InsufficientFunds;
}", mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task TheNewDirectiveEndsItsLineTheWayTheFileDoes(FixMode mode) =>
        Fix(
            "using System;\r\nusing Zeta;\r\n\r\nnamespace Zeta\r\n{\r\n    public class Z { }\r\n}\r\n\r\nclass C\r\n{\r\n    bool M(int errorCode) => errorCode == [|2002|];\r\n}\r\n",
            "using System;\r\nusing ProviderErrorCodes;\r\nusing Zeta;\r\n\r\nnamespace Zeta\r\n{\r\n    public class Z { }\r\n}\r\n\r\nclass C\r\n{\r\n    bool M(int errorCode) => errorCode == ImmutableLink.Deposits.InsufficientFunds;\r\n}\r\n",
            mode);

    [Theory]
    [MemberData(nameof(Modes))]
    public Task TheLiteralsTriviaStaysAroundTheConstant(FixMode mode) =>
        Fix(@"using System;

class C
{
    bool M(int errorCode) => errorCode == /* funds */ [|2002|] // the usual one
        || errorCode ==
            [|2001|];
}", @"using System;
using ProviderErrorCodes;

class C
{
    bool M(int errorCode) => errorCode == /* funds */ ImmutableLink.Deposits.InsufficientFunds // the usual one
        || errorCode ==
            ImmutableLink.Deposits.InvalidErc20Token;
}", mode);

    /// <summary>An alias from another file's <c>global using</c> is the simplifier's to use, as a file's own alias is.</summary>
    [Theory]
    [MemberData(nameof(Modes))]
    public Task AGlobalAliasInAnotherFileIsLeftToTheSimplifier(FixMode mode) => GlobalImport(
        "global using Link = ProviderErrorCodes.ImmutableLink;",
        "Link.Deposits.InsufficientFunds",
        mode);

    /// <summary>So is a member imported by another file's <c>global using static</c>.</summary>
    [Theory]
    [MemberData(nameof(Modes))]
    public Task AGlobalUsingStaticInAnotherFileIsLeftToTheSimplifier(FixMode mode) => GlobalImport(
        "global using static ProviderErrorCodes.ImmutableLink.Deposits;",
        "InsufficientFunds",
        mode);

    private static Task GlobalImport(string globalUsing, string expectedReference, FixMode mode)
    {
        var test = Test(mode);
        test.Sources.Add(("Test0.cs", @"using System;

class C
{
    bool M(int errorCode) => errorCode == [|2002|];
}"));
        test.Sources.Add(("Globals.cs", globalUsing));
        test.FixedSources.Add(("Test0.cs", @"using System;
using ProviderErrorCodes;

class C
{
    bool M(int errorCode) => errorCode == " + expectedReference + @";
}"));
        test.FixedSources.Add(("Globals.cs", globalUsing));
        return test.RunAsync();
    }

    private static Task Fix(string markup, string fixedMarkup, FixMode mode)
    {
        var test = Test(mode);
        test.Sources.Add(("Test0.cs", markup));
        test.FixedSources.Add(("Test0.cs", fixedMarkup));
        return test.RunAsync();
    }

    private static AnalyzerTest Test(FixMode mode)
    {
        var test = new AnalyzerTest { CodeFix = new UseNamedErrorCodeConstantCodeFix(), FixMode = mode, CodeActionEquivalenceKey = UseNamedErrorCodeConstantCodeFix.EquivalenceKey };
        test.Analyzers.Add(new ErrorCodeLiteralAnalyzer());
        return test;
    }
}
