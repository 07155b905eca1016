using System.Text;

namespace ErrorCodeAnalyzers.Tests.Verification;

/// <summary>
/// One diagnostic a test expects, in addition to the ones written as markup.
/// Lines and columns are 1-based, as an editor shows them; columns count characters (a tab is one).
/// <see cref="Line"/> = 0 means "no source location" (<see cref="WithoutLocation"/>).
/// <see cref="FileName"/> = null means the first source of the main project (for located expectations).
/// <see cref="EndLine"/>/<see cref="EndColumn"/> = null means only the start position is checked.
/// <see cref="Message"/> is compared exactly, <see cref="MessageContains"/> as an ordinal substring; null = not checked.
/// </summary>
public sealed record ExpectedDiagnostic(
    string Id,
    string? FileName,
    int Line,
    int Column,
    int? EndLine,
    int? EndColumn,
    string? Message,
    string? MessageContains)
{
    /// <summary>A diagnostic starting at <paramref name="line"/>:<paramref name="column"/> (1-based) of the first source.</summary>
    public static ExpectedDiagnostic At(string id, int line, int column)
    {
        if (line < 1 || column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), "Line and column are 1-based.");
        }

        return new ExpectedDiagnostic(id, null, line, column, null, null, null, null);
    }

    /// <summary>A diagnostic reported without a source location (<c>Location.None</c>), e.g. a configuration problem.</summary>
    public static ExpectedDiagnostic WithoutLocation(string id) => new(id, null, 0, 0, null, null, null, null);

    public bool HasLocation => Line > 0;

    public ExpectedDiagnostic WithMessage(string message) => this with { Message = message };

    public ExpectedDiagnostic WithMessageContaining(string fragment) => this with { MessageContains = fragment };

    /// <summary>The full span, 1-based; the end column is the column just after the last character (as in Roslyn's line spans + 1).</summary>
    public ExpectedDiagnostic WithSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), "Lines and columns are 1-based.");
        }

        return this with { Line = startLine, Column = startColumn, EndLine = endLine, EndColumn = endColumn };
    }

    /// <summary>
    /// The file the diagnostic is in: a main-project source name ("Test1.cs"), an additional project's source as
    /// "ProjectName/Test0.cs", an additional file's name, or an absolute path ("/src/Test1.cs").
    /// </summary>
    public ExpectedDiagnostic InFile(string fileName) => this with { FileName = fileName };

    public override string ToString()
    {
        var builder = new StringBuilder(Id);
        if (HasLocation)
        {
            builder.Append(' ').Append(FileName ?? "<first source>").Append('(').Append(Line).Append(',').Append(Column).Append(')');
            if (EndLine is not null && EndColumn is not null)
            {
                builder.Append("-(").Append(EndLine).Append(',').Append(EndColumn).Append(')');
            }
        }
        else
        {
            builder.Append(" <no location>");
        }

        if (Message is not null)
        {
            builder.Append(": \"").Append(Message).Append('"');
        }

        if (MessageContains is not null)
        {
            builder.Append(": message containing \"").Append(MessageContains).Append('"');
        }

        return builder.ToString();
    }
}

/// <summary>How <see cref="AnalyzerTest"/> applies the code fix before comparing with the fixed sources.</summary>
public enum FixMode
{
    /// <summary>Apply the chosen action to one diagnostic, re-analyse, repeat until no fixable diagnostic is left (at most 100 times).</summary>
    Iterative,

    /// <summary>One Fix All in document scope (the document of the first fixable diagnostic).</summary>
    FixAllDocument,

    /// <summary>One Fix All in project scope (the project of the first fixable diagnostic).</summary>
    FixAllProject,

    /// <summary>One Fix All in solution scope (what <c>dotnet format</c> uses).</summary>
    FixAllSolution,
}

/// <summary>Thrown when a verification fails; derives from xunit's exception so the message is shown as the failure.</summary>
public sealed class VerificationFailedException : Xunit.Sdk.XunitException
{
    public VerificationFailedException(string message)
        : base(message)
    {
    }

    public VerificationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
