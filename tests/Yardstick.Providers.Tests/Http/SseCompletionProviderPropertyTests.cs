using System.Text;
using CsCheck;
using Yardstick.Core.Providers;
using Yardstick.Providers.Anthropic;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Providers.Tests.OpenAiCompatible;
using Yardstick.Testing.Properties;

namespace Yardstick.Providers.Tests.Http;

/// <summary>
/// Any response body, read through the SSE reader and a provider's event parser, either yields events or fails with a
/// <see cref="ProviderException"/> of a known kind; never another exception, never a hang.
/// </summary>
public sealed class SseCompletionProviderPropertyTests
{
    private static readonly string[] OpenAiFields = ["choices", "delta", "content", "reasoning_content", "reasoning", "finish_reason", "usage",
        "prompt_tokens", "completion_tokens", "completion_tokens_details", "reasoning_tokens", "error", "message", "index"];

    private static readonly string[] AnthropicFields = ["type", "message", "usage", "input_tokens", "output_tokens", "delta", "text", "thinking",
        "stop_reason", "content_block", "index", "error"];

    /// <summary>SSE framing around JSON-ish data: lines, fields, comments, separators and the terminators.</summary>
    private static Gen<byte[]> SseBody(string[] fields, params string[] eventTypes) =>
        Gen.Frequency(
            (1, Gen.Byte.Array[0, 2048]),
            (4, Gen.OneOf(
                    Fragments.JsonText(24, fields).Select(json => $"data: {json}\n\n"),
                    Gen.OneOf(eventTypes).Select(t => $"event: {t}\n"),
                    Gen.OneOf("data: [DONE]\n\n", ": keep-alive\n", "\n", "\r\n", "\r", "data:", "data", "id: 1\n", "retry: 5\n", "data: \n\n"))
                .Array[0, 30].Select(string.Concat).Select(Encoding.UTF8.GetBytes)),
            (2, Fragments.Damaged(Fragments.JsonText(24, fields).Array[1, 8].Select(events => string.Concat(events.Select(e => $"data: {e}\n\n")) + "data: [DONE]\n\n"))));

    [Fact]
    public void OpenAi_streams_of_arbitrary_bytes_end_in_events_or_a_provider_error()
    {
        SseBody(OpenAiFields, "message").Sample(body => Bounded.Run(() => Collect(body, http => new OpenAiChatProvider(http, new OpenAiChatProviderOptions
        {
            BaseUrl = new Uri("http://127.0.0.1:9/v1"), Model = "m",
        }))), iter: 400);
    }

    [Fact]
    public void Anthropic_streams_of_arbitrary_bytes_end_in_events_or_a_provider_error()
    {
        SseBody(AnthropicFields, "message_start", "content_block_start", "content_block_delta", "message_delta", "message_stop", "error", "ping")
            .Sample(body => Bounded.Run(() => Collect(body, http => new AnthropicMessagesProvider(http, new AnthropicMessagesProviderOptions
            {
                BaseUrl = new Uri("http://127.0.0.1:9/v1"), Model = "m",
            }))), iter: 400);
    }

    private static void Collect(byte[] body, Func<HttpClient, ICompletionProvider> create)
    {
        using var http = new HttpClient(new BytesHandler(body));
        var run = ProviderRun.CollectAsync(create(http)).GetAwaiter().GetResult();
        if (run.Failure is { } failure)
            Assert.NotEqual(ErrorKind.None, failure.Kind);
    }
}
