using CsCheck;
using Yardstick.Providers.Anthropic;
using Yardstick.Testing.Properties;

namespace Yardstick.Providers.Tests.Anthropic;

/// <summary>The Messages event parser never throws: any event type and bytes become a chunk, or a chunk carrying a provider error.</summary>
public sealed class AnthropicEventParserPropertyTests
{
    [Fact]
    public void Any_event_and_bytes_parse_to_a_chunk_or_an_error_chunk()
    {
        var eventTypes = Gen.OneOf(
            Gen.OneOf("message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop", "error", "ping", "message", ""),
            Gen.String[0, 16]);
        var data = Fragments.JsonBytes(40, "type", "message", "usage", "input_tokens", "output_tokens", "cache_read_input_tokens", "delta", "text",
            "thinking", "text_delta", "thinking_delta", "stop_reason", "content_block", "index", "error");
        Gen.Select(eventTypes, data).Sample((eventType, bytes) => Bounded.Run(() =>
        {
            var chunk = AnthropicEventParser.Parse(eventType, bytes, 0);
            Assert.True(chunk.Error is null || chunk.Error.Kind != Core.Providers.ErrorKind.None);
        }), iter: 3000);
    }
}
