using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.Anthropic;

/// <summary>
/// Streams the Anthropic Messages API and measures it like <see cref="SseCompletionProvider"/>: thinking deltas are
/// reasoning, text deltas are answer, and the stream must end with <c>message_stop</c>.
/// </summary>
public sealed class AnthropicMessagesProvider(HttpClient httpClient, AnthropicMessagesProviderOptions options)
    : SseCompletionProvider(httpClient, options)
{
    public override string Describe => $"anthropic-messages {options.SafeBaseUrl} model={options.Model}";

    private protected override string Terminator => "event: message_stop";

    // Anthropic's tool_use blocks are not translated yet: refusing beats silently sending a plain chat request.
    private protected override HttpRequestMessage CreateRequest(CompletionRequest request) =>
        request.Tools.Count > 0 || request.Messages.Any(m => m.ToolCalls.Count > 0 || m.ToolCallId is not null)
            ? throw new ProviderException(ErrorKind.ClientError, "Function calling (tools) is not supported for the anthropic-messages API style in Yardstick.")
            : request.Messages.Any(m => m.Images.Count > 0)
                ? throw new ProviderException(ErrorKind.ClientError, "Images are not supported for the anthropic-messages API style in Yardstick (use an OpenAI-compatible endpoint).")
                : AnthropicRequestWriter.Create(request, options);

    private protected override StreamChunk ParseEvent(string eventType, ReadOnlySpan<byte> data, long arrivalTimestamp) =>
        AnthropicEventParser.Parse(eventType, data, arrivalTimestamp);
}
