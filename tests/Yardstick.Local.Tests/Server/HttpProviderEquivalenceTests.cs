using Yardstick.Core.Catalog;
using Yardstick.Core.Providers;
using Yardstick.Local.Tests.Support;
using Yardstick.Providers;
using Yardstick.Providers.Retries;

namespace Yardstick.Local.Tests.Server;

/// <summary>
/// The same model in-process and over HTTP through the OpenAI-compatible server, read by Yardstick's own HTTP provider:
/// perf, eval and probe code get the same text, usage and finish reason from both.
/// </summary>
public sealed class HttpProviderEquivalenceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private ICompletionProvider Http => ProviderFactory.Create(
        new ProviderEndpoint { ApiStyle = ApiStyle.OpenAiChat, BaseUrl = new Uri(server.BaseAddress, "/v1/"), Model = server.ModelId, SendIgnoreEos = true },
        new RetryOptions { MaxRetries = 0 });

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 7)]
    [InlineData(1.5, 21)]
    public async Task Http_and_in_process_give_the_same_text_usage_and_finish_reason(double temperature, int seed)
    {
        // Given one request
        var request = new CompletionRequest
        {
            Messages = [ChatMessage.System("Answer briefly."), ChatMessage.User("What is the answer?")],
            MaxTokens = 32,
            Temperature = temperature,
            Seed = seed,
            IgnoreEos = true,
        };

        // When it runs in-process and over HTTP
        var local = await CompletionRun.CollectAsync(server.Provider, request, TestContext.Current.CancellationToken);
        var http = await CompletionRun.CollectAsync(Http, request, TestContext.Current.CancellationToken);

        // Then both streams say the same
        Assert.Equal(local.Content, http.Content);
        Assert.Equal(local.Reasoning, http.Reasoning);
        Assert.Equal(local.Usage with { CachedPromptTokens = null }, http.Usage with { CachedPromptTokens = null });
        Assert.Equal(("length", "length"), (local.FinishReason, http.FinishReason));
        Assert.IsType<RequestStarted>(http.Events[0]);
        Assert.IsType<Finished>(http.Events[^1]);
    }
}
