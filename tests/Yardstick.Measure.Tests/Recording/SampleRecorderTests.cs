using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Measure.Recording;
using static Yardstick.Measure.Tests.Recording.FakeProvider;

namespace Yardstick.Measure.Tests.Recording;

public sealed class SampleRecorderTests
{
    private const double Tolerance = 1e-6;

    private static Task<Core.Runs.SampleRecord> RecordAsync(FakeProvider provider, CancellationToken? cancellationToken = null) =>
        SampleRecorder.Default.RecordAsync(provider, Contexts.Request, Contexts.Default, cancellationToken ?? TestContext.Current.CancellationToken);

    [Fact]
    public async Task Ttft_counts_reasoning_chunks_and_first_answer_waits_for_answer_text()
    {
        // Given reasoning at 0.1 s and 0.2 s, then answer at 0.3 s and 0.4 s
        var provider = new FakeProvider([Start(), Headers(0.05), Reasoning(0.1, " think"), Reasoning(0.2, " so"), Answer(0.3, " red"), Answer(0.4, " blue"), Finish(0.45)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then TTFT is the first reasoning event, first answer token the first answer event, E2E the last token event
        Assert.True(sample.Succeeded);
        Assert.Equal(0.1, sample.TtftSeconds!.Value, Tolerance);
        Assert.Equal(0.3, sample.FirstAnswerTokenSeconds!.Value, Tolerance);
        Assert.Equal(0.4, sample.LastTokenSeconds!.Value, Tolerance);
        Assert.Equal((4, 2, "reasoning_content", 4), (sample.OutputTokensNormalised, sample.ReasoningTokens, sample.ReasoningTokensSource, sample.TokenEvents));
        Assert.Equal((" red blue", " think so"), (sample.AnswerText, sample.ReasoningText));
        Assert.Equal(200, sample.HttpStatus);
    }

    [Fact]
    public async Task Empty_deltas_are_not_token_events()
    {
        // Given a provider that (against its contract) yields an empty delta before the first real token
        var provider = new FakeProvider([Start(), Answer(0.05, ""), Answer(0.2, " red"), Finish(0.3)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then TTFT is the real token's arrival
        Assert.Equal(0.2, sample.TtftSeconds!.Value, Tolerance);
        Assert.Equal(1, sample.TokenEvents);
    }

    [Fact]
    public async Task Multi_token_chunks_count_every_token_in_the_event_where_it_arrived()
    {
        // Given a first event carrying three tokens and a second carrying one
        var provider = new FakeProvider([Start(), Answer(0.1, " red blue green"), Answer(0.2, " cat"), Finish(0.2)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then the timeline says 3 then 1, and speed after the first chunk is 1 token / 0.1 s
        var timeline = EventTimeline.Decode(sample.Timeline);
        Assert.Equal([3, 1], timeline.Select(e => e.Tokens));
        Assert.Equal(4, sample.OutputTokensNormalised);
        Assert.Equal(10.0, RequestMetrics.From(sample)!.OutputTokensPerSecond, 1e-3);
    }

    [Fact]
    public async Task Think_tags_inside_content_are_split_into_reasoning_with_their_source()
    {
        // Given inline reasoning split across chunks, tags included
        var provider = new FakeProvider([Start(), Answer(0.1, "<thi"), Answer(0.2, "nk> maybe so</th"), Answer(0.3, "ink> red"), Finish(0.3)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then the tag-only chunk still sets TTFT (it is generated text), reasoning is counted from think text,
        // and the first answer token is the chunk that carried " red"
        Assert.Equal(0.1, sample.TtftSeconds!.Value, Tolerance);
        Assert.Equal(0.3, sample.FirstAnswerTokenSeconds!.Value, Tolerance);
        Assert.Equal((" maybe so", " red"), (sample.ReasoningText, sample.AnswerText));
        Assert.Equal((2, "think-tags"), (sample.ReasoningTokens, sample.ReasoningTokensSource));
        Assert.Equal(3, sample.OutputTokensNormalised);
    }

    [Fact]
    public async Task A_think_block_opened_by_the_template_is_reasoning_up_to_its_close()
    {
        // Given content that closes a think block it never opened
        var provider = new FakeProvider([Start(), Answer(0.1, " maybe"), Answer(0.2, "</think>"), Answer(0.3, " red"), Finish(0.3)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then the text before the close is reasoning
        Assert.Equal((" maybe", " red"), (sample.ReasoningText, sample.AnswerText));
        Assert.Equal(0.3, sample.FirstAnswerTokenSeconds!.Value, Tolerance);
    }

    [Fact]
    public async Task Reported_usage_gives_native_counts_and_takes_precedence_for_reasoning()
    {
        // Given usage with reasoning and cached prompt tokens
        var provider = new FakeProvider([Start(), Reasoning(0.1, " think"), Answer(0.2, " red"), Usage(0.25, new TokenUsage(50, 9, 7, 32)), Finish(0.25)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then native counts come from usage, reasoning from usage, and the cache hit is noted in the details
        Assert.Equal((50, 9, 7, "usage"), (sample.InputTokensNative, sample.OutputTokensNative, sample.ReasoningTokens, sample.ReasoningTokensSource));
        Assert.Equal(2, sample.OutputTokensNormalised);
        Assert.Contains("\"cached_prompt_tokens\":32", sample.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_usage_leaves_native_counts_empty_unless_the_provider_counted_tokens()
    {
        var httpLike = await RecordAsync(new FakeProvider([Start(), Answer(0.1, " red"), Finish(0.1)]));
        var inProcess = await RecordAsync(new FakeProvider([Start(), Answer(0.1, " red", tokens: 1), Answer(0.2, " blue", tokens: 2), Finish(0.2)]));

        Assert.Null(httpLike.OutputTokensNative);
        Assert.Null(httpLike.ReasoningTokens);
        Assert.Equal(3, inProcess.OutputTokensNative);
    }

    [Fact]
    public async Task A_provider_failure_is_a_failed_sample_that_keeps_what_arrived()
    {
        // Given a stream cut after one token
        var provider = new FakeProvider([Start(), Headers(0.01), Answer(0.1, " red")], new ProviderException(ErrorKind.StreamCut, "cut"));

        // When recorded
        var sample = await RecordAsync(provider);

        // Then it is failed with its kind and message, and the partial timing is kept for diagnosis
        Assert.False(sample.Succeeded);
        Assert.Equal((ErrorKind.StreamCut, "cut"), (sample.ErrorKind, sample.ErrorMessage));
        Assert.Equal(0.1, sample.TtftSeconds!.Value, Tolerance);
        Assert.Null(RequestMetrics.From(sample));
    }

    [Fact]
    public async Task The_failures_status_code_is_recorded()
    {
        var provider = new FakeProvider([Start(), Headers(0.01, 429)], new ProviderException(ErrorKind.RateLimited, "429", 429));

        var sample = await RecordAsync(provider);

        Assert.Equal((ErrorKind.RateLimited, 429), (sample.ErrorKind, sample.HttpStatus));
    }

    [Fact]
    public async Task Retries_are_counted_and_the_sample_is_timed_from_the_last_attempt()
    {
        // Given two failed attempts (their RequestStarted events) and a third that answers
        var provider = new FakeProvider([Start(0), Start(1.0), Start(2.0), Answer(2.5, " red"), Finish(2.5)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then two retries are counted and TTFT runs from the third attempt's t0
        Assert.Equal(2, sample.Retries);
        Assert.Equal(0.5, sample.TtftSeconds!.Value, Tolerance);
    }

    [Fact]
    public async Task Cancellation_of_the_run_is_a_cancelled_sample()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var sample = await RecordAsync(new FakeProvider([Start(), Answer(0.1, " red")]), cancel.Token);

        Assert.Equal(ErrorKind.Cancelled, sample.ErrorKind);
    }

    [Fact]
    public async Task An_unexpected_exception_is_recorded_as_unknown_with_its_message()
    {
        var sample = await RecordAsync(new FakeProvider([Start()], new InvalidDataException("weird")));

        Assert.Equal(ErrorKind.Unknown, sample.ErrorKind);
        Assert.Contains("weird", sample.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_context_is_copied_and_warm_up_is_marked()
    {
        var context = Contexts.Default with { Sequence = -1, Warmup = true, Load = 4, PromptSha256 = "abc", InputTokensNormalised = 100, StoreText = false };

        var sample = await SampleRecorder.Default.RecordAsync(new FakeProvider([Start(), Answer(0.1, " red"), Finish(0.1)]), Contexts.Request, context,
            TestContext.Current.CancellationToken);

        Assert.Equal((-1, 4.0, "abc", 100), (sample.Sequence, sample.Load!.Value, sample.PromptSha256, sample.InputTokensNormalised!.Value));
        Assert.Null(sample.AnswerText);
        Assert.Contains("\"warmup\":true", sample.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timestamp_that_steps_back_a_tick_does_not_reorder_the_timeline()
    {
        // Given a second event stamped a fraction of a microsecond before the first (clock conversion jitter)
        var provider = new FakeProvider([Start(), Answer(0.2000005, " red"), Answer(0.2000001, " blue"), Finish(0.3)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then the sample is stored with a non-decreasing timeline
        Assert.True(sample.Succeeded);
        var timeline = EventTimeline.Decode(sample.Timeline);
        Assert.True(timeline[1].OffsetSeconds >= timeline[0].OffsetSeconds);
    }

    [Fact]
    public async Task The_request_is_timed_from_its_write_and_the_send_lag_is_kept_apart()
    {
        // Given a request issued at 0, written at 30 ms (a busy client), first token at 130 ms, and the client's timing
        var provider = new FakeProvider([Start(), Written(0.03), Headers(0.05), Answer(0.13, " red"), Answer(0.23, " blue"),
            Timing(0.24, readLagMean: 0.0005, readLagMax: 0.002, cpuShare: 0.4), Finish(0.24)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then TTFT runs from the write, and the send lag, read lags and CPU share are in the details
        Assert.Equal(0.1, sample.TtftSeconds!.Value, Tolerance);
        Assert.Equal(0.03, SampleDetails.Number(sample, SampleDetails.SendLagSeconds)!.Value, Tolerance);
        Assert.Equal(0.0005, SampleDetails.Number(sample, SampleDetails.ReadLagMeanSeconds)!.Value, Tolerance);
        Assert.Equal(0.002, SampleDetails.Number(sample, SampleDetails.ReadLagMaxSeconds)!.Value, Tolerance);
        Assert.Equal(0.4, SampleDetails.Number(sample, SampleDetails.ClientCpuShare)!.Value, Tolerance);
    }

    [Fact]
    public async Task A_retry_times_from_the_last_attempts_write()
    {
        // Given a first attempt written at 10 ms that failed, and a second issued at 1 s and written at 1.001 s
        var provider = new FakeProvider([Start(), Written(0.01), Headers(0.02, 429), Start(1.0), Written(1.001), Headers(1.05), Answer(1.101, " red"), Finish(1.2)]);

        // When recorded
        var sample = await RecordAsync(provider);

        // Then the sample is timed from the second write, with that attempt's send lag
        Assert.Equal(0.1, sample.TtftSeconds!.Value, Tolerance);
        Assert.Equal(0.001, SampleDetails.Number(sample, SampleDetails.SendLagSeconds)!.Value, Tolerance);
        Assert.Equal(1, sample.Retries);
    }

    [Fact]
    public async Task The_models_own_tokenizer_gives_a_third_count_of_the_same_text()
    {
        // Given a recorder with a model tokenizer (o200k itself here, so the two counts must agree)
        var recorder = new SampleRecorder(modelTokenizer: Core.Tokens.O200kTokenCounter.Default.Tokenizer);
        var provider = new FakeProvider([Start(), Reasoning(0.1, " think so"), Answer(0.2, " red blue green"), Finish(0.3)]);

        // When recorded
        var sample = await recorder.RecordAsync(provider, Contexts.Request, Contexts.Default, TestContext.Current.CancellationToken);

        // Then the details carry the model's count of reasoning and answer text
        Assert.Equal(sample.OutputTokensNormalised, (int?)SampleDetails.Number(sample, SampleDetails.OutputTokensModel));
        Assert.Equal(5, sample.OutputTokensNormalised);
    }
}
