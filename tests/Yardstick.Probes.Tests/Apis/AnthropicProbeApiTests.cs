using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Apis;

public sealed class AnthropicProbeApiTests
{
    [Fact]
    public async Task Tool_use_blocks_are_read_as_calls_and_tools_are_sent_with_input_schema()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
        {
            var city = Requests.Cities(body["messages"]![0]!["content"]!.GetValue<string>())[0];
            return FakeReply.Ok(new JsonObject
            {
                ["content"] = new JsonArray(new JsonObject { ["type"] = "tool_use", ["id"] = "toolu_1", ["name"] = "get_weather", ["input"] = new JsonObject { ["city"] = city, ["unit"] = "celsius" } }),
                ["stop_reason"] = "tool_use",
            });
        });

        var (outcome, context) = await endpoint.RunAsync(new FunctionCallingProbe(), api: ProbeApi.Anthropic);

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("tool_calls", context.Read(context.Cases[0]).FinishReason);
        Assert.NotNull(endpoint.Received[0]["tools"]![0]!["input_schema"]);
    }

    [Fact]
    public async Task A_streamed_answer_with_thinking_and_usage_is_read()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(
            new JsonObject { ["type"] = "message_start", ["message"] = new JsonObject { ["usage"] = new JsonObject { ["input_tokens"] = 12, ["cache_read_input_tokens"] = 7 } } },
            new JsonObject { ["type"] = "content_block_start", ["index"] = 0, ["content_block"] = new JsonObject { ["type"] = "thinking" } },
            new JsonObject { ["type"] = "content_block_delta", ["index"] = 0, ["delta"] = new JsonObject { ["type"] = "thinking_delta", ["thinking"] = "r, r, r" } },
            new JsonObject { ["type"] = "content_block_delta", ["index"] = 1, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = "3" } },
            new JsonObject { ["type"] = "message_delta", ["delta"] = new JsonObject { ["stop_reason"] = "end_turn" }, ["usage"] = new JsonObject { ["output_tokens"] = 20 } },
            new JsonObject { ["type"] = "message_stop" }));

        var (outcome, context) = await endpoint.RunAsync(new ReasoningStreamProbe(), api: ProbeApi.Anthropic);

        var answer = context.Read(context.Cases[0]);
        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("thinking", outcome.Observed["field"]);
        Assert.Equal("3", answer.Text);
        Assert.Equal(new Yardstick.Core.Providers.TokenUsage(12, 20, null, 7), answer.Usage);
        Assert.Equal("enabled", endpoint.Received[0]["thinking"]!["type"]!.GetValue<string>());
        Assert.False(endpoint.Received[0].ContainsKey("temperature"));
    }

    [Fact]
    public void System_text_goes_to_the_top_level_field_and_images_are_base64_sources()
    {
        var body = ProbeApi.Anthropic.Body("m", "be brief", [ProbeApi.Anthropic.UserWithImage("what?", "image/png", "AAAA")], 10);

        Assert.Equal("be brief", body["system"]!.GetValue<string>());
        Assert.Equal("base64", body["messages"]![0]!["content"]![0]!["source"]!["type"]!.GetValue<string>());
        Assert.Single(body["messages"]!.AsArray());
    }
}
