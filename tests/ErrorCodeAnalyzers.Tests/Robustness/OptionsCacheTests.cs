using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Robustness;

/// <summary>
/// <see cref="OptionsReader.Get"/> remembers the last tree a thread asked about. That memo must answer only for the same
/// tree under the same options provider, and must not keep a tree alive.
/// </summary>
public sealed class OptionsCacheTests
{
    [Fact]
    public void TheSameTreeUnderTheSameProviderGetsTheSameOptions()
    {
        var tree = Tree();
        var provider = new Provider((tree, "coinone"));

        var first = OptionsReader.Get(provider, tree);

        Assert.Same(first, OptionsReader.Get(provider, tree));
        Assert.Equal(new[] { "coinone" }, ProviderIds(first));
    }

    [Fact]
    public void AlternatingTreesEachGetTheirOwnOptions()
    {
        var (link, tencent) = (Tree(), Tree());
        var provider = new Provider((link, "immutable-link"), (tencent, "tencent-im"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(new[] { "immutable-link" }, ProviderIds(OptionsReader.Get(provider, link)));
            Assert.Equal(new[] { "tencent-im" }, ProviderIds(OptionsReader.Get(provider, tencent)));
        }
    }

    [Fact]
    public void TheSameTreeUnderANewProviderGetsTheNewProvidersOptions()
    {
        // An edited .editorconfig gives the next compilation a new provider for the same, unchanged tree.
        var tree = Tree();
        var before = new Provider((tree, "coinone"));
        var after = new Provider((tree, "okx-web3"));

        Assert.Equal(new[] { "coinone" }, ProviderIds(OptionsReader.Get(before, tree)));
        Assert.Equal(new[] { "okx-web3" }, ProviderIds(OptionsReader.Get(after, tree)));
        Assert.Equal(new[] { "coinone" }, ProviderIds(OptionsReader.Get(before, tree)));
    }

    [Fact]
    public void TheRememberedTreeIsNotKeptAlive()
    {
        var provider = new Provider();
        var released = AskAboutATreeAndLetItGo(provider);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(released.TryGetTarget(out _), "OptionsReader keeps the last tree it was asked about alive");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<SyntaxTree> AskAboutATreeAndLetItGo(Provider provider)
    {
        var tree = Tree();
        OptionsReader.Get(provider, tree);
        return new WeakReference<SyntaxTree>(tree);
    }

    private static SyntaxTree Tree() => CSharpSyntaxTree.ParseText("class C { bool M(int code) => code == 2002; }");

    private static string[] ProviderIds(ErrorCodeOptions options) =>
        ErrorCodeCatalog.Instance.Providers.Where(p => options.Providers.Contains(p)).Select(p => p.Id).ToArray();

    /// <summary>Per-tree options as a host builds them from .editorconfig sections: one options object per tree.</summary>
    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<SyntaxTree, AnalyzerConfigOptions> byTree = new();

        public Provider(params (SyntaxTree Tree, string Providers)[] trees)
        {
            foreach (var (tree, providers) in trees)
            {
                byTree[tree] = new Options(new Dictionary<string, string> { [OptionsReader.ProvidersKey] = providers });
            }
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => byTree.TryGetValue(tree, out var options) ? options : GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
