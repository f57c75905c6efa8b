using CsCheck;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Testing.Properties;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

/// <summary>The chunk parser never throws: any bytes become a chunk, or a chunk carrying a provider error.</summary>
public sealed class OpenAiChunkParserPropertyTests
{
    [Fact]
    public void Any_bytes_parse_to_a_chunk_or_an_error_chunk()
    {
        Fragments.JsonBytes(40, "choices", "delta", "content", "reasoning_content", "reasoning", "finish_reason", "usage", "prompt_tokens",
                "completion_tokens", "completion_tokens_details", "prompt_tokens_details", "reasoning_tokens", "cached_tokens", "error", "message", "code")
            .Sample(bytes => Bounded.Run(() =>
            {
                var chunk = OpenAiChunkParser.Parse(bytes, 0);
                Assert.True(chunk.Error is null || chunk.Error.Kind != Core.Providers.ErrorKind.None);
            }), iter: 3000);
    }
}
