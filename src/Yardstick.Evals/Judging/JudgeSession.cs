using System.Collections.Concurrent;
using System.Text.Json;
using Yardstick.Core.Evals;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Running;

namespace Yardstick.Evals.Judging;

/// <summary>
/// The judge run of one eval run. Every judgement becomes a stored sample (prompt id and epoch of the judged sample,
/// the rendered prompt, the raw reply, the parsed verdict). The same case (judge model, prompt version, question,
/// references, answer) is never asked twice: a verdict stored by any earlier run, or given earlier in this session,
/// is reused, and the sample says where it came from. A failed request or an unparsable reply is a failed judgement
/// with its reason: never an exception, never a verdict.
/// </summary>
public sealed class JudgeSession
{
    private readonly ICompletionProvider _provider;
    private readonly JudgeOptions _options;
    private readonly IRunStore _store;
    private readonly string _judgedRunId;
    private readonly ConcurrentDictionary<string, Lazy<Task<Judgement>>> _asked = new(StringComparer.Ordinal);
    private int _sequence = -1, _judged, _cached, _failed;

    internal JudgeSession(ICompletionProvider provider, JudgeOptions options, IRunStore store, string runId, string judgedRunId) =>
        (_provider, _options, _store, RunId, _judgedRunId) = (provider, options, store, runId, judgedRunId);

    public string RunId { get; }

