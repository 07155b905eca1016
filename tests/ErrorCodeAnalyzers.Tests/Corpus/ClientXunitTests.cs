// Corpus: xunit tests of the clients, asserting on codes (and on many ordinary values).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using Corpus.Coinone;
using Corpus.Okx;
using Corpus.Tim.Login;
using Corpus.Tim.Messaging;
using Xunit;

namespace Corpus.Tests.Xunit;

public sealed class FakeResponse
{
    public int ErrorCode { get; init; }

    public string Code { get; init; } = "0";

    public HttpStatusCode StatusCode { get; init; } = HttpStatusCode.OK;

    public List<string> Items { get; init; } = new();
}

public sealed class OkxClientTests
{
    private static FakeResponse Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new FakeResponse
        {
            Code = root.GetProperty("code").GetString()!,
            ErrorCode = int.Parse(root.GetProperty("code").GetString()!),
            Items = root.GetProperty("data").EnumerateArray().Select(e => e.GetRawText()).ToList(),
        };
    }

    [Fact]
    public void ChainNotSupported()
    {
        var response = Parse("{\"code\":\"50038\",\"msg\":\"This chain does not currently support.\",\"data\":[]}");
        Assert.Equal({|ECA0001:50038|}, response.ErrorCode);
        Assert.Equal({|ECA0001:"50038"|}, response.Code);
        Assert.Empty(response.Items);
        Assert.Equal(0, response.Items.Count);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Success()
    {
        var response = Parse("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"a\":1},{\"a\":2}]}");
        Assert.Equal("0", response.Code);
        Assert.Equal(0, response.ErrorCode);
        Assert.Equal(2, response.Items.Count);
    }

    [Theory]
    [InlineData("50011", true)]
    [InlineData("50013", true)]
    [InlineData("51001", false)]
    public void Retryable(string code, bool expected)
    {
        var retryable = code == {|ECA0001:"50011"|} || code == {|ECA0001:"50013"|};
        Assert.Equal(expected, retryable);
    }

    [Fact]
    public void Describe()
    {
        Assert.Equal("This chain is not supported.", OkxWeb3Client.Describe(ProviderErrorCodes.OkxWeb3Strings.General.ChainNotSupported));
        Assert.StartsWith("Unknown error", OkxWeb3Client.Describe("12345"));
    }

    [Fact]
    public void ExceptionCarriesTheCode()
    {
        var exception = new RateLimitExceeded("slow down");
        Assert.Equal({|ECA0001:"50011"|}, exception.Code);
        Assert.NotEqual({|ECA0001:"50013"|}, exception.Code);
        Assert.Equal("slow down", exception.Message);
    }

    [Fact]
    public void Paging()
    {
        var pages = Enumerable.Range(0, 1000).Chunk(100).ToList();
        Assert.Equal(10, pages.Count);
        Assert.Equal(100, pages[0].Length);
        Assert.True(pages.Count == 10);
    }
}

public sealed class CoinoneClientTests
{
    [Fact]
    public void OrderNotFound()
    {
        var exception = new OrderNotFoundException("Order id is not exist");
        Assert.Equal({|ECA0001:"104"|}, exception.ErrorCode);
        Assert.True(exception.ErrorCode == {|ECA0001:"104"|});
        Assert.IsAssignableFrom<CoinoneException>(exception);
    }

    [Fact]
    public void Prices()
    {
        var formatted = CoinoneOrderClient.FormatPrices(new[] { 50000m, 104m, 0.5m }).ToList();
        Assert.Equal("50000 (round)", formatted[0]);
        Assert.Equal("104", formatted[1]);
        Assert.Equal(3, formatted.Count);
    }

    [Fact]
    public void BalanceErrors()
    {
        Assert.Equal("below minimum", CoinoneOrderClient.DescribeBalanceError(ProviderErrorCodes.CoinoneStrings.General.BelowMinimumWithdrawalQuantity));
        Assert.True(CoinoneOrderClient.IsWithdrawalBlocked(ProviderErrorCodes.CoinoneStrings.General.WithdrawalSuspended));
    }
}

public sealed class TencentClientTests
{
    [Fact]
    public void ClassifiesSendErrors()
    {
        Assert.Equal(SendResult.Muted, TimMessageClient.Classify({|ECA0001:20012|}));
        Assert.Equal(SendResult.RejectedByCallback, TimMessageClient.Classify(125000));
        Assert.Equal(SendResult.Failed, TimMessageClient.Classify(ProviderErrorCodes.TencentIm.Server.Message.InvalidMsgBodyFormat));
    }

    [Fact]
    public void LoginFailure()
    {
        var exception = new LoginFailedException({|ECA0001:-10001|}, "D2 expired");
        Assert.Equal({|ECA0001:-10001|}, exception.Code);
        Assert.False(TimLoginManager.IsSignatureProblem(exception));
        Assert.True(exception.Code != {|ECA0001:6206|});
    }

    [Fact]
    public void Batches()
    {
        var users = Enumerable.Range(0, 1005).Select(i => "user" + i).ToList();
        var batches = TimMessageClient.Batches(users).ToList();
        Assert.Equal(3, batches.Count);
        Assert.Equal(500, batches[0].Count);
        Assert.Equal(5, batches[2].Count);
        Assert.Equal(1005, users.Count);
    }
}
