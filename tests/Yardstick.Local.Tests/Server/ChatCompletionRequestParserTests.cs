using System.Text;
using Yardstick.Local.Server;

namespace Yardstick.Local.Tests.Server;

public sealed class ChatCompletionRequestParserTests
{
    private static ChatCompletionCall Parse(string json) => ChatCompletionRequestParser.Parse(Encoding.UTF8.GetBytes(json), defaultMaxTokens: 999);

    [Fact]
    public void Reads_messages_sampling_stop_and_stream_options()
    {
        var call = Parse("""
            {"model":"m","stream":true,"stream_options":{"include_usage":true},"max_completion_tokens":5,"temperature":0.5,
             "seed":3,"stop":["\n\n","END"],"ignore_eos":true,"top_p":0.9,
             "messages":[{"role":"developer","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"Hi "},{"type":"text","text":"there"}]}]}
            """);

        Assert.Equal(("m", true, true), (call.Model, call.Stream, call.IncludeUsage));
        Assert.Equal((5, 0.5, 3, true), (call.Request.MaxTokens, call.Request.Temperature, call.Request.Seed, call.Request.IgnoreEos));
        Assert.Equal(["\n\n", "END"], call.Request.Stop);
        Assert.Equal([("system", "Be brief."), ("user", "Hi there")], call.Request.Messages.Select(m => (m.Role, m.Content)));
    }

    [Fact]
    public void Defaults_follow_openai_temperature_one_and_no_token_limit_below_the_context()
    {
        var call = Parse("""{"model":"m","messages":[{"role":"user","content":"x"}],"stop":"Q:"}""");

        Assert.Equal((999, 1.0, false, false), (call.Request.MaxTokens, call.Request.Temperature, call.Stream, call.IncludeUsage));
        Assert.Equal(["Q:"], call.Request.Stop);
    }

    [Theory]
    [InlineData("[]", null)]
    [InlineData("""{"messages":[{"role":"user","content":"x"}]}""", "model")]
    [InlineData("""{"model":"m"}""", "messages")]
    [InlineData("""{"model":"m","messages":[]}""", "messages")]
    [InlineData("""{"model":"m","messages":[{"role":"wizard","content":"x"}]}""", "messages[0].role")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":[{"type":"image_url"}]}]}""", "messages[0].content")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":0}""", "max_tokens")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":"ten"}""", "max_tokens")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":3}""", "temperature")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"n":2}""", "n")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"stop":["a","b","c","d","e"]}""", "stop")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"stream":"yes"}""", "stream")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"stream_options":{"include_usage":true}}""", "stream_options")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f","parameters":{}}}]}""", "tools")]
    public void Rejects_bad_input_naming_the_parameter(string json, string? param)
    {
        var error = Assert.Throws<OpenAiRequestException>(() => Parse(json));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(param, error.Param);
        Assert.Equal("invalid_request_error", error.Type);
    }

    [Theory]
    [InlineData(""","tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}]""", "tools")]
    [InlineData(",\"tool_choice\":\"required\"", "tool_choice")]
    [InlineData(""","tool_choice":{"type":"function","function":{"name":"f"}}""", "tool_choice")]
    [InlineData(""","response_format":{"type":"json_object"}""", "response_format")]
    [InlineData(""","response_format":{"type":"json_schema","json_schema":{"name":"x","schema":{}}}""", "response_format")]
    [InlineData(""","logprobs":true""", "logprobs")]
    [InlineData(""","top_logprobs":3""", "top_logprobs")]
    public void Unsupported_features_are_refused_naming_the_field_never_ignored(string field, string param)
    {
        var error = Assert.Throws<OpenAiRequestException>(() => Parse("""{"model":"m","messages":[{"role":"user","content":"x"}]""" + field + "}"));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(param, error.Param);
        Assert.Equal("unsupported_parameter", error.Code);
    }

    [Theory]
    [InlineData(""","tools":[]""")]
    [InlineData(",\"tool_choice\":\"none\"")]
    [InlineData(""","response_format":{"type":"text"}""")]
    [InlineData(""","logprobs":false""")]
    public void Neutral_values_of_those_fields_are_accepted(string field) =>
        Assert.Equal("m", Parse("""{"model":"m","messages":[{"role":"user","content":"x"}]""" + field + "}").Model);

    [Fact]
    public void An_image_part_is_refused_as_image_input()
    {
        var error = Assert.Throws<OpenAiRequestException>(() => Parse(
            """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"what?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]}]}"""));

        Assert.Equal("messages[0].content", error.Param);
        Assert.Contains("image input is not supported", error.Message, StringComparison.Ordinal);
    }
}
