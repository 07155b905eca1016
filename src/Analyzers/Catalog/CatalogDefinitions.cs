using System.Collections.Immutable;

namespace ErrorCodeAnalyzers.Catalog
{
    /// <summary>A provider's catalog as compiled into the analyzer (see catalogs/*.json).</summary>
    internal sealed class ProviderDefinition
    {
        public ProviderDefinition(string id, string displayName, string className, string catalogFile, SectionDefinition[] sections, CodeDefinition[] codes, RangeDefinition[] ranges)
        {
            Id = id;
            DisplayName = displayName;
            ClassName = className;
            CatalogFile = catalogFile;
            Sections = ImmutableArray.Create(sections);
            Codes = ImmutableArray.Create(codes);
            Ranges = ImmutableArray.Create(ranges);
            foreach (var section in sections)
            {
                section.Provider = this;
            }

            foreach (var code in codes)
            {
                code.Attach(this, sections[code.SectionIndex]);
            }

            foreach (var range in ranges)
            {
                range.Attach(this, sections[range.SectionIndex]);
            }
        }

        /// <summary>The id used in configuration, e.g. <c>immutable-link</c>.</summary>
        public string Id { get; }

        public string DisplayName { get; }

        /// <summary>Root class of the generated constants, e.g. <c>ImmutableLink</c>.</summary>
        public string ClassName { get; }

        public string CatalogFile { get; }

        public ImmutableArray<SectionDefinition> Sections { get; }

        public ImmutableArray<CodeDefinition> Codes { get; }

        public ImmutableArray<RangeDefinition> Ranges { get; }

        /// <summary>Bit of this provider in a <see cref="ProviderSet"/>.</summary>
        public int Index { get; internal set; }

        public bool IsInRange(long value)
        {
            foreach (var range in Ranges)
            {
                if (value >= range.From && value <= range.To)
                {
                    return true;
                }
            }

            return false;
        }

        public override string ToString() => Id;
    }

    internal sealed class SectionDefinition
    {
        public SectionDefinition(string id, string title)
        {
            Id = id;
            Title = title;
        }

        /// <summary>Dotted path of nested class names, e.g. <c>Sdk.Account</c>.</summary>
        public string Id { get; }

        public string Title { get; }

        public ProviderDefinition Provider { get; internal set; } = null!;

        /// <summary>The lowest and highest code of the section (ECA0004 looks for typos within them).</summary>
        public int MinimumCode { get; private set; } = int.MaxValue;

        public int MaximumCode { get; private set; } = int.MinValue;

        internal void Include(int code)
        {
            MinimumCode = System.Math.Min(MinimumCode, code);
            MaximumCode = System.Math.Max(MaximumCode, code);
        }

        public override string ToString() => Provider.Id + "/" + Id;
    }

    /// <summary>One documented code of one provider.</summary>
    internal sealed class CodeDefinition
    {
        public CodeDefinition(int code, int sectionIndex, string name, string? message, string? developerActions, string? obsoleteReason, string? mandatoryReason, bool isSuccess, int httpStatus)
        {
            Code = code;
            SectionIndex = sectionIndex;
            Name = name;
            Message = message ?? string.Empty;
            DeveloperActions = developerActions;
            ObsoleteReason = obsoleteReason;
            MandatoryReason = mandatoryReason;
            IsSuccess = isSuccess;
            HttpStatus = httpStatus;
        }

        public int Code { get; }

        public int SectionIndex { get; }

        public string Name { get; }

        /// <summary>The provider's own words for the code (its message, or its description).</summary>
        public string Message { get; }

        /// <summary>What the document tells developers (or users) to do, when it says.</summary>
        public string? DeveloperActions { get; }

        public string? ObsoleteReason { get; }

        public string? MandatoryReason { get; }

        public bool IsObsolete => ObsoleteReason is not null;

        public bool IsMandatory => MandatoryReason is not null;

        public bool IsSuccess { get; }

        /// <summary>HTTP status the code comes with (OKX), or 0.</summary>
        public int HttpStatus { get; }

        public ProviderDefinition Provider { get; private set; } = null!;

        public SectionDefinition Section { get; private set; } = null!;

        /// <summary>Fully-qualified name of the <c>const int</c>, e.g. <c>ProviderErrorCodes.ImmutableLink.Deposits.InsufficientFunds</c>.</summary>
        public string ConstantName { get; private set; } = null!;

        /// <summary>Fully-qualified name of the <c>const string</c> twin.</summary>
        public string StringConstantName { get; private set; } = null!;

        /// <summary>Name relative to the provider class, e.g. <c>Deposits.InsufficientFunds</c>.</summary>
        public string ShortName { get; private set; } = null!;

        internal void Attach(ProviderDefinition provider, SectionDefinition section)
        {
            Provider = provider;
            Section = section;
            section.Include(Code);
            ShortName = section.Id + "." + Name;
            ConstantName = CatalogData.ConstantsNamespace + "." + provider.ClassName + "." + ShortName;
            StringConstantName = CatalogData.ConstantsNamespace + "." + provider.ClassName + CatalogData.StringsClassSuffix + "." + ShortName;
        }

        public override string ToString() => Provider.Id + " " + Code + " " + Name;
    }

    /// <summary>A documented range of codes (Tencent 120001-130000: codes an app's own callback returns).</summary>
    internal sealed class RangeDefinition
    {
        public RangeDefinition(int from, int to, int sectionIndex, string name, string? description)
        {
            From = from;
            To = to;
            SectionIndex = sectionIndex;
            Name = name;
            Description = description ?? string.Empty;
        }

        public int From { get; }

        public int To { get; }

        public int SectionIndex { get; }

        public string Name { get; }

        public string Description { get; }

        public ProviderDefinition Provider { get; private set; } = null!;

        public SectionDefinition Section { get; private set; } = null!;

        internal void Attach(ProviderDefinition provider, SectionDefinition section)
        {
            Provider = provider;
            Section = section;
        }
    }
}
