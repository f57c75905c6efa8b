using Microsoft.AspNetCore.Http;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Providers.Retries;
using Yardstick.Tests.Loopback;

namespace Yardstick.Measure.Tests.Load;

/// <summary>A whole perf run against a server that misbehaves in every known way, one way per request.</summary>
public sealed class BadInputRunTests
{
    private static readonly Func<HttpContext, Task>[] Behaviours =
    [
        Ok,
        async c => { c.Response.StatusCode = 500; await c.Response.WriteAsync("boom"); },
        async c => { c.Response.StatusCode = 429; c.Response.Headers.RetryAfter = "0"; await c.Response.WriteAsync("slow down"); },
        async c => { await Sse.StartAsync(c.Response); await Sse.DataAsync(c.Response, Sse.Chunk(content: " red")); },
        async c => { await Sse.StartAsync(c.Response); await Sse.DataAsync(c.Response, "{oops"); },
        async c =>
        {
            await Sse.StartAsync(c.Response);
            await Sse.RawAsync(c.Response, [.. "data: {\"choices\":[{\"delta\":{\"content\":\""u8, 0xFF, 0xFE, .. "\"}}]}\n\n"u8]);
            await Sse.DoneAsync(c.Response);
        },
        async c => { await Sse.StartAsync(c.Response); await Sse.DataAsync(c.Response, """{"choices":[]}"""); await Sse.DoneAsync(c.Response); },
        async c => { await Sse.StartAsync(c.Response); await Sse.DataAsync(c.Response, Sse.Chunk(content: " red")); await Task.Delay(3000, c.RequestAborted); },
    ];

    private static async Task Ok(HttpContext context) =>
        await Sse.Stream(Sse.Chunk(content: " red"), Sse.Chunk(content: " blue"), Sse.Usage(5, 2))(context);

    [Fact]
    public async Task Every_bad_input_is_a_failed_sample_with_its_kind_and_the_run_goes_on()
    {
        // Given a server whose n-th request meets the n-th behaviour (ok, 500, 429, cut, malformed, invalid UTF-8,
        // empty choices, idle), twice over
        var calls = -1;
        await using var server = await LoopbackServer.StartAsync(context => Behaviours[Interlocked.Increment(ref calls) % Behaviours.Length](context));
        var provider = new RetryingCompletionProvider(
            new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(5)),
                new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "m", IdleTimeout = TimeSpan.FromSeconds(1) }),
            RetryOptions.Default with { MaxRetries = 0 });
        var store = new InMemoryRunStore();

        // When a run sends 16 requests one at a time
        var summary = await new PerfRunner().RunAsync(provider, new PerfRunOptions
        {
            ApiStyle = "openai-chat", BaseUrl = server.BaseUrl.ToString(), ModelId = "m", PromptTokens = 16, Requests = 16, WarmupRequests = 0,
        }, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then every request is stored, the two good ones succeed, and each failure is counted under its kind
        Assert.Equal(16, (await store.GetSamplesAsync(summary.RunId!, TestContext.Current.CancellationToken)).Count);
        Assert.Equal((2, 14), (summary.Requests.Ok, summary.Requests.Failed));
        Assert.Equal(new Dictionary<string, int>
        {
            ["server_error"] = 2, ["rate_limited"] = 2, ["stream_cut"] = 2, ["malformed_event"] = 2,
            ["invalid_utf8"] = 2, ["empty_choices"] = 2, ["idle_timeout"] = 2,
        }, summary.Requests.Errors);
        // and the run, too broken to count, is stored failed with the reason (RunOutcomePolicy)
        var run = await store.GetRunAsync(summary.RunId!, TestContext.Current.CancellationToken);
        Assert.Equal(RunStatus.Failed, run!.Status);
        Assert.StartsWith("14 of 16 requests failed (87.5 %, more than the allowed 50 %): ", run.FailureReason, StringComparison.Ordinal);
        Assert.Contains(summary.Warnings, w => w.StartsWith("High error rate", StringComparison.Ordinal));
    }
}
