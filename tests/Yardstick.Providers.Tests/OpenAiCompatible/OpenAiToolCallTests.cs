using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Tests.Loopback;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

public sealed class OpenAiToolCallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FunctionTool Lookup = new("lookup_order", "Finds an order by id.",
        """{"type":"object","properties":{"order_id":{"type":"string"}},"required":["order_id"]}""");

    [Fact]
    public async Task Tools_tool_choice_and_tool_turns_are_written_in_openai_shape()
    {
        // Given a server that captures the body
        string? body = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await Sse.Stream(Sse.Chunk(content: "ok"))(context);
        });
        var call = new ToolCall("call_1", "lookup_order", """{"order_id":"A7"}""");
        var request = new CompletionRequest
        {
            Messages = [ChatMessage.User("Where is A7?"), ChatMessage.AssistantCalls("", [call]), ChatMessage.Tool("call_1", """{"status":"shipped"}""")],
            Tools = [Lookup],
            ToolChoice = ToolChoice.Function("lookup_order"),
        };

        // When it is streamed
        await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), request, Ct);

        // Then the tools carry the schema as given, the choice names the function, and the turns carry the call and its id
        using var json = JsonDocument.Parse(body!);
        var root = json.RootElement;
        var tool = root.GetProperty("tools")[0];
        Assert.Equal("function", tool.GetProperty("type").GetString());
        Assert.Equal("lookup_order", tool.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("string", tool.GetProperty("function").GetProperty("parameters").GetProperty("properties").GetProperty("order_id").GetProperty("type").GetString());
        Assert.Equal("lookup_order", root.GetProperty("tool_choice").GetProperty("function").GetProperty("name").GetString());
        var messages = root.GetProperty("messages");
        var written = messages[1].GetProperty("tool_calls")[0];
        Assert.Equal(("call_1", "lookup_order", """{"order_id":"A7"}"""),
            (written.GetProperty("id").GetString(), written.GetProperty("function").GetProperty("name").GetString(), written.GetProperty("function").GetProperty("arguments").GetString()));
        Assert.Equal(("tool", "call_1"), (messages[2].GetProperty("role").GetString(), messages[2].GetProperty("tool_call_id").GetString()));
    }

    [Fact]
    public async Task A_plain_request_writes_no_tool_fields()
    {
        // Given a server that captures the body
        string? body = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await Sse.Stream(Sse.Chunk(content: "ok"))(context);
        });

        // When a request without tools is streamed
        await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), Requests.Hello, Ct);

        // Then nothing about tools is sent (servers without function calling reject the fields)
        Assert.DoesNotContain("tool", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streamed_tool_call_fragments_become_deltas_that_assemble_into_calls()
    {
        // Given a stream with two calls, the arguments of the first split over three chunks, and a tool_calls finish
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(
            """{"choices":[{"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"lookup_order","arguments":""}}]}}]}""",
            """{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"order"}}]}}]}""",
            """{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"_id\":\"A7\"}"}}]}}]}""",
            """{"choices":[{"delta":{"tool_calls":[{"index":1,"id":"call_b","function":{"name":"cancel_order","arguments":"{}"}}]}}]}""",
            Sse.Chunk(finishReason: "tool_calls")));

        // When it is streamed and the deltas are assembled
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);
        var assembler = new ToolCallAssembler();
        foreach (var delta in run.Events.OfType<ToolCallDelta>())
            assembler.Add(delta);

        // Then the stream is complete, carries no text deltas, and the two calls come out whole in index order
        Assert.Null(run.Failure);
        Assert.Empty(run.Deltas);
        Assert.Equal(4, run.Events.OfType<ToolCallDelta>().Count());
        Assert.Equal([new ToolCall("call_a", "lookup_order", """{"order_id":"A7"}"""), new ToolCall("call_b", "cancel_order", "{}")], assembler.Calls());
        Assert.Equal("tool_calls", run.Events.OfType<Finished>().Single().FinishReason);
    }
}
