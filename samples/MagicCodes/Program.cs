// The sample backend talks to four providers. Here each client runs against recorded provider
// responses (no network, no credentials) and prints what it decides about each error.
using System.Net;
using System.Text.Json;
using WalletBackend.Deposits;
using WalletBackend.Exchange;
using WalletBackend.Infrastructure;
using WalletBackend.Messaging;
using WalletBackend.Swaps;

Console.WriteLine("Coinone: place an order with a stale nonce, then without enough balance");
var coinone = new CoinoneClient(Client("https://api.coinone.co.kr",
    (HttpStatusCode.OK, """{"result":"error","error_code":"131","error_msg":"Nonce must be bigger then last nonce"}"""),
    (HttpStatusCode.OK, """{"result":"error","error_code":"103","error_msg":"Lack of balance"}""")));
await Report(() => coinone.PlaceLimitOrderAsync("BTC", 95_000_000m, 0.001m));

Console.WriteLine("OKX Web3: a swap quote while rate limited");
var okx = new OkxDexClient(Client("https://web3.okx.com",
    (HttpStatusCode.TooManyRequests, """{"code":"50011","msg":"Too Many Requests","data":[]}"""),
    (HttpStatusCode.OK, """{"code":"0","msg":"","data":[{"fromTokenAmount":"1000000","toTokenAmount":"998512"}]}""")));
await Report(async () => (await okx.GetQuoteAsync("1", "0xA0b8", "0xdAC1", "1000000")).ToTokenAmount);

Console.WriteLine("Tencent IM: a notification with an expired administrator UserSig");
var tim = new TimNotificationSender(Client("https://console.tim.qq.com",
    (HttpStatusCode.OK, """{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}"""),
    (HttpStatusCode.OK, """{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}""")), () => "eJw1jcEKgjAYgF9l7GyqS5sTvBQUiERI0aHLWP7qwtkJj...");
await Report(async () => { await tim.SendAsync("user-42", "Your deposit arrived."); return "sent"; });

Console.WriteLine("Immutable X Link: deposit outcomes reported by the web page");
foreach (var json in new[] { """{"succeeded":false,"errorCode":2002}""", """{"succeeded":false,"errorCode":1004}""" })
{
    var result = JsonSerializer.Deserialize<LinkDepositResult>(json, JsonSerializerOptions.Web)!;
    Console.WriteLine($"    {json}: {LinkDepositFeedback.For(result)}");
}

static HttpClient Client(string baseAddress, params (HttpStatusCode, string)[] responses) =>
    new(new CannedResponses(responses)) { BaseAddress = new Uri(baseAddress) };

static async Task Report(Func<Task<string>> call)
{
    try
    {
        Console.WriteLine($"    => {await call()}");
    }
    catch (ProviderException e)
    {
        Console.WriteLine($"    => gave up: {e.Message}");
    }
}
