using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;

namespace ErrorCodeAnalyzers.StressHost;

/// <summary>One deep or large source shape; <see cref="Generate"/> builds it at a given size.</summary>
public sealed record Scenario(string Name, int DefaultSize, string Description, int MinimumDiagnostics, Func<int, IReadOnlyList<(string Name, string Text)>> Generate);

/// <summary>
/// The deep and large shapes of issue #7: chains walked iteratively, big switches, big files, big literals, nesting.
/// Each one is dense in documented codes, so the analyzers really walk it (the host checks a minimum of diagnostics).
/// </summary>
public static class Scenarios
{
    private static readonly Scenario[] All =
    {
        new("else-if-chain", 10_000, "one if/else-if chain over response.ErrorCode", 1_000, ElseIfChain),
        new("or-chain", 10_000, "one if condition of errorCode == a || errorCode == b || ...", 1_000, OrChain),
        new("and-chain", 10_000, "one condition of errorCode != a && errorCode != b && ...", 0, AndChain),
        new("or-pattern-chain", 1_000, "response.ErrorCode is a or b or c ... (pattern combinators; the compiler itself is quadratic here)", 400, OrPatternChain),
        new("switch-statement", 5_000, "a switch statement with that many case labels", 400, SwitchStatement),
        new("switch-expression", 5_000, "a switch expression with that many arms", 400, SwitchExpression),
        new("large-file", 50_000, "a file of that many lines of handlers, comparisons and code tables", 1_000, LargeFile),
        new("large-string", 1_000_000, "string literals of that many characters (plain, verbatim, raw, interpolated, UTF-8), and code comparisons", 1, LargeString),
        new("nested-lambdas", 300, "lambdas nested that deep, each comparing a code", 100, NestedLambdas),
        new("nested-blocks", 1_000, "if statements nested that deep (not else-if), each with a code", 100, NestedBlocks),
        new("deep-parentheses", 2_000, "a code literal inside that many parentheses and casts", 0, DeepParentheses),
        new("concatenation-chain", 10_000, "a string concatenation of that many code strings", 0, ConcatenationChain),
        new("code-table", 20_000, "a dictionary initializer and an array of that many code keys", 400, CodeTable),
    };

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static bool TryGet(string name, [NotNullWhen(true)] out Scenario? scenario)
    {
        scenario = All.FirstOrDefault(s => s.Name == name);
        return scenario is not null;
    }

    /// <summary>Documented, non-obsolete integer codes of the shipped constants (read by reflection), in a stable order.</summary>
    private static readonly Lazy<int[]> LazyCodes = new(LoadCodes);

    private static int[] Codes => LazyCodes.Value;

