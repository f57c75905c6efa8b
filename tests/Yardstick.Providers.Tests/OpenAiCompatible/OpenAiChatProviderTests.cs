using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Core.Providers;
using Yardstick.Tests.Loopback;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

public sealed class OpenAiChatProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Streams_content_deltas_then_usage_then_finish()
    {
        // Given a server that streams two content chunks, a finish chunk and usage
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(
            Sse.Chunk(role: "assistant"), Sse.Chunk(content: "Hello"), Sse.Chunk(content: " world"),
            Sse.Chunk(finishReason: "stop"), Sse.Usage(5, 2)));

        // When the provider streams
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it yields RequestStarted, RequestWritten (t0 at the write), ResponseStarted, two deltas, usage, the
        // client's timing and finish, in time order
        Assert.Null(run.Failure);
        Assert.IsType<RequestStarted>(run.Events[0]);
        Assert.IsType<RequestWritten>(run.Events[1]);
        Assert.Equal(200, Assert.IsType<ResponseStarted>(run.Events[2]).StatusCode);
        Assert.InRange(Assert.IsType<ClientTiming>(run.Events[^2]).CpuShare, 0, 1);
        Assert.Equal(["Hello", " world"], run.Deltas.Select(d => d.Content));
        Assert.Equal(new TokenUsage(5, 2, null), run.Events.OfType<UsageReported>().Single().Usage);
        Assert.Equal("stop", Assert.IsType<Finished>(run.Events[^1]).FinishReason);
        Assert.Equal(run.Events.Select(e => e.Timestamp).Order(), run.Events.Select(e => e.Timestamp));
    }

    [Fact]
    public async Task Role_only_and_empty_chunks_are_not_token_events()
    {
        // Given a stream with a role-only chunk, an empty content chunk and an empty reasoning chunk around one real token
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(
            Sse.Chunk(role: "assistant"), Sse.Chunk(content: ""), Sse.Chunk(reasoningContent: ""), Sse.Chunk(content: "Hi"),
            Sse.Chunk(content: "", finishReason: "stop")));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then only the chunk that carries text is a token event
        Assert.Null(run.Failure);
        Assert.Equal("Hi", Assert.Single(run.Deltas).Content);
    }

    [Theory]
    [InlineData("reasoning_content")]
    [InlineData("reasoning")]
    public async Task Reasoning_fields_become_reasoning_deltas(string field)
    {
        // Given a stream whose reasoning arrives in the named field, then an answer
        var reasoningChunk = field == "reasoning" ? Sse.Chunk(reasoning: "Let me think") : Sse.Chunk(reasoningContent: "Let me think");
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(reasoningChunk, Sse.Chunk(content: "42")));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then the first delta is reasoning and the second answer
        Assert.Equal(2, run.Deltas.Count);
        Assert.Equal(("Let me think", (string?)null), (run.Deltas[0].Reasoning, run.Deltas[0].Content));
        Assert.Equal(((string?)null, "42"), (run.Deltas[1].Reasoning, run.Deltas[1].Content));
    }

    [Fact]
    public async Task Think_tags_inside_content_are_passed_through_for_the_recorder()
    {
        // Given a model that writes its reasoning inline
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(Sse.Chunk(content: "<think>hmm"), Sse.Chunk(content: "</think>Yes")));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then the text is untouched content (the recorder splits it, so every provider is treated alike)
        Assert.Equal(["<think>hmm", "</think>Yes"], run.Deltas.Select(d => d.Content));
    }

    [Fact]
    public async Task Missing_usage_yields_no_usage_event_and_still_finishes()
    {
        // Given a server that never reports usage
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(Sse.Chunk(content: "a"), Sse.Chunk(finishReason: "length")));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then the stream succeeds without a usage event
        Assert.Null(run.Failure);
        Assert.Empty(run.Events.OfType<UsageReported>());
        Assert.Equal("length", run.Events.OfType<Finished>().Single().FinishReason);
    }

    [Fact]
    public async Task Usage_with_reasoning_and_cached_details_is_reported()
    {
        // Given a usage chunk with completion and prompt details
        const string usage = """{"choices":[],"usage":{"prompt_tokens":100,"completion_tokens":50,"completion_tokens_details":{"reasoning_tokens":30},"prompt_tokens_details":{"cached_tokens":64}}}""";
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(Sse.Chunk(content: "x"), usage));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then every count is carried
        Assert.Equal(new TokenUsage(100, 50, 30, 64), run.Events.OfType<UsageReported>().Single().Usage);
    }

    [Fact]
    public async Task Request_asks_for_a_stream_with_usage_and_carries_the_bearer_key()
    {
        // Given a server that captures the request
        string? body = null, authorization = null, path = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            path = context.Request.Path;
            authorization = context.Request.Headers.Authorization;
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await Sse.Stream(Sse.Chunk(content: "ok"))(context);
        });
        var request = new CompletionRequest { Messages = [ChatMessage.System("Be brief."), ChatMessage.User("Hi")], MaxTokens = 7, Seed = 3, IgnoreEos = true };

        // When a request is streamed with a key and ignore_eos enabled
        await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl, apiKey: "sk-test", sendIgnoreEos: true), request, Ct);

        // Then it went to /v1/chat/completions with the streaming fields and the key as a bearer token
        Assert.Equal("/v1/chat/completions", path);
        Assert.Equal("Bearer sk-test", authorization);
        using var json = JsonDocument.Parse(body!);
        var root = json.RootElement;
        Assert.True(root.GetProperty("stream").GetBoolean());
        Assert.True(root.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.Equal("test-model", root.GetProperty("model").GetString());
        Assert.Equal(7, root.GetProperty("max_tokens").GetInt32());
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        Assert.True(root.GetProperty("ignore_eos").GetBoolean());
        Assert.Equal(7, root.GetProperty("min_tokens").GetInt32());
        Assert.Equal(["system", "user"], root.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Ignore_eos_is_not_sent_unless_enabled()
    {
        // Given a server that captures the body
        string? body = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await Sse.Stream(Sse.Chunk(content: "ok"))(context);
        });

        // When a request that asks to ignore EOS goes to a provider without the option
        await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), Requests.Hello with { IgnoreEos = true }, Ct);

        // Then the field is absent (hosted APIs reject unknown fields)
        Assert.DoesNotContain("ignore_eos", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_429_fails_as_rate_limited_with_its_retry_after()
    {
        // Given a server that rate-limits with Retry-After: 7
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "7";
            await context.Response.WriteAsync("""{"error":{"message":"slow down"}}""");
        });

        // When a request is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as rate limited, with the status, the delay and the server's message
        Assert.Equal(ErrorKind.RateLimited, run.Failure?.Kind);
        Assert.Equal(429, run.Failure?.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), run.Failure?.RetryAfter);
        Assert.Contains("slow down", run.Failure?.Message, StringComparison.Ordinal);
        Assert.Empty(run.Deltas);
    }

    [Theory]
    [InlineData(500, "boom", ErrorKind.ServerError)]
    [InlineData(503, "overloaded", ErrorKind.ServerError)]
    [InlineData(401, "bad key", ErrorKind.ClientError)]
    [InlineData(404, "no such model", ErrorKind.ClientError)]
    [InlineData(400, "This model's maximum context length is 4096 tokens", ErrorKind.ContextOverflow)]
    public async Task Error_statuses_fail_with_their_kind(int status, string body, ErrorKind expected)
    {
        // Given a server that answers with an error status
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });

        // When a request is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails with the kind the status means, after the ResponseStarted that carries the status
        Assert.Equal(expected, run.Failure?.Kind);
        Assert.Equal(status, run.Events.OfType<ResponseStarted>().Single().StatusCode);
    }

    [Fact]
    public async Task Connection_refused_fails_as_connection_refused()
    {
        // Given a port nobody listens on
        var port = FreePort();

        // When a request is sent to it
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(new Uri($"http://127.0.0.1:{port}/v1")), cancellationToken: Ct);

        // Then it fails as connection refused after RequestStarted, with nothing else
        Assert.Equal(ErrorKind.ConnectionRefused, run.Failure?.Kind);
        Assert.IsType<RequestStarted>(Assert.Single(run.Events));
    }

    [Fact]
    public async Task A_connection_that_is_never_accepted_fails_as_connect_timeout()
    {
        // Given a listener whose accept queue is full, so that a further connection attempt is never answered
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                fillers.Add(filler);
                try
                {
                    filler.Connect(endpoint);
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
                {
                    // Non-blocking connect in progress: it occupies the queue or waits, which is what we want.
                }
            }

            // When a request is sent with a short connect timeout
            var run = await ProviderRun.CollectAsync(
                TestProviders.OpenAi(new Uri($"http://127.0.0.1:{endpoint.Port}/v1"), connect: TimeSpan.FromMilliseconds(300)), cancellationToken: Ct);

            // Then it fails as a connect timeout (skipped where the kernel accepts anyway)
            if (run.Failure?.Kind != ErrorKind.ConnectTimeout && run.Failure?.Kind is ErrorKind.FirstByteTimeout or null)
                Assert.Skip("This kernel completed the handshake despite the full accept queue.");
            Assert.Equal(ErrorKind.ConnectTimeout, run.Failure?.Kind);
        }
        finally
        {
            foreach (var filler in fillers)
                filler.Dispose();
        }
    }

    [Fact]
    public async Task Headers_that_never_come_fail_as_first_byte_timeout()
    {
        // Given a server that waits before answering
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        });

        // When the first-byte timeout is shorter
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl, firstByte: TimeSpan.FromMilliseconds(200)), cancellationToken: Ct);

        // Then it fails as a first-byte timeout
        Assert.Equal(ErrorKind.FirstByteTimeout, run.Failure?.Kind);
    }

    [Fact]
    public async Task Silence_between_events_fails_as_idle_timeout_after_the_tokens_that_came()
    {
        // Given a server that sends one token and then goes quiet
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            await Sse.DataAsync(context.Response, Sse.Chunk(content: "one"));
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        });

        // When the idle timeout is shorter than the silence
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl, idle: TimeSpan.FromSeconds(1)), cancellationToken: Ct);

        // Then it fails as an idle timeout, with the token that did arrive
        Assert.Equal(ErrorKind.IdleTimeout, run.Failure?.Kind);
        Assert.Equal("one", Assert.Single(run.Deltas).Content);
    }

    [Fact]
    public async Task A_stream_that_ends_before_done_fails_as_stream_cut()
    {
        // Given a server that ends the response without [DONE]
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            await Sse.DataAsync(context.Response, Sse.Chunk(content: "partial"));
        });

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as stream cut, keeping the token that came
        Assert.Equal(ErrorKind.StreamCut, run.Failure?.Kind);
        Assert.Single(run.Deltas);
    }

    [Fact]
    public async Task A_connection_aborted_mid_stream_fails_as_stream_cut()
    {
        // Given a server that aborts the connection in the middle of an event
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            await Sse.DataAsync(context.Response, Sse.Chunk(content: "a"));
            await Sse.RawAsync(context.Response, Encoding.UTF8.GetBytes("data: {\"choi"));
            await Task.Delay(100, context.RequestAborted);
            context.Abort();
        });

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as stream cut, after the token that came
        Assert.Equal(ErrorKind.StreamCut, run.Failure?.Kind);
        Assert.Single(run.Deltas);
    }

    [Fact]
    public async Task Malformed_json_in_an_event_fails_as_malformed_event()
    {
        // Given an event whose data is not JSON
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(Sse.Chunk(content: "a"), "{not json"));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as a malformed event, quoting the data
        Assert.Equal(ErrorKind.MalformedEvent, run.Failure?.Kind);
        Assert.Contains("{not json", run.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_an_event_fails_as_invalid_utf8()
    {
        // Given an event with bytes that are not UTF-8
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            var bytes = Encoding.UTF8.GetBytes("data: {\"choices\":[{\"delta\":{\"content\":\"")
                .Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}}]}\n\n")).ToArray();
            await Sse.RawAsync(context.Response, bytes);
            await Sse.DoneAsync(context.Response);
        });

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as invalid UTF-8
        Assert.Equal(ErrorKind.InvalidUtf8, run.Failure?.Kind);
    }

    [Fact]
    public async Task An_html_page_with_status_200_fails_as_unexpected_content_type_with_its_status()
    {
        // Given a server that answers with a login page instead of an event stream
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body>Please sign in</body></html>", context.RequestAborted);
        });

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails naming the status and the content type, not as a cut stream
        var failure = Assert.IsType<ProviderException>(run.Failure);
        Assert.Equal((ErrorKind.UnexpectedContentType, (int?)200), (failure.Kind, failure.StatusCode));
        Assert.Contains("HTTP 200 with content type text/html", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_choices_list_and_no_text_fails_as_empty_choices()
    {
        // Given a stream whose only chunk has an empty choices list
        await using var server = await LoopbackServer.StartAsync(Sse.Stream("""{"id":"x","choices":[]}"""));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as empty choices
        Assert.Equal(ErrorKind.EmptyChoices, run.Failure?.Kind);
    }

    [Fact]
    public async Task An_error_object_streamed_mid_response_fails_with_its_message()
    {
        // Given a server that streams an error object after a token
        await using var server = await LoopbackServer.StartAsync(Sse.Stream(Sse.Chunk(content: "a"), """{"error":{"message":"engine died","code":500}}"""));

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then it fails as a server error with the message
        Assert.Equal(ErrorKind.ServerError, run.Failure?.Kind);
        Assert.Contains("engine died", run.Failure?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task Each_event_is_stamped_when_it_arrives_not_when_the_next_one_does(string newline)
    {
        // Given a server that sends an event, waits 400 ms, then sends the next (with either line ending)
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            await Sse.RawAsync(context.Response, Encoding.UTF8.GetBytes($"data: {Sse.Chunk(content: "a")}{newline}{newline}"));
            await Task.Delay(400, context.RequestAborted);
            await Sse.RawAsync(context.Response, Encoding.UTF8.GetBytes($"data: {Sse.Chunk(content: "b")}{newline}{newline}data: [DONE]{newline}{newline}"));
        });

        // When it is streamed
        var run = await ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: Ct);

        // Then the first event's timestamp is not held back until the second arrives: they are about 400 ms apart
        Assert.Null(run.Failure);
        var gap = TimeSpan.FromTicks((long)((run.Deltas[1].Timestamp - run.Deltas[0].Timestamp) * (TimeSpan.TicksPerSecond / (double)System.Diagnostics.Stopwatch.Frequency)));
        Assert.InRange(gap.TotalMilliseconds, 300, 1000);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_failure()
    {
        // Given a server that is slow to answer
        await using var server = await LoopbackServer.StartAsync(async context => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(150);

        // When the caller cancels
        var streaming = ProviderRun.CollectAsync(TestProviders.OpenAi(server.BaseUrl), cancellationToken: cancel.Token);

        // Then the stream ends with a cancellation, not a ProviderException
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => streaming);
    }

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
