using System.Net;
using System.Text;

namespace WalletBackend.Infrastructure;

/// <summary>
/// Answers HTTP requests with recorded provider responses, in order, so the sample runs without
/// network access or credentials. A real client passes a plain <see cref="HttpClient"/> instead.
/// </summary>
public sealed class CannedResponses(params (HttpStatusCode Status, string Json)[] responses) : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Json)> _responses = new(responses);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (status, json) = _responses.Count > 0 ? _responses.Dequeue() : (HttpStatusCode.ServiceUnavailable, "{}");
        Console.WriteLine($"    {request.Method} {request.RequestUri?.PathAndQuery} -> {(int)status} {json}");
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        });
    }
}
