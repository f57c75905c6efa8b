using System.Diagnostics;
using Yardstick.Core.Evals;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Judging;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Running;

/// <summary>
/// Runs an eval against one provider: every (question, epoch) becomes a stored sample as soon as it finishes, so a
/// run stopped by Ctrl-C or <c>kill -9</c> loses at most the requests in flight and resumes without re-running
/// finished samples; completions are reused from the cache by model, messages, parameters and epoch; endpoint errors
/// are retried within bounds and then recorded as failed samples.
/// </summary>
public static class EvalRunner
{
    public static async Task<EvalRunResult> RunAsync(
        ICompletionProvider provider, IEval eval, EvalRunOptions options, IRunStore store,
        IProgress<EvalProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1);
        if (eval is IJudgedEval { JudgeDecides: true } && options.Judge is null)
            throw new EvalNotReadyException(eval.Id, "it is graded by an LLM judge and none was given: pass --judge-base-url and --judge-model (and --judge-api-key-env when the judge needs a key). Without a judge it refuses rather than guess.");
        if (await eval.CheckReadyAsync(cancellationToken) is { } notReady)
            throw new EvalNotReadyException(eval.Id, notReady);
        var dataset = eval.Load();
        var items = options.Limit is { } limit ? dataset.Items.Take(limit).ToList() : dataset.Items.ToList();
        if (items.Count == 0)
            throw new EvalDataException($"Eval {eval.Id} has no readable questions ({dataset.Problems.Count} unreadable lines).");
        var configuration = new EvalRunConfiguration
        {
            Eval = eval.Id, Version = eval.Version, BaseUrl = options.BaseUrl, Model = options.ModelId, Limit = options.Limit,
            Epochs = options.Epochs, MaxTokens = options.MaxTokens ?? eval.DefaultMaxTokens, Temperature = options.Temperature,
            Seed = options.Seed, Questions = items.Count, Concurrency = options.Concurrency,
            Judge = eval is IJudgedEval ? options.Judge?.Configuration : null,
        };
        var opened = await OpenRunAsync(eval, options, configuration, store, cancellationToken);
        await using var lease = opened.Lease;
        var (run, previous) = (opened.Run, opened.Previous);
        // Each invocation that grades with a judge opens a judge run of its own, linked to this run; verdicts carry over through the cache.
        var judge = eval is IJudgedEval && options.Judge is { } answerJudge ? await answerJudge.OpenAsync(store, run.Id, cancellationToken) : null;
        var done = previous.Where(s => s.Succeeded).Select(s => (s.PromptId, s.Epoch)).ToHashSet();
        var work = items.SelectMany((item, index) => Enumerable.Range(0, options.Epochs).Select(epoch => (Item: item, Epoch: epoch, Sequence: index * options.Epochs + epoch)))
            .ToList();
        var pending = work.Where(w => !done.Contains((w.Item.PromptId, w.Epoch))).ToList();
        var tracker = new ProgressTracker(run.Id, work.Count, work.Count - pending.Count, progress);
        using var appendLock = new SemaphoreSlim(1, 1);
        // A lost lease (another process took the run over) stops the work like a cancellation, but writes nothing more.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = stopping.Token },
                async (unit, token) =>
                {
                    var (sample, cached) = await RunSampleAsync(provider, eval, options, run.Id, unit.Item, unit.Epoch, unit.Sequence, store, judge, token);
                    // A finished sample is stored even when the run is being cancelled: that work is not lost.
                    await appendLock.WaitAsync(CancellationToken.None);
                    try
                    {
                        if (lease.IsLost)
                            return;
                        await store.AppendSamplesAsync([sample], CancellationToken.None);
                    }
                    finally
                    {
                        appendLock.Release();
                    }
                    tracker.Add(sample, cached);
                });
        }
        catch (OperationCanceledException) when (lease.IsLost && !cancellationToken.IsCancellationRequested)
        {
            throw new RunLeaseLostException(run.Id, lease.Owner);
        }
        catch (EvalNotSupportedException e)
        {
            if (judge is not null)
                await judge.CompleteAsync(RunStatus.Failed, CancellationToken.None);
            await store.CompleteRunAsync(run.Id, RunStatus.Failed, System.Text.Json.JsonSerializer.Serialize(new { not_supported = e.Reason }), $"not supported by the endpoint: {e.Reason}", CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            var partial = await SummariseAsync(eval, options, run.Id, dataset, store, CancellationToken.None);
            // A run stopped before its first sample has nothing to summarise (and a NaN score is not JSON).
            var partialJson = partial.Summary.N == 0 ? null : System.Text.Json.JsonSerializer.Serialize(partial.Summary);
            if (!lease.IsLost)
                await store.CompleteRunAsync(run.Id, RunStatus.Interrupted, partialJson, CancellationToken.None);
            if (judge is not null)
                await judge.CompleteAsync(RunStatus.Interrupted, CancellationToken.None);
            throw;
        }
        if (lease.IsLost)
            throw new RunLeaseLostException(run.Id, lease.Owner);
        var result = await SummariseAsync(eval, options, run.Id, dataset, store, cancellationToken);
        // One rule for every runner: nothing succeeded, or too many failed, and the run is stored Failed with the reason.
        var outcome = options.OutcomePolicy.Judge(result.Samples);
        if (judge is not null)
            await judge.CompleteAsync(RunStatus.Completed, cancellationToken);
        await store.CompleteRunAsync(run.Id, outcome.Status, System.Text.Json.JsonSerializer.Serialize(result.Summary), outcome.FailureReason, cancellationToken);
        // Released before the run is read back, so the returned record shows a run nobody holds.
        await lease.DisposeAsync();
        var finished = await store.GetRunAsync(run.Id, cancellationToken) ?? run;
        return new EvalRunResult(result.Summary, finished, result.Samples, dataset.Problems, previous.Count > 0) { HeldElsewhere = opened.HeldElsewhere };
    }

    /// <summary>
    /// Resumes the newest unfinished run of this configuration whose lease can be taken (nobody holds it, or its holder
    /// stopped heartbeating); a run another process is executing is left to it, and a fresh run is started instead.
    /// </summary>
    private static async Task<OpenedRun> OpenRunAsync(
        IEval eval, EvalRunOptions options, EvalRunConfiguration configuration, IRunStore store, CancellationToken cancellationToken)
    {
        var owner = options.LeaseOwner ?? RunLease.NewOwner();
        var held = new List<RunRecord>();
        if (options.Origin is { } origin && await store.GetRunAsync(origin.RunId, cancellationToken) is { } scheduled)
        {
            // A scheduled run resumes its own id only: taken over once its lease expired, never another run.
            var taken = await RunLease.TryAcquireAsync(store, scheduled.Id, owner, options.LeaseTtl, cancellationToken: cancellationToken)
                ?? throw new RunLeaseLostException(scheduled.Id, owner);
            return new OpenedRun(scheduled, await store.GetSamplesAsync(scheduled.Id, cancellationToken), taken, held);
        }
        if (options.Resume && options.Origin is null)
        {
            var candidates = await store.ListRunsAsync(new RunQuery(Kind: RunKind.Eval, Task: eval.Id, Limit: 1000), cancellationToken);
            var resumable = candidates
                .Where(r => r.Status is RunStatus.Running or RunStatus.Interrupted && r.TaskVersion == eval.Version && r.ModelId == options.ModelId)
                .Where(r => EvalRunConfiguration.ResumeKeyOf(r.ConfigurationJson) == configuration.ResumeKey)
                .OrderByDescending(r => r.StartedUtc);
            foreach (var candidate in resumable)
            {
                if (await RunLease.TryAcquireAsync(store, candidate.Id, owner, options.LeaseTtl, cancellationToken: cancellationToken) is { } taken)
                    return new OpenedRun(candidate, await store.GetSamplesAsync(candidate.Id, cancellationToken), taken, held);
                held.Add(await store.GetRunAsync(candidate.Id, cancellationToken) ?? candidate);
            }
        }
        var now = DateTimeOffset.UtcNow;
        var run = new RunRecord
        {
            Id = options.Origin?.RunId ?? RunIds.New(RunKind.Eval, now),
            Suite = options.Origin?.Suite,
            Worker = options.Origin?.Worker,
            Location = options.Origin?.Location,
            Kind = RunKind.Eval,
            ModelSlug = options.ModelSlug,
            EndpointId = options.EndpointId,
            ApiStyle = options.ApiStyle,
            BaseUrl = options.BaseUrl,
            ModelId = options.ModelId,
            Task = eval.Id,
            TaskVersion = eval.Version,
            ConfigurationJson = configuration.ToJson(),
            YardstickVersion = options.YardstickVersion,
            Host = Environment.MachineName,
            StartedUtc = now,
            // Created already leased, so no other process can resume it between its creation and our first heartbeat.
            LeaseOwner = owner,
            LeaseExpiresUtc = now + options.LeaseTtl,
        };
        await store.CreateRunAsync(run, cancellationToken);
        var lease = await RunLease.TryAcquireAsync(store, run.Id, owner, options.LeaseTtl, cancellationToken: cancellationToken)
            ?? throw new RunLeaseLostException(run.Id, owner);
        return new OpenedRun(run, [], lease, held);
    }

    private sealed record OpenedRun(RunRecord Run, IReadOnlyList<SampleRecord> Previous, RunLease Lease, IReadOnlyList<RunRecord> HeldElsewhere);

    private static async Task<(SampleRecord Sample, bool Cached)> RunSampleAsync(
        ICompletionProvider provider, IEval eval, EvalRunOptions options, string runId, EvalItem item, int epoch, int sequence,
        IRunStore store, JudgeSession? judge, CancellationToken cancellationToken)
    {
        var request = options.RequestFor(item.Messages, eval.DefaultMaxTokens, epoch);
        var cacheKey = CacheKey.Of(options.ModelId, request, epoch);
        var promptText = string.Join("\n\n", item.Messages.Select(m => m.Content));
        var inputNormalised = options.TokenCounter.Count(promptText);
        var baseSample = new SampleRecord
        {
            RunId = runId, PromptId = item.PromptId, Epoch = epoch, Sequence = sequence, RequestStartedUtc = DateTimeOffset.UtcNow,
            PromptText = promptText, PromptSha256 = cacheKey, InputTokensNormalised = inputNormalised,
        };
        if (eval is IConversationEval conversation)
            return (WithCost(await ConversationSampleAsync(conversation, provider, item, request, baseSample, cancellationToken), options), false);
        if (options.UseCache && await store.FindCompletedSampleAsync(cacheKey, cancellationToken) is { } hit)
        {
            // Regrade rather than copy the verdict: the stored completion is the model's, the grading is this version's.
            var cachedSample = await GradedAsync(eval, item, judge, baseSample with
            {
                RequestStartedUtc = hit.RequestStartedUtc, InputTokensNative = hit.InputTokensNative, TtftSeconds = hit.TtftSeconds,
                FirstAnswerTokenSeconds = hit.FirstAnswerTokenSeconds, LastTokenSeconds = hit.LastTokenSeconds, TokenEvents = hit.TokenEvents,
                OutputTokensNormalised = hit.OutputTokensNormalised, OutputTokensNative = hit.OutputTokensNative, ReasoningTokens = hit.ReasoningTokens,
                ReasoningTokensSource = hit.ReasoningTokensSource, AnswerText = hit.AnswerText, ReasoningText = hit.ReasoningText,
                FinishReason = hit.FinishReason, HttpStatus = hit.HttpStatus,
            }, cancellationToken);
            return (WithCost(cachedSample, options), true);
        }
        var (result, started, attempts) = await CompletionCollector.CollectWithRetriesAsync(
            provider, request, options.MaxAttempts, (attempt, retryAfter) => RetryDelay(options, attempt, retryAfter), cancellationToken);
        var reasoningFromTags = ResponseParts.Split(result.Content).Reasoning;
        var reasoningText = result.Reasoning + reasoningFromTags;
        var (reasoningTokens, reasoningSource) = result.Usage?.ReasoningTokens is { } native ? (native, "usage")
            : result.Reasoning.Length > 0 ? (options.TokenCounter.Count(reasoningText), "reasoning_content")
            : reasoningFromTags.Length > 0 ? (options.TokenCounter.Count(reasoningFromTags), "think-tags")
            : ((int?)null, (string?)null);
        var sample = baseSample with
        {
            RequestStartedUtc = started,
            InputTokensNative = result.Usage?.PromptTokens,
            TtftSeconds = result.TtftSeconds,
            FirstAnswerTokenSeconds = result.FirstAnswerTokenSeconds,
            LastTokenSeconds = result.LastTokenSeconds,
            TokenEvents = result.TokenEvents,
            OutputTokensNormalised = options.TokenCounter.Count(result.Content) + options.TokenCounter.Count(result.Reasoning),
            OutputTokensNative = result.Usage?.CompletionTokens,
            ReasoningTokens = reasoningTokens,
            ReasoningTokensSource = reasoningSource,
            AnswerText = result.Content,
            ReasoningText = result.Reasoning.Length > 0 ? result.Reasoning : null,
            FinishReason = result.FinishReason,
            HttpStatus = result.HttpStatus,
            ErrorKind = result.ErrorKind,
            ErrorMessage = result.ErrorMessage,
            Retries = attempts - 1,
        };
        return (WithCost(sample.Succeeded ? await GradedAsync(eval, item, judge, sample, cancellationToken) : sample, options), false);
    }

    // A conversation's sample: the transcript as its answer text, totals over its requests, the eval's own grade.
    private static async Task<SampleRecord> ConversationSampleAsync(
        IConversationEval eval, ICompletionProvider provider, EvalItem item, CompletionRequest request, SampleRecord baseSample, CancellationToken cancellationToken)
    {
        var outcome = await eval.ConverseAsync(provider, item, request, cancellationToken);
        var sample = baseSample with
        {
            InputTokensNative = outcome.InputTokensNative, OutputTokensNative = outcome.OutputTokensNative, OutputTokensNormalised = outcome.OutputTokensNormalised,
            TtftSeconds = outcome.TtftSeconds, LastTokenSeconds = outcome.LastTokenSeconds, TokenEvents = outcome.TokenEvents,
            AnswerText = outcome.Transcript, ReasoningText = outcome.Reasoning, FinishReason = outcome.FinishReason, HttpStatus = outcome.HttpStatus,
            ErrorKind = outcome.ErrorKind, ErrorMessage = outcome.ErrorMessage,
        };
        return outcome.Grade is { } grade
            ? sample with
            {
                ExtractedAnswer = grade.ExtractedAnswer, Correct = grade.Correct, CorrectLoose = grade.CorrectLoose, Score = grade.Score ?? (grade.Correct ? 1 : 0),
                DetailsJson = JudgeDetails.WithExpected(grade.DetailsJson, item.Reference),
            }
            : sample;
    }

    // AnswerText is the raw content as streamed (think tags included) and ReasoningText the provider's reasoning
    // channel; grading always splits them again, so a cached sample grades exactly like a fresh one. Every graded sample
    // stores the expected answer in its details, so that the run page shows question, expected, answer and verdict.
    private static async Task<SampleRecord> GradedAsync(IEval eval, EvalItem item, JudgeSession? judge, SampleRecord sample, CancellationToken cancellationToken)
    {
        var response = ResponseParts.Split(sample.AnswerText, sample.ReasoningText);
        EvalGrade grade;
        Judgement? judgement = null;
        try
        {
            if (judge is not null && eval is IJudgedEval judged && response.Answer is { } answer)
            {
                judgement = await judge.JudgeAsync(judged.JudgeCaseFor(item, answer), sample.PromptId, sample.Epoch, cancellationToken);
                if (judged.JudgeDecides && judgement.Verdict is null)
                {
                    // No verdict is not a wrong answer: the sample fails with the judge's reason and is asked again on resume.
                    return sample with
                    {
                        ErrorKind = judgement.ErrorKind == ErrorKind.None ? ErrorKind.Unknown : judgement.ErrorKind,
                        ErrorMessage = $"judge failed: {judgement.FailureReason}",
                        DetailsJson = JudgeDetails.With(JudgeDetails.WithExpected(null, item.Reference), judgement),
                    };
                }
                grade = judged.JudgeDecides
                    ? judged.GradeByVerdict(item, answer, judgement.Verdict!.Value)
                    : await eval.GradeAsync(item, response, cancellationToken);
            }
            else
            {
                grade = await eval.GradeAsync(item, response, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A grader bug must not end the run: the sample is kept, marked failed with the reason.
            return sample with { ErrorKind = ErrorKind.Unknown, ErrorMessage = $"grading failed: {e.Message}" };
        }
        var details = JudgeDetails.WithExpected(grade.DetailsJson, item.Reference);
        return sample with
        {
            ExtractedAnswer = grade.ExtractedAnswer,
            Correct = grade.Correct,
            CorrectLoose = grade.CorrectLoose,
            Score = grade.Score ?? (grade.Correct ? 1 : 0),
            DetailsJson = judgement is null ? details : JudgeDetails.With(details, judgement),
        };
    }

    private static SampleRecord WithCost(SampleRecord sample, EvalRunOptions options) => sample with
    {
        CostUsd = EvalAnalysis.Cost(options.Price, sample),
    };

    private static TimeSpan RetryDelay(EvalRunOptions options, int attempt, TimeSpan? retryAfter)
    {
        var delay = retryAfter ?? options.RetryDelay * Math.Pow(2, attempt - 1);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }

    private static async Task<(EvalSummary Summary, IReadOnlyList<SampleRecord> Samples)> SummariseAsync(
        IEval eval, EvalRunOptions options, string runId, EvalDataset dataset, IRunStore store, CancellationToken cancellationToken)
    {
        var samples = EvalAnalysis.Effective(await store.GetSamplesAsync(runId, cancellationToken));
        var summary = EvalAnalysis.Summarise(eval.Id, eval.Version, samples, options.Price, runId) with
        {
            DatasetItems = dataset.Items.Count,
            InvalidItems = dataset.Problems.Count,
            Metrics = eval.Metrics(samples) is { Count: > 0 } metrics ? metrics : null,
        };
        if (eval is IJudgedEval judged)
            summary = judged.Summarise(summary with { Judge = JudgeSummaries.Of(judged, options.Judge, samples) }, samples);
        return (summary, samples);
    }

    private sealed class ProgressTracker
    {
        private readonly Lock _lock = new();
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly string _runId;
        private readonly int _total, _resumed;
        private readonly IProgress<EvalProgress>? _progress;
        private int _completed, _correct, _noAnswer, _failed, _cached;
        private long _outputTokens;

        public ProgressTracker(string runId, int total, int resumed, IProgress<EvalProgress>? progress)
        {
            (_runId, _total, _resumed, _progress, _completed) = (runId, total, resumed, progress, resumed);
            progress?.Report(Snapshot());
        }

        public void Add(SampleRecord sample, bool cached)
        {
            EvalProgress snapshot;
            lock (_lock)
            {
                _completed++;
                _cached += cached ? 1 : 0;
                switch (EvalAnalysis.Classify(sample))
                {
                    case EvalSampleOutcome.Correct: _correct++; break;
                    case EvalSampleOutcome.NoAnswer: _noAnswer++; break;
                    case EvalSampleOutcome.Failed: _failed++; break;
                }
                _outputTokens += sample.OutputTokensNative ?? sample.OutputTokensNormalised ?? 0;
                snapshot = Snapshot();
            }
            _progress?.Report(snapshot);
        }

        private EvalProgress Snapshot() =>
            new(_runId, _total, _completed, _correct, _noAnswer, _failed, _cached, _resumed, _outputTokens, Stopwatch.GetElapsedTime(_start));
    }
}