    /// <summary>Judges one answer of the judged run's sample (<paramref name="promptId"/>, <paramref name="epoch"/>).</summary>
    public async Task<Judgement> JudgeAsync(JudgeCase judgeCase, string promptId, int epoch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judgeCase);
        var key = judgeCase.CacheKey(_options.Model, _options.Prompt);
        var mine = new Lazy<Task<Judgement>>(() => AskOrReuseAsync(judgeCase, key, promptId, epoch, cancellationToken));
        var shared = _asked.GetOrAdd(key, mine);
        var judgement = await shared.Value;
        if (ReferenceEquals(shared, mine))
            return judgement;
        if (judgement.Failed)
        {
            // A failed judgement is not a verdict to share: this sample asks for itself.
            _asked.TryUpdate(key, mine, shared);
            return await mine.Value;
        }
        // Asked a moment ago in this run for another sample with the same answer: reuse it, recorded as such.
        return await StoreAsync(judgeCase, key, promptId, epoch, Origin(judgement), reply: null, cachedReply: judgement, cancellationToken);
    }

    /// <summary>Completes the judge run with its counts; failed when no judgement gave a verdict.</summary>
    public Task CompleteAsync(RunStatus status, CancellationToken cancellationToken = default)
    {
        var summary = JsonSerializer.Serialize(new { judged_run = _judgedRunId, judged = _judged, cached = _cached, failed = _failed });
        var failed = status == RunStatus.Completed && _judged == 0 && _failed > 0;
        return _store.CompleteRunAsync(RunId, failed ? RunStatus.Failed : status, summary,
            failed ? $"all {_failed} judgements failed" : null, cancellationToken);
    }

    private async Task<Judgement> AskOrReuseAsync(JudgeCase judgeCase, string key, string promptId, int epoch, CancellationToken cancellationToken)
    {
        if (await _store.FindCompletedSampleAsync(key, cancellationToken) is { } hit && JudgeVerdictParser.FromKey(hit.ExtractedAnswer) is { } verdict)
        {
            var earlier = new Judgement
            {
                Verdict = verdict, JudgeRunId = hit.RunId, PromptId = hit.PromptId, Epoch = hit.Epoch, Reply = hit.AnswerText,
                CachedFrom = CachedFromOf(hit),
            };
            return await StoreAsync(judgeCase, key, promptId, epoch, Origin(earlier), reply: null, cachedReply: earlier, cancellationToken);
        }
        var request = new CompletionRequest
        {
            Messages = [ChatMessage.User(_options.Prompt.Render(judgeCase))], MaxTokens = _options.MaxTokens, Temperature = 0,
        };
        var (result, _, attempts) = await CompletionCollector.CollectWithRetriesAsync(
            _provider, request, _options.MaxAttempts, (attempt, retryAfter) => retryAfter ?? _options.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken);
        return await StoreAsync(judgeCase, key, promptId, epoch, cachedFrom: null, reply: (result, attempts - 1), cachedReply: null, cancellationToken);
    }

    private async Task<Judgement> StoreAsync(
        JudgeCase judgeCase, string key, string promptId, int epoch, string? cachedFrom, (CompletionResult Result, int Retries)? reply, Judgement? cachedReply,
        CancellationToken cancellationToken)
    {
        var parts = reply is { } r ? ResponseParts.Split(r.Result.Content, r.Result.Reasoning) : null;
        var verdict = cachedReply?.Verdict ?? (reply is { Result.ErrorKind: ErrorKind.None } ? JudgeVerdictParser.Parse(parts?.Answer) : null);
        var (errorKind, failure) = reply switch
        {
            { Result.ErrorKind: not ErrorKind.None } failed => (failed.Result.ErrorKind, $"judge request failed: {failed.Result.ErrorMessage}"),
            not null when verdict is null => (ErrorKind.Unknown, "judge reply has no verdict line (VERDICT: CORRECT|INCORRECT|ABSTAINED)"),
            _ => (ErrorKind.None, (string?)null),
        };
        var details = JsonSerializer.Serialize(new
        {
            judged_run = _judgedRunId, judged_prompt_id = promptId, judged_epoch = epoch, verdict = verdict is { } v ? JudgeVerdictParser.Key(v) : null,
            cached_from = cachedFrom, prompt_version = _options.Prompt.Version, prompt_sha256 = _options.Prompt.Sha256, failure,
        });
        var sample = new SampleRecord
        {
            RunId = RunId, PromptId = promptId, Epoch = epoch, Sequence = Interlocked.Increment(ref _sequence),
            RequestStartedUtc = DateTimeOffset.UtcNow, PromptText = _options.Prompt.Render(judgeCase), PromptSha256 = key,
            InputTokensNative = reply?.Result.Usage?.PromptTokens, OutputTokensNative = reply?.Result.Usage?.CompletionTokens,
            TtftSeconds = reply?.Result.TtftSeconds, LastTokenSeconds = reply?.Result.LastTokenSeconds, TokenEvents = reply?.Result.TokenEvents ?? 0,
            AnswerText = reply?.Result.Content ?? cachedReply?.Reply, ReasoningText = reply?.Result.Reasoning is { Length: > 0 } thinking ? thinking : null,
            FinishReason = reply?.Result.FinishReason, HttpStatus = reply?.Result.HttpStatus, Retries = reply?.Retries ?? 0,
            ErrorKind = errorKind, ErrorMessage = failure, ExtractedAnswer = verdict is { } parsed ? JudgeVerdictParser.Key(parsed) : null,
            DetailsJson = details,
        };
        await _store.AppendSamplesAsync([sample], CancellationToken.None);
        if (verdict is null)
            Interlocked.Increment(ref _failed);
        else
            Interlocked.Increment(ref _judged);
        if (verdict is not null && cachedFrom is not null)
            Interlocked.Increment(ref _cached);
        return new Judgement
        {
            Verdict = verdict, FailureReason = failure, ErrorKind = errorKind, JudgeRunId = RunId, PromptId = promptId, Epoch = epoch,
            CachedFrom = cachedFrom, Reply = sample.AnswerText,
        };
    }

    // A reused verdict points to the judgement that was actually asked, not to another reuse of it.
    private static string Origin(Judgement judgement) => judgement.CachedFrom ?? $"{judgement.JudgeRunId}/{judgement.PromptId}/{judgement.Epoch}";

    private static string? CachedFromOf(SampleRecord sample)
    {
        if (sample.DetailsJson is null)
            return null;
        try
        {
            using var details = JsonDocument.Parse(sample.DetailsJson);
            return details.RootElement.TryGetProperty("cached_from", out var from) && from.ValueKind == JsonValueKind.String ? from.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