    private static int[] LoadCodes()
    {
        var assembly = Assembly.Load(new AssemblyName("ErrorCodeAnalyzers.Constants"));
        var codes = new SortedSet<int>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace != "ProviderErrorCodes" || (type.DeclaringType ?? type).Name.EndsWith("Strings", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.IsLiteral && field.FieldType == typeof(int) && field.GetCustomAttribute<ObsoleteAttribute>() is null && (int)field.GetRawConstantValue()! != 0)
                {
                    codes.Add((int)field.GetRawConstantValue()!);
                }
            }
        }

        return codes.ToArray();
    }

    private static string Code(int i) => Literal(Codes[i % Codes.Length]);

    /// <summary>Distinct values: the documented codes first, then undocumented ones above them.</summary>
    private static string DistinctCode(int i) => i < Codes.Length ? Literal(Codes[i]) : (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Literal(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<(string, string)> One(string text) => new[] { ("Scenario.cs", text) };

    private const string Header = @"using System;
using System.Collections.Generic;

public sealed class Response
{
    public int ErrorCode { get; set; }
    public string ErrorCodeText { get; set; } = """";
}

";

    private static IReadOnlyList<(string, string)> ElseIfChain(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static int Handle(Response response)").AppendLine("    {");
        b.AppendLine("        var result = 0;");
        for (var i = 0; i < size; i++)
        {
            b.Append(i == 0 ? "        if" : "        else if").Append(" (response.ErrorCode == ").Append(Code(i)).Append(") result = ").Append(i).AppendLine(";");
        }

        b.AppendLine("        else result = -1;").AppendLine("        return result;").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> OrChain(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static bool IsRetryable(int errorCode)").AppendLine("    {");
        b.Append("        if (");
        for (var i = 0; i < size; i++)
        {
            b.Append(i == 0 ? string.Empty : (i % 8 == 0 ? Environment.NewLine + "            || " : " || ")).Append("errorCode == ").Append(Code(i));
        }

        b.AppendLine(")").AppendLine("        {").AppendLine("            return true;").AppendLine("        }").AppendLine("        return false;").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> AndChain(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static bool IsOther(int errorCode) =>");
        b.Append("        ");
        for (var i = 0; i < size; i++)
        {
            b.Append(i == 0 ? string.Empty : (i % 8 == 0 ? Environment.NewLine + "        && " : " && ")).Append("errorCode != ").Append(Code(i));
        }

        b.AppendLine(";").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> OrPatternChain(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static bool IsKnown(Response response)").AppendLine("    {");
        b.Append("        return response.ErrorCode is ");
        for (var i = 0; i < size; i++)
        {
            b.Append(i == 0 ? string.Empty : (i % 8 == 0 ? Environment.NewLine + "            or " : " or ")).Append(DistinctCode(i));
        }

        b.AppendLine(";").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> SwitchStatement(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static string Handle(Response response)").AppendLine("    {");
        b.AppendLine("        switch (response.ErrorCode)").AppendLine("        {");
        for (var i = 0; i < size; i++)
        {
            b.Append("            case ").Append(DistinctCode(i)).Append(": return \"").Append(i).AppendLine("\";");
        }

        b.AppendLine("            default: return \"other\";").AppendLine("        }").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> SwitchExpression(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static string Handle(Response response) => response.ErrorCode switch").AppendLine("    {");
        for (var i = 0; i < size; i++)
        {
            b.Append("        ").Append(DistinctCode(i)).Append(" => \"").Append(i).AppendLine("\",");
        }

        b.AppendLine("        _ => \"other\",").AppendLine("    };").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> LargeFile(int lines)
    {
        var b = new StringBuilder(Header);
        var written = 10;
        var index = 0;
        while (written < lines)
        {
            var c = index * 5;
            b.Append("public static class Handler").Append(index).AppendLine();
            b.AppendLine("{");
            b.AppendLine("    private static readonly Dictionary<int, string> ErrorMessages = new()");
            b.AppendLine("    {");
            b.Append("        { ").Append(Code(c)).AppendLine(", \"first\" },");
            b.Append("        { ").Append(Code(c + 1)).AppendLine(", \"second\" },");
            b.AppendLine("    };");
            b.AppendLine();
            b.AppendLine("    public static string Handle(Response response, string errorCode)");
            b.AppendLine("    {");
            b.AppendLine("        switch (response.ErrorCode)");
            b.AppendLine("        {");
            b.Append("            case ").Append(Code(c + 2)).AppendLine(":");
            b.AppendLine("                return \"a\";");
            b.Append("            case ").Append(Code(c + 3)).AppendLine(":");
            b.AppendLine("                return \"b\";");
            b.AppendLine("            default:");
            b.AppendLine("                break;");
            b.AppendLine("        }");
            b.AppendLine();
            b.Append("        if (errorCode == \"").Append(Code(c + 4)).AppendLine("\")");
            b.AppendLine("        {");
            b.AppendLine("            return \"c\";");
            b.AppendLine("        }");
            b.AppendLine();
            b.AppendLine("        var retries = 3; // an ordinary number, not a code");
            b.AppendLine("        return retries > 2 ? \"d\" : \"e\";");
            b.AppendLine("    }");
            b.AppendLine("}");
            b.AppendLine();
            written += 33;
            index++;
        }

        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> LargeString(int length)
    {
        var digits = new string('7', length);
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append("error ").Append(Code(i)).Append(' ');
        }

        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{");
        b.Append("    public const string Digits = \"").Append(digits).AppendLine("\";");
        b.Append("    public const string Text = \"").Append(text).AppendLine("\";");
        b.Append("    public const string Verbatim = @\"").Append(text).AppendLine("\";");
        b.Append("    public const string Raw = \"\"\"").Append(text).AppendLine("\"\"\";");
        b.Append("    public static ReadOnlySpan<byte> Utf8 => \"").Append(text, 0, Math.Min(text.Length, length / 4)).AppendLine("\"u8;");
        b.AppendLine("    public static bool Handle(Response response, string errorCode)");
        b.AppendLine("    {");
        b.Append("        var message = $\"").Append(text.ToString(0, Math.Min(text.Length, length / 4))).AppendLine(" {response.ErrorCode}\";");
        b.Append("        if (errorCode == \"").Append(digits).AppendLine("\") return false;");
        b.AppendLine("        if (errorCode == \"105\") return false;");
        b.AppendLine("        return response.ErrorCode == 2002 && message.Length > 0;");
        b.AppendLine("    }");
        b.AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> NestedLambdas(int depth)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static void Handle(Response response)").AppendLine("    {");
        for (var i = 0; i < depth; i++)
        {
            b.Append(' ', 8 + (i % 40)).Append("Func<int, bool> f").Append(i).Append(" = level").Append(i).AppendLine("ErrorCode =>");
            b.Append(' ', 8 + (i % 40)).AppendLine("{");
            b.Append(' ', 8 + (i % 40)).Append("    if (level").Append(i).Append("ErrorCode == ").Append(Code(i)).AppendLine(") return true;");
        }

        for (var i = depth - 1; i >= 0; i--)
        {
            b.Append(' ', 8 + (i % 40)).Append("    return ").Append(i + 1 < depth ? $"f{i + 1}(level{i}ErrorCode)" : "false").AppendLine(";");
            b.Append(' ', 8 + (i % 40)).AppendLine("};");
        }

        b.AppendLine("        f0(response.ErrorCode);").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> NestedBlocks(int depth)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static int Handle(Response response, int other)").AppendLine("    {");
        b.AppendLine("        var result = 0;");
        for (var i = 0; i < depth; i++)
        {
            b.Append(' ', 8 + (i % 40)).Append("if (response.ErrorCode != ").Append(Code(i)).AppendLine(")");
            b.Append(' ', 8 + (i % 40)).AppendLine("{");
            b.Append(' ', 8 + (i % 40)).Append("    result += other == ").Append(i).AppendLine(" ? 1 : 0;");
        }

        for (var i = depth - 1; i >= 0; i--)
        {
            b.Append(' ', 8 + (i % 40)).AppendLine("}");
        }

        b.AppendLine("        return result;").AppendLine("    }").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> DeepParentheses(int depth)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static bool Handle(Response response) =>");
        b.Append("        response.ErrorCode == ");
        for (var i = 0; i < depth; i++)
        {
            b.Append(i % 2 == 0 ? "(" : "(int)(");
        }

        b.Append("-10001");
        for (var i = 0; i < depth; i++)
        {
            b.Append(i % 2 == 0 ? ")" : ")");
        }

        b.AppendLine(";").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> ConcatenationChain(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{").AppendLine("    public static bool Handle(string errorCode) =>");
        b.Append("        errorCode == ");
        for (var i = 0; i < size; i++)
        {
            b.Append(i == 0 ? string.Empty : (i % 8 == 0 ? Environment.NewLine + "            + " : " + ")).Append('"').Append(Code(i)).Append('"');
        }

        b.AppendLine(";").AppendLine("}");
        return One(b.ToString());
    }

    private static IReadOnlyList<(string, string)> CodeTable(int size)
    {
        var b = new StringBuilder(Header);
        b.AppendLine("public static class Handler").AppendLine("{");
        b.AppendLine("    public static readonly Dictionary<int, string> ErrorMessages = new()").AppendLine("    {");
        for (var i = 0; i < size; i++)
        {
            b.Append("        [").Append(DistinctCode(i)).Append("] = \"").Append(i).AppendLine("\",");
        }

        b.AppendLine("    };");
        b.AppendLine("    public static readonly int[] RetryableErrorCodes =").AppendLine("    {");
        for (var i = 0; i < size; i++)
        {
            b.Append("        ").Append(Code(i)).AppendLine(",");
        }

        b.AppendLine("    };").AppendLine("}");
        return One(b.ToString());
    }
}
