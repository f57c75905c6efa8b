using System.Text;
using Yardstick.Core.Providers;
using Yardstick.Providers.OpenAiCompatible;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

public sealed class OpenAiChunkParserTests
{
    [Theory]
    [InlineData("""{"choices":[{"index":0,"delta":{"role":"assistant"}}]}""", null, null, null, false)]
    [InlineData("""{"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""", "Hi", null, null, false)]
    [InlineData("""{"choices":[{"delta":{"reasoning_content":"hm"}}]}""", null, "hm", null, false)]
    [InlineData("""{"choices":[{"delta":{"reasoning":"hm","reasoning_content":"hm"}}]}""", null, "hm", null, false)]
    [InlineData("""{"choices":[{"delta":{"content":null,"reasoning":"r"}}]}""", null, "r", null, false)]
    [InlineData("""{"choices":[{"delta":{},"finish_reason":"length"}]}""", null, null, "length", false)]
    [InlineData("""{"choices":[{"delta":{"content":"a"}},{"delta":{"content":"b"}}]}""", "a", null, null, false)]
    [InlineData("""{"choices":[]}""", null, null, null, true)]
    [InlineData("""{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","system_fingerprint":null,"choices":[{"index":0,"delta":{"content":"ok","tool_calls":[{"a":[1,2]}]},"logprobs":null}]}""", "ok", null, null, false)]
    public void Parses_the_first_choice_of_a_chunk(string json, string? content, string? reasoning, string? finish, bool emptyChoices)
    {
        // Given a chunk's bytes; When parsed
        var chunk = OpenAiChunkParser.Parse(Encoding.UTF8.GetBytes(json), 123);

        // Then the fields are read and the arrival timestamp is kept
        Assert.Null(chunk.Error);
        Assert.Equal((content, reasoning, finish, emptyChoices), (chunk.Content, chunk.Reasoning, chunk.FinishReason, chunk.EmptyChoices));
        Assert.Equal(123, chunk.Timestamp);
    }

    [Theory]
    [InlineData("""{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}""", 3, 4, null, null)]
    [InlineData("""{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":9,"completion_tokens_details":{"reasoning_tokens":5},"prompt_tokens_details":{"cached_tokens":2}}}""", 3, 9, 5, 2)]
    [InlineData("""{"usage":{"completion_tokens":4,"completion_tokens_details":null}}""", null, 4, null, null)]
    public void Reads_usage(string json, int? prompt, int? completion, int? reasoning, int? cached)
    {
        var chunk = OpenAiChunkParser.Parse(Encoding.UTF8.GetBytes(json), 0);

        Assert.Equal(new TokenUsage(prompt, completion, reasoning, cached), chunk.Usage);
        Assert.False(chunk.EmptyChoices);
    }

    [Theory]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"c1","type":"function","function":{"name":"f","arguments":"{\"a\""}}]}}]}""", 0, "c1", "f", "{\"a\"")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"index":2,"function":{"arguments":":1}"}}]}}]}""", 2, null, null, ":1}")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"function":{"name":"no_index"}},{"index":1,"function":{"name":"g","arguments":null}}]}}]}""", 1, null, "g", null)]
    public void Reads_tool_call_fragments_and_skips_those_without_an_index(string json, int index, string? id, string? name, string? arguments)
    {
        // Given a chunk with tool-call fragments; When parsed
        var chunk = OpenAiChunkParser.Parse(System.Text.Encoding.UTF8.GetBytes(json), 0);

        // Then the one usable fragment is read field by field
        Assert.Null(chunk.Error);
        var fragment = Assert.Single(chunk.ToolCalls);
        Assert.Equal((index, id, name, arguments), (fragment.Index, fragment.Id, fragment.Name, fragment.Arguments));
    }

    [Theory]
    [InlineData("[DONE]")]
    [InlineData(" [DONE] ")]
    public void Recognises_the_terminator(string data) =>
        Assert.True(OpenAiChunkParser.Parse(Encoding.UTF8.GetBytes(data), 0).Done);

    [Theory]
    [InlineData("{not json", ErrorKind.MalformedEvent)]
    [InlineData("[1,2]", ErrorKind.MalformedEvent)]
    [InlineData("""{"choices":{"delta":1}}""", ErrorKind.MalformedEvent)]
    [InlineData("""{"choices":[{"delta":{"content":5}}]}""", ErrorKind.MalformedEvent)]
    [InlineData("""{"choices":[{"delta":{"content":"a"}}]""", ErrorKind.MalformedEvent)]
    [InlineData("""{"error":{"message":"overloaded","code":429}}""", ErrorKind.RateLimited)]
    [InlineData("""{"error":"plain"}""", ErrorKind.ServerError)]
    public void Bad_or_error_events_carry_an_error_instead_of_throwing(string json, ErrorKind kind) =>
        Assert.Equal(kind, OpenAiChunkParser.Parse(Encoding.UTF8.GetBytes(json), 0).Error?.Kind);

    [Fact]
    public void Invalid_utf8_is_its_own_error()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"choices":[{"delta":{"content":"x"}}]}""");
        bytes[bytes.Length - 7] = 0xFF;

        Assert.Equal(ErrorKind.InvalidUtf8, OpenAiChunkParser.Parse(bytes, 0).Error?.Kind);
    }
}
