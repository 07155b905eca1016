using ErrorCodeAnalyzers.Analysis;
using ErrorCodeAnalyzers.Catalog;
using ErrorCodeAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeAnalyzers.Tests.Catalogs;

/// <summary>
/// Handlers recognise the shipped constants from their symbols' names (HandlerModel.PackageConstantOf): every constant
/// of the constants assembly maps to the catalog entry its fully-qualified name names, and look-alikes do not.
/// </summary>
public sealed class PackageConstantRecognitionTests
{
    [Fact]
    public void EveryShippedConstantMapsToTheEntryItsFullNameNames()
    {
        var compilation = CSharpCompilation.Create("Consumer", references: TestReferences.Framework.Add(TestReferences.Constants!));
        var root = compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "ProviderErrorCodes");
        var fields = AllTypes(root).SelectMany(t => t.GetMembers().OfType<IFieldSymbol>()).Where(f => f.IsConst).ToList();

        // The constants of every catalog code, int and string twin, map to it; a range's bounds (ThirdPartyCallbackCustomErrorFrom)
        // are constants of the library but no codes, and map to nothing, as their full names map to nothing.
        var mapped = 0;
        foreach (var field in fields)
        {
            var fullName = field.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            var expected = ErrorCodeCatalog.Instance.TryGetByConstantName(fullName, out var code) ? code : null;
            Assert.True(ReferenceEquals(expected, HandlerModel.PackageConstantOf(field)), fullName);
            mapped += expected is null ? 0 : 1;
        }

        Assert.Equal(ErrorCodeCatalog.Instance.Providers.Sum(p => p.Codes.Length) * 2, mapped);
    }

    [Theory]
    [InlineData("namespace Contoso.ProviderErrorCodes { static class ImmutableLink { static class Deposits { const int WalletAddressRetrievalFailed = 2000; } } }")] // not the global namespace
    [InlineData("namespace ProviderErrorCodes { static class ImmutableLink<T> { static class Deposits { const int WalletAddressRetrievalFailed = 2000; } } }")] // generic provider class
    [InlineData("namespace ProviderErrorCodes { static class ImmutableLink { static class Deposits<T> { const int WalletAddressRetrievalFailed = 2000; } } }")] // generic section class
    [InlineData("namespace ProviderErrorCodes { static class Outer { static class ImmutableLink { static class Deposits { const int WalletAddressRetrievalFailed = 2000; } } } }")] // one level too deep
    [InlineData("namespace ProviderErrorCodes { static class ImmutableLink { const int WalletAddressRetrievalFailed = 2000; } }")] // no section class
    [InlineData("namespace ProviderErrorCodes { static class Acme { static class Deposits { const int WalletAddressRetrievalFailed = 2000; } } }")] // no such provider
    [InlineData("namespace ProviderErrorCodes { static class TencentIm { static class General { const int NoError = 0; } } }")] // a section path cut short (Sdk.General)
    [InlineData("namespace ProviderErrorCodes { static class TencentIm { static class XSdk { static class General { const int NoError = 0; } } } }")] // a section path with a wrong part
    [InlineData("namespace ProviderErrorCodes { static class TencentIm { static class Sdk { static class General { const int NoError = 0; } } } }", true)] // a nested section's real shape, declared by hand
    [InlineData("namespace ProviderErrorCodes { static class ImmutableLink { static class Deposits { const int WalletAddressRetrievalFailed = 2000; } } }", true)] // the real shape, declared by hand
    public void LookAlikesAreNoPackageConstants(string source, bool isPackageShape = false)
    {
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(source)], TestReferences.Framework);
        var field = AllTypes(compilation.Assembly.GlobalNamespace).SelectMany(t => t.GetMembers().OfType<IFieldSymbol>()).Single();
        Assert.Equal(isPackageShape, HandlerModel.PackageConstantOf(field) is not null);
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                if (nested is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (var inner in AllTypes(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
