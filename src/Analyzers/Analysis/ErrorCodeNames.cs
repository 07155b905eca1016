using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>
    /// The naming rule that decides whether a symbol or JSON member name denotes a provider error code.
    /// Documented in docs/error-code-naming.md; keep the two in step.
    /// </summary>
    /// <remarks>
    /// A name is an error code when, split into words (camelCase, PascalCase, snake_case, kebab-case),
    /// its last word is <c>code</c> or <c>codes</c> (ignoring a trailing representation word such as
    /// <c>Str</c> or <c>Value</c>), or it is one of the fused spellings <c>errcode</c>, <c>errorcode</c>,
    /// <c>retcode</c>, <c>rescode</c>, <c>errno</c>; and no word names another kind of code
    /// (HTTP status, exit code, HRESULT, postal, country, currency, language, verification, promotion...),
    /// except that words before an "error" word only exclude when they are HTTP or process words
    /// (<c>authErrorCode</c> is an error code, <c>authCode</c> and <c>httpErrorCode</c> are not).
    /// </remarks>
    internal static class ErrorCodeNames
    {
        // Splitting a name into words allocates, and a project repeats its names (CountryCode, response, PromoCode) on every
        // keystroke: both verdicts below are pure functions of the name, remembered process-wide.
        private static readonly NameVerdicts ErrorCodeVerdicts = new(Judge);
        private static readonly NameVerdicts OtherKindVerdicts = new(JudgeOtherKindOfCode);

        private static readonly HashSet<string> FusedErrorCodeWords = new(StringComparer.Ordinal)
        {
            "errcode", "errcodes", "errorcode", "errorcodes", "retcode", "retcodes", "rescode", "resultcode", "returncode", "errno", "errnum",
        };

        /// <summary>Words that qualify "code" as some other kind of code.</summary>
        private static readonly HashSet<string> OtherKindsOfCode = new(StringComparer.Ordinal)
        {
            // HTTP and processes
            "http", "https", "status", "statuses", "exit", "hresult", "hr", "signal",
            // places and languages
            "postal", "post", "postcode", "zip", "zipcode", "country", "countries", "region", "area", "city", "state", "province",
            "language", "lang", "locale", "culture", "iso", "geo", "dial", "phone", "airport", "station", "timezone",
            // money and commerce
            "currency", "currencies", "price", "tax", "vat", "sku", "product", "item", "promotion", "promo", "coupon", "voucher",
            "discount", "gift", "redeem", "redemption", "referral", "invite", "invitation", "bank", "swift", "bic", "sort", "routing",
            "branch", "store", "shop", "merchant", "market", "symbol", "asset", "coin", "ticker", "unit", "tracking", "shipping", "carrier",
            // secrets and verification
            "verification", "verify", "otp", "auth", "authorization", "authorisation", "oauth", "access", "pin", "pass", "passcode",
            "security", "confirmation", "confirm", "activation", "sms", "email", "mfa", "totp", "device", "user", "secret", "recovery",
            "qr", "qrcode", "bar", "barcode",
            // programming
            "hash", "hashcode", "key", "keycode", "char", "charcode", "unicode", "ascii", "op", "opcode", "source", "byte", "bytecode",
            "machine", "instruction", "type", "typecode", "class", "color", "colour", "scan", "short", "client", "company", "customer",
            "program", "promo", "share", "gender", "medical", "diagnosis", "icd", "naics", "sic", "hs",
        };

        /// <summary>The words of <see cref="OtherKindsOfCode"/> that exclude a name even before an "error" word (<c>httpErrorCode</c>).</summary>
        private static readonly HashSet<string> HttpAndProcessWords = new(StringComparer.Ordinal)
        {
            "http", "https", "status", "statuses", "exit", "hresult", "hr", "signal",
        };

        /// <summary>Trailing words that only say how the code is represented (<c>codeStr</c>, <c>errorCodeValue</c>).</summary>
        private static readonly HashSet<string> RepresentationWords = new(StringComparer.Ordinal)
        {
            "str", "string", "text", "value", "val", "raw", "int", "num", "number", "el", "elem", "element", "token", "node", "prop", "property", "json",
        };

        public static bool IsErrorCodeName(string? name)
        {
            if (name is null || name.Length == 0 || name.Length > 128)
            {
                return false;
            }

            // Every error-code name contains "code" (errorCode, retcode) or is an errno/errnum: a check without allocation
            // that rejects most names (quantity, orderId, retries) before they are split into words.
            if (!MayBeErrorCodeName(name))
            {
                return false;
            }

            return ErrorCodeVerdicts.Get(name);
        }

        /// <summary>
        /// Whether <paramref name="name"/> contains "code" or "errn" in any case: one pass over the characters, cheaper than
        /// two case-insensitive searches on the names of every comparison in a project.
        /// </summary>
        internal static bool MayBeErrorCodeName(string name)
        {
            for (var i = 0; i + 3 < name.Length; i++)
            {
                // ASCII letters only: OR-ing 0x20 lower-cases A-Z and leaves a-z as they are.
                switch (name[i] | 0x20)
                {
                    case 'c' when (name[i + 1] | 0x20) == 'o' && (name[i + 2] | 0x20) == 'd' && (name[i + 3] | 0x20) == 'e':
                    case 'e' when (name[i + 1] | 0x20) == 'r' && (name[i + 2] | 0x20) == 'r' && (name[i + 3] | 0x20) == 'n':
                        return true;
                }
            }

            return false;
        }

        private static bool Judge(string name)
        {
            var words = SplitWords(name);
            if (words.Count == 0)
            {
                return false;
            }

            var last = words.Count - 1;
            while (last > 0 && RepresentationWords.Contains(words[last]))
            {
                last--;
            }

            var lastWord = words[last];
            if (!(lastWord is "code" or "codes") && !FusedErrorCodeWords.Contains(lastWord))
            {
                return false;
            }

            // "auth error code" is an error code about authentication, unlike "auth code": before an "error" word only the
            // HTTP and process words still exclude (httpErrorCode, exitErrCode).
            var errorWord = FusedErrorCodeWords.Contains(lastWord) ? last : -1;
            for (var i = last - 1; i >= 0 && errorWord < 0; i--)
            {
                if (words[i] is "error" or "errors" or "err" or "errs")
                {
                    errorWord = i;
                }
            }

            for (var i = 0; i <= last; i++)
            {
                var excluding = i < errorWord ? HttpAndProcessWords : OtherKindsOfCode;

                // Also two words that are one when fused: hResultCode (h + result), PostCode.
                if (excluding.Contains(words[i]) || (i < last && excluding.Contains(words[i] + words[i + 1])))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when a name is plain <c>Code</c>/<c>Codes</c>, whose meaning depends on what it belongs to.</summary>
        public static bool IsUnqualifiedCode(string name) =>
            string.Equals(name, "Code", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Codes", StringComparison.OrdinalIgnoreCase);

        /// <summary>True when a receiver or type name says its <c>Code</c> is another kind of code (<c>country.Code</c>, <c>Currency.Code</c>).</summary>
        public static bool NamesOtherKindOfCode(string? name) =>
            !string.IsNullOrEmpty(name) && OtherKindVerdicts.Get(name!);

        private static bool JudgeOtherKindOfCode(string name)
        {
            foreach (var word in SplitWords(name))
            {
                if (OtherKindsOfCode.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Splits an identifier or JSON member name into lower-case words.</summary>
        public static List<string> SplitWords(string name)
        {
            var words = new List<string>(4);
            var start = -1;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(i);
                    continue;
                }

                if (start < 0)
                {
                    start = i;
                    continue;
                }

                var previous = name[i - 1];
                var boundary =
                    (char.IsUpper(c) && char.IsLower(previous)) ||
                    (char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(previous)) ||
                    (char.IsDigit(c) != char.IsDigit(previous));
                if (boundary)
                {
                    Flush(i);
                    start = i;
                }
            }

            Flush(name.Length);
            return words;

            void Flush(int end)
            {
                if (start >= 0 && end > start)
                {
                    words.Add(name.Substring(start, end - start).ToLowerInvariant());
                }

                start = -1;
            }
        }
    }

    /// <summary>
    /// A process-wide memo of a pure verdict on a name, capped so that a long IDE session cannot grow it without bound
    /// (past the cap, names are judged each time).
    /// </summary>
    internal sealed class NameVerdicts
    {
        private const int MaximumRememberedNames = 8192;
        private readonly ConcurrentDictionary<string, bool> verdicts = new(StringComparer.Ordinal);
        private readonly Func<string, bool> judge;
        private int rememberedNames;

        public NameVerdicts(Func<string, bool> judge) => this.judge = judge;

        public bool Get(string name)
        {
            if (verdicts.TryGetValue(name, out var verdict))
            {
                return verdict;
            }

            verdict = judge(name);
            if (Volatile.Read(ref rememberedNames) < MaximumRememberedNames && verdicts.TryAdd(name, verdict))
            {
                Interlocked.Increment(ref rememberedNames);
            }

            return verdict;
        }
    }
}
