using Yardstick.Core.Evals;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Judging;
using Yardstick.Evals.Tests.Fakes;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Evals.Tests.Judging;

public sealed class JudgeSessionTests
{
    private static readonly JudgeCase Case = new("Where did fortune cookies originate?", ["In California"], ["In China"], "In California.");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AnswerJudge Judge(ScriptedProvider provider, int maxAttempts = 3) =>
        new(provider, new JudgeOptions { Model = "judge-model", BaseUrl = "http://127.0.0.1:1/v1", MaxAttempts = maxAttempts, RetryDelay = TimeSpan.Zero });

    [Fact]
    public async Task A_judgement_is_a_sample_of_the_judge_run_with_the_raw_reply_and_the_verdict()
    {
        // Given a judge that grades correct
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("Matches the reference.\nVERDICT: CORRECT"));
        var session = await Judge(provider).OpenAsync(store, "eval-run-1", Token);

        // When
        var judgement = await session.JudgeAsync(Case, "7", 2, Token);
        await session.CompleteAsync(RunStatus.Completed, Token);

        // Then
        Assert.Equal(JudgeVerdict.Correct, judgement.Verdict);
        Assert.Null(judgement.CachedFrom);
        var run = await store.GetRunAsync(session.RunId, Token);
        Assert.Equal(RunKind.Judge, run!.Kind);
        Assert.Equal("judge-v1", run.Task);
        Assert.Equal("judge-model", run.ModelId);
        Assert.Contains("\"judged_run\":\"eval-run-1\"", run.ConfigurationJson, StringComparison.Ordinal);
        Assert.Contains(JudgePrompt.V1.Sha256, run.ConfigurationJson, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Completed, run.Status);
        var sample = Assert.Single(await store.GetSamplesAsync(session.RunId, Token));
        Assert.Equal(("7", 2), (sample.PromptId, sample.Epoch));
        Assert.Equal("Matches the reference.\nVERDICT: CORRECT", sample.AnswerText);
        Assert.Equal("correct", sample.ExtractedAnswer);
        Assert.Contains("Where did fortune cookies originate?", sample.PromptText, StringComparison.Ordinal);
        Assert.Contains("\"judged_prompt_id\":\"7\"", sample.DetailsJson, StringComparison.Ordinal);
        Assert.Equal(Case.CacheKey("judge-model", JudgePrompt.V1), sample.PromptSha256);
    }

    [Fact]
    public async Task The_same_case_is_never_asked_twice_across_runs_and_the_reuse_is_recorded()
    {
        // Given a first run that judged the case
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("VERDICT: INCORRECT"));
        var first = await Judge(provider).OpenAsync(store, "eval-run-1", Token);
        await first.JudgeAsync(Case, "7", 0, Token);

        // When a later run judges the same case twice (two epochs with the same answer)
        var second = await Judge(provider).OpenAsync(store, "eval-run-2", Token);
        var a = await second.JudgeAsync(Case, "7", 0, Token);
        var b = await second.JudgeAsync(Case, "7", 1, Token);

        // Then the judge was asked once in all, and both samples say where their verdict came from
        Assert.Equal(1, provider.Calls);
        Assert.Equal(JudgeVerdict.Incorrect, a.Verdict);
        Assert.Equal(JudgeVerdict.Incorrect, b.Verdict);
        Assert.Equal($"{first.RunId}/7/0", a.CachedFrom);
        Assert.Equal($"{first.RunId}/7/0", b.CachedFrom);
        var samples = await store.GetSamplesAsync(second.RunId, Token);
        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.Contains($"\"cached_from\":\"{first.RunId}/7/0\"", s.DetailsJson, StringComparison.Ordinal));
        Assert.All(samples, s => Assert.Equal("VERDICT: INCORRECT", s.AnswerText));
    }

    [Fact]
    public async Task Concurrent_identical_cases_in_one_run_ask_the_judge_once()
    {
        // Given a slow judge and eight samples with the same answer judged at once
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("VERDICT: CORRECT")) { Latency = TimeSpan.FromMilliseconds(50) };
        var session = await Judge(provider).OpenAsync(store, "eval-run-1", Token);

        // When
        var judgements = await Task.WhenAll(Enumerable.Range(0, 8).Select(epoch => session.JudgeAsync(Case, "3", epoch, Token)));

        // Then
        Assert.Equal(1, provider.Calls);
        Assert.All(judgements, j => Assert.Equal(JudgeVerdict.Correct, j.Verdict));
        Assert.Equal(7, judgements.Count(j => j.CachedFrom is not null));
        Assert.Equal(8, (await store.GetSamplesAsync(session.RunId, Token)).Count);
    }

    [Fact]
    public async Task A_rate_limited_judge_is_a_failed_judgement_with_its_reason_after_bounded_retries()
    {
        // Given a judge that always answers 429
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => ScriptedReply.Fail(ErrorKind.RateLimited));
        var session = await Judge(provider, maxAttempts: 3).OpenAsync(store, "eval-run-1", Token);

        // When
        var judgement = await session.JudgeAsync(Case, "1", 0, Token);
        await session.CompleteAsync(RunStatus.Completed, Token);

        // Then no exception, no verdict: a failed judgement saying why, stored as a failed sample
        Assert.Equal(3, provider.Calls);
        Assert.True(judgement.Failed);
        Assert.Equal(ErrorKind.RateLimited, judgement.ErrorKind);
        Assert.Contains("judge request failed", judgement.FailureReason, StringComparison.Ordinal);
        var sample = Assert.Single(await store.GetSamplesAsync(session.RunId, Token));
        Assert.False(sample.Succeeded);
        Assert.Null(sample.ExtractedAnswer);
        Assert.Equal(2, sample.Retries);
        var run = await store.GetRunAsync(session.RunId, Token);
        Assert.Equal(RunStatus.Failed, run!.Status);
        Assert.Equal("all 1 judgements failed", run.FailureReason);
    }

    [Fact]
    public async Task An_unparsable_reply_is_a_failed_judgement_and_is_not_reused()
    {
        // Given a judge that first rambles without a verdict line, then answers properly
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, call) => new ScriptedReply(call == 1 ? "It is probably right." : "VERDICT: CORRECT"));

        // When the same case is judged in two runs
        var first = await (await Judge(provider).OpenAsync(store, "eval-run-1", Token)).JudgeAsync(Case, "1", 0, Token);
        var second = await (await Judge(provider).OpenAsync(store, "eval-run-2", Token)).JudgeAsync(Case, "1", 0, Token);

        // Then the first failed with the reason (not "incorrect") and the second asked again
        Assert.Null(first.Verdict);
        Assert.Equal(ErrorKind.Unknown, first.ErrorKind);
        Assert.Contains("no verdict line", first.FailureReason, StringComparison.Ordinal);
        Assert.Equal(JudgeVerdict.Correct, second.Verdict);
        Assert.Null(second.CachedFrom);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public async Task In_the_database_a_judge_run_keeps_its_kind_and_its_judgements_are_found_again()
    {
        // Given a SQLite database and a judgement stored through one store
        var database = YardstickDatabase.ForDataDirectory(Path.Combine(Path.GetTempPath(), "yardstick-tests", Guid.NewGuid().ToString("N")));
        await database.MigrateAsync(Token);
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("VERDICT: ABSTAINED"));
        var first = await Judge(provider).OpenAsync(new EfRunStore(database), "eval-run-1", Token);
        await first.JudgeAsync(Case, "4", 0, Token);
        await first.CompleteAsync(RunStatus.Completed, Token);

        // When another store (another process) judges the same case
        var store = new EfRunStore(database);
        var again = await (await Judge(provider).OpenAsync(store, "eval-run-2", Token)).JudgeAsync(Case, "4", 0, Token);

        // Then the run reads back as a judge run and the verdict is reused, not asked again
        Assert.Equal(RunKind.Judge, (await store.GetRunAsync(first.RunId, Token))!.Kind);
        Assert.Equal(JudgeVerdict.Abstained, again.Verdict);
        Assert.Equal($"{first.RunId}/4/0", again.CachedFrom);
        Assert.Equal(1, provider.Calls);
    }
}
