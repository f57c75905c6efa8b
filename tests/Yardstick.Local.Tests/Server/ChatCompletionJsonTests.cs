using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Local.Server;

namespace Yardstick.Local.Tests.Server;

public sealed class ChatCompletionJsonTests
{
    private readonly ChatCompletionJson _json = new("chatcmpl-1", 1_700_000_000, "tiny");

    [Fact]
    public void Reasoning_goes_out_as_reasoning_content_deltas()
    {
        var chunk = JsonNode.Parse(_json.Chunk(null, null, "let me think", null))!;

        var delta = chunk["choices"]![0]!["delta"]!.AsObject();
        Assert.Equal("let me think", (string?)delta["reasoning_content"]);
        Assert.False(delta.ContainsKey("content"));
        Assert.Null(chunk["choices"]![0]!["finish_reason"]);
        Assert.Equal(("chatcmpl-1", "chat.completion.chunk", 1_700_000_000L, "tiny"),
            ((string?)chunk["id"], (string?)chunk["object"], (long)chunk["created"]!, (string?)chunk["model"]));
    }

    [Fact]
    public void The_usage_chunk_has_no_choices_and_reports_reasoning_tokens()
    {
        var chunk = JsonNode.Parse(_json.UsageChunk(new TokenUsage(12, 30, 20)))!;

        Assert.Empty(chunk["choices"]!.AsArray());
        var usage = chunk["usage"]!;
        Assert.Equal((12, 30, 42, 20), ((int)usage["prompt_tokens"]!, (int)usage["completion_tokens"]!, (int)usage["total_tokens"]!,
            (int)usage["completion_tokens_details"]!["reasoning_tokens"]!));
    }

    [Fact]
    public void A_completion_carries_the_message_its_reasoning_and_the_finish_reason()
    {
        var completion = JsonNode.Parse(_json.Completion("4", "2+2", "stop", new TokenUsage(5, 3, 1)))!;

        var choice = completion["choices"]![0]!;
        Assert.Equal(("assistant", "4", "2+2", "stop"), ((string?)choice["message"]!["role"], (string?)choice["message"]!["content"],
            (string?)choice["message"]!["reasoning_content"], (string?)choice["finish_reason"]));
        Assert.Equal("chat.completion", (string?)completion["object"]);
    }
}
