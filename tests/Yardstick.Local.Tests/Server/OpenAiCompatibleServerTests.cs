using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Local.Tests.Support;

namespace Yardstick.Local.Tests.Server;

public sealed class OpenAiCompatibleServerTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private JsonObject Body(int maxTokens = 8, bool stream = false) => new()
    {
        ["model"] = server.ModelId,
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "What is the answer?" }),
        ["max_tokens"] = maxTokens,
        ["temperature"] = 0,
        ["ignore_eos"] = true,
        ["stream"] = stream,
    };

    private Task<HttpResponseMessage> PostAsync(JsonNode body, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead) =>
        server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        }, completion, Cancellation);

    [Fact]
    public async Task Models_lists_the_served_model()
    {
        var models = await server.Client.GetFromJsonAsync<JsonObject>("/v1/models", Cancellation);

        Assert.Equal("list", (string?)models!["object"]);
        var only = Assert.Single(models["data"]!.AsArray());
        Assert.Equal(server.ModelId, (string?)only!["id"]);
        Assert.Equal("model", (string?)only["object"]);
    }

    [Fact]
    public async Task A_non_streaming_completion_has_message_usage_and_finish_reason()
    {
        using var response = await PostAsync(Body(maxTokens: 8));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completion = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!;
        Assert.Equal("chat.completion", (string?)completion["object"]);
        var choice = completion["choices"]![0]!;
        Assert.Equal("assistant", (string?)choice["message"]!["role"]);
        Assert.False(string.IsNullOrEmpty((string?)choice["message"]!["content"]) && choice["message"]!["reasoning_content"] is null);
        Assert.Equal("length", (string?)choice["finish_reason"]);
        Assert.Equal(8, (int)completion["usage"]!["completion_tokens"]!);
        Assert.Equal((int)completion["usage"]!["prompt_tokens"]! + 8, (int)completion["usage"]!["total_tokens"]!);
        Assert.NotNull(completion["usage"]!["completion_tokens_details"]!["reasoning_tokens"]);
    }

    [Fact]
    public async Task A_streaming_completion_sends_role_chunk_text_finish_usage_and_done()
    {
        // Given a streaming request that asks for usage
        var body = Body(maxTokens: 8, stream: true);
        body["stream_options"] = new JsonObject { ["include_usage"] = true };

        // When its events are read
        using var response = await PostAsync(body, HttpCompletionOption.ResponseHeadersRead);
        var events = await SseEvents.ReadAsync(response, Cancellation);

        // Then: role-only chunk first, text chunks, one finish reason, a usage chunk without choices, then [DONE]
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("[DONE]", events[^1]);
        var chunks = events.SkipLast(1).Select(e => JsonNode.Parse(e)!).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", (string?)c["object"]));
        Assert.Equal("assistant", (string?)chunks[0]["choices"]![0]!["delta"]!["role"]);
        var choices = chunks.SelectMany(c => c["choices"]!.AsArray()).ToList();
        Assert.Equal(["length"], choices.Select(c => (string?)c!["finish_reason"]).Where(r => r is not null));
        Assert.NotEmpty(string.Concat(choices.Select(c => (string?)c!["delta"]!["content"] + (string?)c!["delta"]!["reasoning_content"])));
        Assert.Empty(chunks[^1]["choices"]!.AsArray());
        Assert.Equal(8, (int)chunks[^1]["usage"]!["completion_tokens"]!);
        Assert.NotNull(chunks[^1]["usage"]!["completion_tokens_details"]!["reasoning_tokens"]);
    }

    [Fact]
    public async Task Think_blocks_stream_as_reasoning_content_deltas_with_reasoning_tokens_in_usage()
    {
        // Given a seed whose sampled run writes a think block (about one run in ten does; the seeds make it repeatable)
        JsonObject? request = null;
        for (var seed = 0; seed < 200 && request is null; seed++)
        {
            var body = Body(maxTokens: 64);
            body["temperature"] = 1.5;
            body["seed"] = seed;
            using var response = await PostAsync(body);
            var completion = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!;
            if (completion["choices"]![0]!["message"]!["reasoning_content"] is not null)
                request = body;
        }
        Assert.NotNull(request);

        // When the same request streams with usage
        request["stream"] = true;
        request["stream_options"] = new JsonObject { ["include_usage"] = true };
        using var stream = await PostAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var chunks = (await SseEvents.ReadAsync(stream, Cancellation)).SkipLast(1).Select(e => JsonNode.Parse(e)!).ToList();

        // Then reasoning arrives in reasoning_content deltas, tags removed, and usage counts its tokens
        var reasoning = string.Concat(chunks.SelectMany(c => c["choices"]!.AsArray()).Select(c => (string?)c!["delta"]!["reasoning_content"]));
        Assert.NotEmpty(reasoning);
        Assert.DoesNotContain("</think>", reasoning, StringComparison.Ordinal);
        Assert.InRange((int)chunks[^1]["usage"]!["completion_tokens_details"]!["reasoning_tokens"]!, 1, 64);
    }

    [Fact]
    public async Task Without_include_usage_the_stream_has_no_usage_chunk()
    {
        using var response = await PostAsync(Body(maxTokens: 4, stream: true), HttpCompletionOption.ResponseHeadersRead);
        var events = await SseEvents.ReadAsync(response, Cancellation);

        Assert.All(events.SkipLast(1), e => Assert.Null(JsonNode.Parse(e)!["usage"]));
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_stream_frees_the_only_sequence_for_the_next_request()
    {
        // Given a stream of thousands of tokens abandoned after its first event (the server has a single sequence)
        using (var response = await PostAsync(Body(maxTokens: ServerFixture.ContextTokens - 100, stream: true), HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Cancellation));
            var first = await reader.ReadLineAsync(Cancellation);
            Assert.StartsWith("data: ", first, StringComparison.Ordinal);
        }

        // When another request comes, Then it completes
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var next = await server.Client.PostAsync("/v1/chat/completions",
            new StringContent(Body(maxTokens: 4).ToJsonString(), Encoding.UTF8, "application/json"), timeout.Token);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);

        // And the server saw the disconnect rather than finishing the abandoned stream
        Assert.Contains(server.Log.Messages, m => m.Contains("disconnected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_prompt_longer_than_the_context_is_a_400_context_length_exceeded()
    {
        var body = Body();
        body["messages"]![0]!["content"] = string.Concat(Enumerable.Repeat("hello world ", ServerFixture.ContextTokens));

        using var response = await PostAsync(body);

        await AssertOpenAiErrorAsync(response, HttpStatusCode.BadRequest, "messages", "context_length_exceeded");
    }

    [Fact]
    public async Task An_unknown_model_is_a_404_model_not_found()
    {
        var body = Body();
        body["model"] = "gpt-nothing";

        using var response = await PostAsync(body);

        await AssertOpenAiErrorAsync(response, HttpStatusCode.NotFound, "model", "model_not_found");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_in_openai_error_shape()
    {
        using var response = await server.Client.PostAsync("/v1/chat/completions",
            new StringContent("{\"model\": ", Encoding.UTF8, "application/json"), Cancellation);

        await AssertOpenAiErrorAsync(response, HttpStatusCode.BadRequest, null, null);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_in_openai_error_shape()
    {
        using var response = await server.Client.GetAsync("/v1/embeddings", Cancellation);

        await AssertOpenAiErrorAsync(response, HttpStatusCode.NotFound, null, "unknown_url");
    }

    private static async Task AssertOpenAiErrorAsync(HttpResponseMessage response, HttpStatusCode status, string? param, string? code)
    {
        Assert.Equal(status, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var error = document.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.String, error.GetProperty("type").ValueKind);
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
    }
}
