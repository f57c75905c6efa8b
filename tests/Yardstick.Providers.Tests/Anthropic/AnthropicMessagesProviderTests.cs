using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Core.Providers;
using Yardstick.Providers.Anthropic;
using Yardstick.Providers.Http;
using Yardstick.Providers.Tests.OpenAiCompatible;
using Yardstick.Tests.Loopback;

namespace Yardstick.Providers.Tests.Anthropic;

public sealed class AnthropicMessagesProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AnthropicMessagesProvider Provider(Uri baseUrl) => new(ProviderHttpClients.Create(TimeSpan.FromSeconds(5)), new AnthropicMessagesProviderOptions
    {
        BaseUrl = baseUrl,
        Model = "claude-test",
        ApiKey = "ak-test",
        IdleTimeout = TimeSpan.FromSeconds(5),
    });

    private static RequestDelegate Stream(bool stop, params (string Type, string Data)[] events) => async context =>
    {
        await Sse.StartAsync(context.Response);
        foreach (var (type, data) in events)
            await Sse.DataAsync(context.Response, data, type);
        if (stop)
            await Sse.DataAsync(context.Response, """{"type":"message_stop"}""", "message_stop");
    };

    [Fact]
    public async Task Thinking_and_text_deltas_become_reasoning_and_answer_with_usage()
    {
        // Given a Messages stream with a thinking block, a text block, pings and usage
        await using var server = await LoopbackServer.StartAsync(Stream(true,
            ("message_start", """{"type":"message_start","message":{"id":"m","usage":{"input_tokens":12,"output_tokens":1}}}"""),
            ("content_block_start", """{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}}"""),
            ("ping", """{"type":"ping"}"""),
            ("content_block_delta", """{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Let me see"}}"""),
            ("content_block_delta", """{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"abc"}}"""),
            ("content_block_stop", """{"type":"content_block_stop","index":0}"""),
            ("content_block_delta", """{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Four"}}"""),
            ("message_delta", """{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":9}}""")));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(Provider(server.BaseUrl), cancellationToken: Ct);

        // Then reasoning then answer, usage merged from start and delta, and the stop reason
        Assert.Null(run.Failure);
        Assert.Equal([("Let me see", (string?)null), (null, "Four")], run.Deltas.Select(d => (d.Reasoning, d.Content)));
        Assert.Equal(new TokenUsage(12, 9, null), run.Events.OfType<UsageReported>().Single().Usage);
        Assert.Equal("end_turn", run.Events.OfType<Finished>().Single().FinishReason);
    }

    [Fact]
    public async Task A_stream_without_message_stop_fails_as_stream_cut()
    {
        await using var server = await LoopbackServer.StartAsync(Stream(false,
            ("content_block_delta", """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}""")));

        var run = await ProviderRun.CollectAsync(Provider(server.BaseUrl), cancellationToken: Ct);

        Assert.Equal(ErrorKind.StreamCut, run.Failure?.Kind);
        Assert.Single(run.Deltas);
    }

    [Theory]
    [InlineData("overloaded_error", ErrorKind.ServerError)]
    [InlineData("rate_limit_error", ErrorKind.RateLimited)]
    [InlineData("invalid_request_error", ErrorKind.ClientError)]
    public async Task A_streamed_error_event_fails_with_its_kind(string type, ErrorKind kind)
    {
        await using var server = await LoopbackServer.StartAsync(Stream(true,
            ("error", $$$"""{"type":"error","error":{"type":"{{{type}}}","message":"nope"}}""")));

        var run = await ProviderRun.CollectAsync(Provider(server.BaseUrl), cancellationToken: Ct);

        Assert.Equal(kind, run.Failure?.Kind);
    }

    [Fact]
    public async Task Request_goes_to_messages_with_the_key_header_and_system_apart()
    {
        string? body = null, key = null, version = null, path = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            path = context.Request.Path;
            key = context.Request.Headers["x-api-key"];
            version = context.Request.Headers["anthropic-version"];
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await Stream(true)(context);
        });

        await ProviderRun.CollectAsync(Provider(server.BaseUrl),
            new CompletionRequest { Messages = [ChatMessage.System("Terse."), ChatMessage.User("Hi")], MaxTokens = 9 }, Ct);

        Assert.Equal(("/v1/messages", "ak-test", "2023-06-01"), (path, key, version));
        using var json = JsonDocument.Parse(body!);
        Assert.Equal("Terse.", json.RootElement.GetProperty("system").GetString());
        Assert.Equal("user", json.RootElement.GetProperty("messages")[0].GetProperty("role").GetString());
        Assert.True(json.RootElement.GetProperty("stream").GetBoolean());
    }
}
