using Microsoft.CodeAnalysis;

namespace ErrorCodeAnalyzers
{
    /// <summary>Every diagnostic id of the package, as constants (the code fixes link to them).</summary>
    public static class DiagnosticIds
    {
        public const string MagicErrorCode = "ECA0001";
        public const string ObsoleteErrorCode = "ECA0002";
        public const string UnhandledMandatoryErrorCode = "ECA0003";
        public const string UndocumentedErrorCode = "ECA0004";
        public const string InvalidConfiguration = "ECA0100";
    }

    /// <summary>Every descriptor of the package; rules take theirs from here.</summary>
    internal static class Descriptors
    {
        public const string DocumentationBaseUri = "https://github.com/error-code-analyzers/ErrorCodeAnalyzers/blob/main/docs/rules/";
        private const string UsageCategory = "ErrorCodes";
        private const string ConfigurationCategory = "Configuration";

        public static string HelpLink(string id) => DocumentationBaseUri + id + ".md";

        public static readonly DiagnosticDescriptor MagicErrorCode = new(
            DiagnosticIds.MagicErrorCode,
            title: "Use the named constant for a provider error code",
            messageFormat: "Error code {0} is {1}; use {2}",
            category: UsageCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A bare number compared with an error code says nothing to the reader. The package ships a named constant for every documented code of the provider.",
            helpLinkUri: HelpLink(DiagnosticIds.MagicErrorCode));

        public static readonly DiagnosticDescriptor ObsoleteErrorCode = new(
            DiagnosticIds.ObsoleteErrorCode,
            title: "Provider error code is obsolete",
            messageFormat: "Error code {0} of {1} is obsolete: {2}",
            category: UsageCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The provider no longer returns this code, so the branch that handles it is dead.",
            helpLinkUri: HelpLink(DiagnosticIds.ObsoleteErrorCode));

        public static readonly DiagnosticDescriptor UnhandledMandatoryErrorCode = new(
            DiagnosticIds.UnhandledMandatoryErrorCode,
            title: "Mandatory provider error codes are not handled",
            messageFormat: "This handler of {0} error codes does not handle: {1}",
            category: UsageCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Some provider codes need a specific reaction (log in again, slow down, ask the user to act) that a generic default branch cannot give.",
            helpLinkUri: HelpLink(DiagnosticIds.UnhandledMandatoryErrorCode));

        public static readonly DiagnosticDescriptor UndocumentedErrorCode = new(
            DiagnosticIds.UndocumentedErrorCode,
            title: "Error code is not documented by the provider",
            messageFormat: "Error code {0} is not documented by {1}, unlike the other codes of this handler ({2}); check for a typo, or declare it in error_code_analyzers.{3}.known_codes",
            category: UsageCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A code next to documented codes of one provider that the provider does not document is most often a typo.",
            helpLinkUri: HelpLink(DiagnosticIds.UndocumentedErrorCode));

        public static readonly DiagnosticDescriptor InvalidConfiguration = new(
            DiagnosticIds.InvalidConfiguration,
            title: "Error code analyzer configuration is not valid",
            messageFormat: "Configuration '{0} = {1}' is not valid: {2}",
            category: ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A value in .editorconfig, a global config or the ErrorCodeProviders MSBuild property could not be understood; the valid part of it still applies.",
            helpLinkUri: HelpLink(DiagnosticIds.InvalidConfiguration));
    }
}
