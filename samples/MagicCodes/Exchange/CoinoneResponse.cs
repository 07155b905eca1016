using System.Text.Json.Serialization;

namespace WalletBackend.Exchange;

/// <summary>The envelope of every Coinone private API response.</summary>
public sealed class CoinoneResponse
{
    [JsonPropertyName("result")]
    public string Result { get; set; } = "";

    /// <summary>"0" on success; otherwise one of Coinone's documented error codes, as a string.</summary>
    [JsonPropertyName("error_code")]
    public string ErrorCode { get; set; } = "";

    [JsonPropertyName("error_msg")]
    public string? ErrorMessage { get; set; }

    [JsonPropertyName("order_id")]
    public string? OrderId { get; set; }

    public bool IsSuccess => Result == "success";
}
