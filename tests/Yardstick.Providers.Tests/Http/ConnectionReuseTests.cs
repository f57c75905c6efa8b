using System.Collections.Concurrent;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Providers.Tests.OpenAiCompatible;
using Yardstick.Tests.Loopback;

namespace Yardstick.Providers.Tests.Http;

public sealed class ConnectionReuseTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sequential_requests_reuse_one_connection(bool kernelTimestamps)
    {
        // Given a server that notes the connection of every request
        var connections = new ConcurrentBag<string>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            connections.Add(context.Connection.Id);
            await Sse.Stream(Sse.Chunk(content: "ok"))(context);
        });
        var provider = new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(5), kernelTimestamps),
            new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "m" });

        // When five requests are sent one after another
        for (var i = 0; i < 5; i++)
        {
            var run = await ProviderRun.CollectAsync(provider, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Null(run.Failure);
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        // Then they shared one pooled connection (a new connection per request would add a handshake to every TTFT)
        Assert.Single(connections.Distinct());
    }
}
