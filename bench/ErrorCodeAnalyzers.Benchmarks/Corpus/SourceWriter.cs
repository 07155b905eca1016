using System.Text;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus
{
    /// <summary>Writes one generated file, counting its lines and what it put in them.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder text = new(32 * 1024);
        private int unique;

        public int Lines { get; private set; }

        /// <summary>Provider-code sites: literals and constants where a code is compared, matched, tabled, passed or asserted.</summary>
        public int CodeSites { get; set; }

        /// <summary>The code sites written as a bare literal (the ones ECA0001 is about).</summary>
        public int LiteralCodeSites { get; set; }

        /// <summary>Ordinary comparisons: a literal compared with something that is not an error code.</summary>
        public int Comparisons { get; set; }

        public void Line(string line)
        {
            text.Append(line).Append('\n');
            Lines++;
        }

        public void Blank()
        {
            text.Append('\n');
            Lines++;
        }

        /// <summary>A suffix that keeps local and member names unique within the file.</summary>
        public int Next() => ++unique;

        public override string ToString() => text.ToString();
    }
}
