using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Running;
using Yardstick.Evals.Tests.Fakes;

namespace Yardstick.Evals.Tests.Running;

public sealed class EvalRunnerTests
{
    private static EvalRunOptions Options(int? limit = 10) => new()
    {
        ModelId = "fake-model", BaseUrl = "http://127.0.0.1:1/v1", Limit = limit, Concurrency = 3, RetryDelay = TimeSpan.Zero,
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stores_every_sample_with_its_dataset_id_and_scores_it()
    {
        // Given a model that answers every arithmetic question right
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));

        // When
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(), store, cancellationToken: Token);

        // Then
        Assert.Equal(1.0, result.Summary.Score);
        Assert.Equal(10, result.Summary.N);
        Assert.Equal(50, result.Summary.DatasetItems);
        Assert.Equal("wilson", result.Summary.CiMethod);
        Assert.True(result.Summary.Ci95[0] is > 0.6 and < 1);
        var samples = await store.GetSamplesAsync(result.Run.Id, Token);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"arith-{i}").Order(), samples.Select(s => s.PromptId).Order());
        var first = samples.Single(s => s.PromptId == "arith-0");
        Assert.Contains("What is", first.PromptText, StringComparison.Ordinal);
        Assert.StartsWith("Computing", first.AnswerText, StringComparison.Ordinal);
        Assert.NotNull(first.ExtractedAnswer);
        Assert.True(first.InputTokensNormalised > 5);
        Assert.True(first.OutputTokensNormalised > 3);
        Assert.NotNull(first.LastTokenSeconds);
        Assert.Equal(RunStatus.Completed, result.Run.Status);
        Assert.Equal(RunKind.Eval, result.Run.Kind);
        Assert.Equal("builtin-arith", result.Run.Task);
    }

    [Fact]
    public async Task An_endpoint_error_is_retried_within_bounds_then_recorded_as_a_failed_sample()
    {
        // Given an endpoint that always answers 500
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => ScriptedReply.Fail(ErrorKind.ServerError));

        // When
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(limit: 4) with { MaxAttempts = 3 }, store, cancellationToken: Token);

        // Then: three attempts per sample, every sample failed, no crash
        Assert.Equal(12, provider.Calls);
        Assert.Equal(4, result.Summary.Failed);
        Assert.Equal(0, result.Summary.Score);
        Assert.All(result.Samples, s => Assert.Equal((ErrorKind.ServerError, 2), (s.ErrorKind, s.Retries)));
        // and a run in which nothing succeeded is stored failed, with the reason, not as a score of 0 %
        Assert.Equal((RunStatus.Failed, "all 4 requests failed: server_error (4)"), (result.Run.Status, result.Run.FailureReason));
    }

    [Theory]
    [InlineData(0.5, RunStatus.Failed)]
    [InlineData(0.75, RunStatus.Completed)]
    public async Task A_run_with_more_failures_than_the_allowed_share_is_failed(double maxFailedShare, RunStatus expected)
    {
        // Given an endpoint that refuses 3 of 4 questions
        var provider = new ScriptedProvider((request, call) => call == 1 ? new ScriptedReply(ArithmeticOracle.Answer(request)) : ScriptedReply.Fail(ErrorKind.ClientError));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(limit: 4) with { Concurrency = 1, OutcomePolicy = new RunOutcomePolicy { MaxFailedShare = maxFailedShare } },
            new InMemoryRunStore(), cancellationToken: Token);

        Assert.Equal(expected, result.Run.Status);
        Assert.Equal(expected == RunStatus.Failed ? "3 of 4 requests failed (75 %, more than the allowed 50 %): client_error (3)" : null, result.Run.FailureReason);
    }

    [Fact]
    public async Task A_transient_error_followed_by_success_counts_as_a_success_with_a_retry()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, call) => call == 1 ? ScriptedReply.Fail(ErrorKind.RateLimited) : new ScriptedReply(ArithmeticOracle.Answer(request)));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(limit: 1), store, cancellationToken: Token);

        Assert.Equal(1.0, result.Summary.Score);
        Assert.Equal(1, result.Samples.Single().Retries);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => ScriptedReply.Fail(ErrorKind.ClientError));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(limit: 2), store, cancellationToken: Token);

        Assert.Equal(2, provider.Calls);
        Assert.Equal(2, result.Summary.Failed);
    }

    [Fact]
    public async Task An_unexpected_exception_from_the_stream_is_a_failed_sample_not_a_crash()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("", Failure: new HttpRequestException("connection reset")));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(limit: 1) with { MaxAttempts = 1 }, store, cancellationToken: Token);

        Assert.Equal(ErrorKind.Unknown, result.Samples.Single().ErrorKind);
        Assert.Contains("connection reset", result.Samples.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_run_is_marked_interrupted_and_resumes_without_rerunning_finished_samples()
    {
        // Given a run cancelled after its fourth request
        var store = new InMemoryRunStore();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var first = new ScriptedProvider((request, call) =>
        {
            if (call == 4)
                cancellation.Cancel();
            return new ScriptedReply(ArithmeticOracle.Answer(request));
        });
        var options = Options(limit: 10) with { Concurrency = 1, UseCache = false };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvalRunner.RunAsync(first, new BuiltinArithmeticEval(), options, store, cancellationToken: cancellation.Token));
        var interrupted = Assert.Single(await store.ListRunsAsync(new RunQuery(), Token));
        Assert.Equal(RunStatus.Interrupted, interrupted.Status);
        var stored = (await store.GetSamplesAsync(interrupted.Id, Token)).Count;

        // When the same configuration runs again
        var second = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var result = await EvalRunner.RunAsync(second, new BuiltinArithmeticEval(), options, store, cancellationToken: Token);

        // Then it continues the same run and only asks the missing questions
        Assert.True(result.Resumed);
        Assert.Equal(interrupted.Id, result.Run.Id);
        Assert.Equal(10 - stored, second.Calls);
        Assert.Equal(10, result.Summary.N);
        Assert.Equal(1.0, result.Summary.Score);
    }

    [Fact]
    public async Task A_run_killed_without_cleanup_resumes_from_its_stored_samples()
    {
        // Given a run left "running" with three stored samples, as after kill -9
        var store = new InMemoryRunStore();
        var options = Options(limit: 6) with { UseCache = false };
        var killed = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var complete = await EvalRunner.RunAsync(killed, new BuiltinArithmeticEval(), options, store, cancellationToken: Token);
        var crashedStore = new InMemoryRunStore();
        await crashedStore.CreateRunAsync(complete.Run with { Status = RunStatus.Running, FinishedUtc = null, SummaryJson = null }, Token);
        await crashedStore.AppendSamplesAsync(complete.Samples.Take(3).ToList(), Token);

        // When
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), options, crashedStore, cancellationToken: Token);

        // Then
        Assert.Equal(complete.Run.Id, result.Run.Id);
        Assert.Equal(3, provider.Calls);
        Assert.Equal(6, result.Summary.N);
    }

    [Fact]
    public async Task A_run_cancelled_before_its_first_sample_is_interrupted_without_a_summary()
    {
        var store = new InMemoryRunStore();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var provider = new ScriptedProvider((request, _) =>
        {
            cancellation.Cancel();
            return new ScriptedReply(ArithmeticOracle.Answer(request));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(3) with { Concurrency = 1 }, store, cancellationToken: cancellation.Token));

        var run = Assert.Single(await store.ListRunsAsync(new RunQuery(), Token));
        Assert.Equal((RunStatus.Interrupted, (string?)null), (run.Status, run.SummaryJson));
    }

    [Fact]
    public async Task A_different_configuration_starts_a_new_run()
    {
        var store = new InMemoryRunStore();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var first = new ScriptedProvider((request, call) =>
        {
            if (call == 2)
                cancellation.Cancel();
            return new ScriptedReply(ArithmeticOracle.Answer(request));
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvalRunner.RunAsync(first, new BuiltinArithmeticEval(), Options(5) with { Concurrency = 1 }, store, cancellationToken: cancellation.Token));

        var second = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var result = await EvalRunner.RunAsync(second, new BuiltinArithmeticEval(), Options(5) with { Temperature = 0.7, UseCache = false }, store, cancellationToken: Token);

        Assert.False(result.Resumed);
        Assert.Equal(5, second.Calls);
    }

    [Fact]
    public async Task Completions_are_reused_from_the_cache_by_model_messages_parameters_and_epoch()
    {
        // Given a completed run
        var store = new InMemoryRunStore();
        var first = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var original = await EvalRunner.RunAsync(first, new BuiltinArithmeticEval(), Options(5), store, cancellationToken: Token);

        // When the same model is asked the same questions again, and then with another temperature
        var second = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var cached = await EvalRunner.RunAsync(second, new BuiltinArithmeticEval(), Options(5), store, cancellationToken: Token);
        var third = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        await EvalRunner.RunAsync(third, new BuiltinArithmeticEval(), Options(5) with { Temperature = 0.5 }, store, cancellationToken: Token);

        // Then the second run is a new run answered from the cache and graded again; the third misses the cache
        Assert.NotEqual(original.Run.Id, cached.Run.Id);
        Assert.Equal(0, second.Calls);
        Assert.Equal(1.0, cached.Summary.Score);
        Assert.Equal(original.Summary.OutputTokens, cached.Summary.OutputTokens);
        Assert.Equal(5, third.Calls);
    }

    [Fact]
    public async Task Reasoning_is_never_graded_and_an_unclosed_think_block_is_no_answer()
    {
        // Given think blocks that state a wrong answer, one closed and one never closed
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, call) =>
        {
            var right = ArithmeticOracle.Answer(request);
            return call % 2 == 1
                ? new ScriptedReply($"<think>Answer: -1</think>{right}")
                : new ScriptedReply($"<think>{right}");
        });

        // When
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(4) with { Concurrency = 1, UseCache = false }, store, cancellationToken: Token);

        // Then
        Assert.Equal(0.5, result.Summary.Score);
        Assert.Equal(2, result.Summary.NoAnswer);
        Assert.All(result.Samples, s => Assert.Equal("think-tags", s.ReasoningTokensSource));
    }

    [Fact]
    public async Task Reasoning_channel_and_native_usage_are_recorded()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request), "Let me think: Answer: 0", new TokenUsage(40, 30, 12)));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(2), store, cancellationToken: Token);

        var sample = result.Samples[0];
        Assert.Equal("Let me think: Answer: 0", sample.ReasoningText);
        Assert.Equal((40, 30, 12, "usage"), (sample.InputTokensNative, sample.OutputTokensNative, sample.ReasoningTokens, sample.ReasoningTokensSource));
        Assert.True(sample.Correct);
        Assert.Equal((80L, 60L, 24L), (result.Summary.InputTokens, result.Summary.OutputTokens, result.Summary.ReasoningTokens));
    }

    [Fact]
    public async Task Cost_follows_the_price_and_is_unavailable_without_one()
    {
        var price = new TokenPrice(new UsdPerMillionTokens(1m), null, new UsdPerMillionTokens(2m), new FactSource(FactSourceKind.User, ""));
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request), Usage: new TokenUsage(1000, 500, null)));

        var priced = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(2) with { Price = price }, new InMemoryRunStore(), cancellationToken: Token);
        var unpriced = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(2), new InMemoryRunStore(), cancellationToken: Token);

        Assert.Equal(2 * (1000 * 1m + 500 * 2m) / 1_000_000m, priced.Summary.CostUsd);
        Assert.Null(unpriced.Summary.CostUsd);
    }

    [Fact]
    public async Task Epochs_ask_each_question_several_times_and_give_a_clustered_interval()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, call) => new ScriptedReply(call % 3 == 0 ? "Answer: -999" : ArithmeticOracle.Answer(request)));

        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(6) with { Epochs = 3, Concurrency = 1 }, store, cancellationToken: Token);

        Assert.Equal(18, result.Summary.N);
        Assert.Equal(6, result.Summary.Questions);
        Assert.Equal(3, result.Summary.Epochs);
        Assert.Equal("clustered", result.Summary.CiMethod);
        Assert.Equal(12.0 / 18, result.Summary.Score, 9);
        Assert.Equal(3, result.Samples.Select(s => s.Epoch).Distinct().Count());
    }

    [Fact]
    public async Task Requests_in_flight_never_exceed_the_concurrency_limit()
    {
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request))) { Latency = TimeSpan.FromMilliseconds(20) };

        await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(12) with { Concurrency = 3, UseCache = false }, new InMemoryRunStore(), cancellationToken: Token);

        Assert.InRange(provider.PeakInFlight, 2, 3);
    }

    [Fact]
    public async Task Progress_reports_every_sample_up_to_the_total()
    {
        var reports = new List<EvalProgress>();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));

        await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(5) with { Concurrency = 1 }, new InMemoryRunStore(), new SynchronousProgress(reports), Token);

        Assert.Equal(6, reports.Count);
        Assert.Equal(5, reports[^1].Completed);
        Assert.Equal(5, reports[^1].Correct);
        Assert.Equal(TimeSpan.Zero, reports[^1].Eta);
    }

    private sealed class SynchronousProgress(List<EvalProgress> reports) : IProgress<EvalProgress>
    {
        public void Report(EvalProgress value)
        {
            lock (reports)
                reports.Add(value);
        }
    }
}
