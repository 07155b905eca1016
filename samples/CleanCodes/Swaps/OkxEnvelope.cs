using System.Text.Json.Serialization;

namespace WalletBackend.Swaps;

/// <summary>The envelope of every OKX Web3 (DEX API) response: code "0" means success.</summary>
public sealed class OkxEnvelope<T>
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = "";

    [JsonPropertyName("msg")]
    public string Msg { get; set; } = "";

    [JsonPropertyName("data")]
    public List<T> Data { get; set; } = [];
}

/// <summary>One swap quote of the DEX aggregator.</summary>
public sealed class SwapQuote
{
    [JsonPropertyName("fromTokenAmount")]
    public string FromTokenAmount { get; set; } = "";

    [JsonPropertyName("toTokenAmount")]
    public string ToTokenAmount { get; set; } = "";
}
