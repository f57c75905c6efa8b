using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.OpenAiCompatible;

/// <summary>
/// Streams OpenAI-compatible chat completions (<c>POST {BaseUrl}/chat/completions</c>, <c>stream: true</c>, usage
/// requested) and measures them: see <see cref="SseCompletionProvider"/>. Reasoning arrives as
/// <c>reasoning_content</c> or <c>reasoning</c> deltas; <c>&lt;think&gt;</c> text inside content is passed through as
/// content and split by the recorder. The stream must end with <c>data: [DONE]</c>.
/// </summary>
public sealed class OpenAiChatProvider(HttpClient httpClient, OpenAiChatProviderOptions options)
    : SseCompletionProvider(httpClient, options)
{
    public override string Describe => $"openai-chat {options.SafeBaseUrl} model={options.Model}";

    private protected override string Terminator => "data: [DONE]";

    private protected override HttpRequestMessage CreateRequest(CompletionRequest request) =>
        OpenAiChatRequestWriter.Create(request, options);

    private protected override StreamChunk ParseEvent(string eventType, ReadOnlySpan<byte> data, long arrivalTimestamp) =>
        OpenAiChunkParser.Parse(data, arrivalTimestamp);
}
