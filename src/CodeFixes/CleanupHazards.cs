using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.CodeFixes
{
    /// <summary>
    /// Where no fix is offered: code that Roslyn's cleanup cannot handle. After every code action Roslyn cleans the
    /// changed document up (simplifier, formatter). That cleanup throws on some code that does not parse (formatter
    /// assertions on an unclosed bracket or a misplaced <c>else</c>, the name simplifier on a half-typed member), and it
    /// recurses over the whole statement around the edit: on an else-if or <c>||</c> chain thousands deep, Roslyn 4.14
    /// gives up with InsufficientExecutionStackException and Roslyn 4.5 overflows the stack. Issue #7's fuzz and
    /// deep-code tests found these. The diagnostic stays; its fix comes back once the code parses.
    /// </summary>
    internal static class CleanupHazards
    {
        /// <summary>Deeper than any hand-written code; far below the depths where the cleanup fails (7,000 to 10,000).</summary>
        public const int MaximumDepth = 1000;

        /// <summary>
        /// True when the member (or top-level statement) holding <paramref name="node"/> has a syntax error, a type or
        /// namespace around it misses a brace, stray tokens end the file, or the node or the statement around it nests
        /// deeper than <see cref="MaximumDepth"/>. <paramref name="measured"/> caches the statements already measured
        /// (a Fix All asks about many nodes of one statement).
        /// </summary>
        public static bool Around(SyntaxNode node, Dictionary<SyntaxNode, bool>? measured = null)
        {
            var member = node.FirstAncestorOrSelf<SyntaxNode>(n => n is GlobalStatementSyntax || (n is MemberDeclarationSyntax && n is not BaseNamespaceDeclarationSyntax));
            if (member is null || member.ContainsDiagnostics)
            {
                return true;
            }

            var depth = 0;
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (++depth > MaximumDepth)
                {
                    return true;
                }

                switch (ancestor)
                {
                    case BaseTypeDeclarationSyntax type when type.OpenBraceToken.IsMissing || type.CloseBraceToken.IsMissing:
                    case NamespaceDeclarationSyntax ns when ns.OpenBraceToken.IsMissing || ns.CloseBraceToken.IsMissing:
                    case CompilationUnitSyntax unit when unit.EndOfFileToken.ContainsDiagnostics:
                        return true;
                }
            }

            var statement = node.FirstAncestorOrSelf<StatementSyntax>() ?? member;
            if (measured is null || !measured.TryGetValue(statement, out var deep))
            {
                deep = IsDeeperThan(statement, MaximumDepth);
                if (measured is not null)
                {
                    measured[statement] = deep;
                }
            }

            return deep;
        }

        /// <summary>Depth-first and without recursion, so it stops at the first path longer than <paramref name="limit"/>.</summary>
        private static bool IsDeeperThan(SyntaxNode root, int limit)
        {
            var pending = new Stack<(SyntaxNode Node, int Depth)>();
            pending.Push((root, 0));
            while (pending.Count > 0)
            {
                var (current, depth) = pending.Pop();
                if (depth > limit)
                {
                    return true;
                }

                foreach (var child in current.ChildNodes())
                {
                    pending.Push((child, depth + 1));
                }
            }

            return false;
        }
    }
}
