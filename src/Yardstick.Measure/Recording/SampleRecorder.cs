using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.ML.Tokenizers;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Analysers;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Tokens;

namespace Yardstick.Measure.Recording;

/// <summary>
/// Consumes any provider's event stream and builds the raw <see cref="SampleRecord"/> that every figure is computed from.
/// While the stream runs it only keeps the events (their timestamps were taken by the provider when the bytes arrived);
/// splitting <c>&lt;think&gt;</c> text, counting normalised tokens and encoding the timeline happen after the stream ends.
/// A failure of any kind becomes a failed sample with its <see cref="ErrorKind"/>; it never escapes as an exception
/// (the caller's cancellation is recorded as <see cref="ErrorKind.Cancelled"/>).
/// Tokens are counted three ways: normalised (o200k), the server's <c>usage</c>, and, given <c>modelTokenizer</c>, the
/// model's own tokenizer over the same streamed text (<c>output_tokens_model</c> in the details), all after the stream ends.
/// Retries: a provider that retries passes on each attempt's <see cref="RequestStarted"/>; the sample is timed from the
/// last one and the earlier ones are counted in <see cref="SampleRecord.Retries"/>.
/// </summary>
public sealed class SampleRecorder(Tokenizer? tokenizer = null, TimeProvider? clock = null, Tokenizer? modelTokenizer = null)
{
    private readonly Tokenizer _tokenizer = tokenizer ?? O200kTokenCounter.Default.Tokenizer;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public static SampleRecorder Default { get; } = new();

    public async Task<SampleRecord> RecordAsync(ICompletionProvider provider, CompletionRequest request, RecordingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(context);
        var stream = new StreamCapture(_clock.GetUtcNow());
        try
        {
            await foreach (var completionEvent in provider.StreamAsync(request, cancellationToken).ConfigureAwait(false))
                stream.Add(completionEvent, _clock);
        }
        catch (ProviderException e)
        {
            stream.Fail(e.Kind, e.Message, e.StatusCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stream.Fail(ErrorKind.Cancelled, "The run was cancelled while the request was in flight.", null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A provider broke its contract (threw something other than ProviderException): still a recorded failure.
            stream.Fail(ErrorKind.Unknown, $"{e.GetType().Name}: {e.Message}", null);
        }
        return Build(stream, context, request);
    }

    private SampleRecord Build(StreamCapture stream, RecordingContext context, CompletionRequest request)
    {
        var deltas = stream.Deltas;
        var (reasoningPieces, answerPieces, thinkTags) = SplitText(deltas);
        var reasoningTokens = TokenAttribution.PerPiece(_tokenizer, reasoningPieces);
        var answerTokens = TokenAttribution.PerPiece(_tokenizer, answerPieces);
        var frequency = (double)Stopwatch.Frequency;
        double Seconds(long timestamp) => (timestamp - stream.T0) / frequency;

        var events = new TimelineEvent[deltas.Count];
        double? firstAnswer = null;
        for (var i = 0; i < deltas.Count; i++)
        {
            // Events are in arrival order; a provider's clock that steps back by a tick must not reorder them.
            var offset = Math.Max(Seconds(deltas[i].Timestamp), i > 0 ? events[i - 1].OffsetSeconds : double.NegativeInfinity);
            events[i] = new TimelineEvent(offset, answerTokens[i], reasoningTokens[i], answerPieces[i].Length > 0, reasoningPieces[i].Length > 0);
            if (firstAnswer is null && answerPieces[i].Length > 0)
                firstAnswer = events[i].OffsetSeconds;
        }
        var reasoningText = string.Concat(reasoningPieces);
        var answerText = string.Concat(answerPieces);
        var normalisedReasoning = reasoningTokens.Sum();
        var (reasoningCount, reasoningSource) = stream.Usage?.ReasoningTokens is { } reported
            ? (reported, "usage")
            : normalisedReasoning > 0 ? (normalisedReasoning, thinkTags ? "think-tags" : "reasoning_content") : ((int?)null, (string?)null);
        var nativeOutput = stream.Usage?.CompletionTokens
            ?? (deltas.Count > 0 && deltas.All(d => d.TokenCount is not null) ? deltas.Sum(d => d.TokenCount!.Value) : null);

        return new SampleRecord
        {
            RunId = context.RunId,
            PromptId = context.PromptId,
            Sequence = context.Sequence,
            Epoch = context.Epoch,
            Load = context.Load,
            RequestStartedUtc = stream.StartedUtc,
            PromptText = context.PromptText,
            PromptSha256 = context.PromptSha256,
            InputTokensNormalised = context.InputTokensNormalised,
            InputTokensNative = stream.Usage?.PromptTokens,
            TtftSeconds = deltas.Count > 0 ? events[0].OffsetSeconds : null,
            FirstAnswerTokenSeconds = firstAnswer,
            LastTokenSeconds = deltas.Count > 0 ? events[^1].OffsetSeconds : null,
            Timeline = deltas.Count > 0 ? EventTimeline.Encode(events) : null,
            TokenEvents = deltas.Count,
            OutputTokensNormalised = normalisedReasoning + answerTokens.Sum(),
            OutputTokensNative = nativeOutput,
            ReasoningTokens = reasoningCount,
            ReasoningTokensSource = reasoningSource,
            AnswerText = context.StoreText ? answerText : null,
            ReasoningText = context.StoreText && reasoningText.Length > 0 ? reasoningText : null,
            FinishReason = stream.FinishReason,
            HttpStatus = stream.FailureStatus ?? stream.HttpStatus,
            ErrorKind = stream.FailureKind,
            ErrorMessage = stream.FailureMessage,
            Retries = Math.Max(0, stream.Attempts - 1),
            DetailsJson = Details(stream, context, request, events.Count(e => e.Tokens > 1),
                modelTokenizer is null || deltas.Count == 0 ? null : modelTokenizer.CountTokens(reasoningText + answerText)),
        };
    }

    /// <summary>
    /// Reasoning and answer text per event: reasoning fields as they came, plus <c>&lt;think&gt;</c> blocks inside the
    /// content. A content stream that closes a think block it never opened (templates that open it in the prompt) is
    /// reasoning up to the close.
    /// </summary>
    private static (string[] Reasoning, string[] Answer, bool ThinkTags) SplitText(IReadOnlyList<TokenDelta> deltas)
    {
        var reasoning = new string[deltas.Count];
        var answer = new string[deltas.Count];
        var content = new StringBuilder();
        foreach (var delta in deltas)
            content.Append(delta.Content);
        var full = content.ToString();
        var open = full.IndexOf("<think>", StringComparison.Ordinal);
        var close = full.IndexOf("</think>", StringComparison.Ordinal);
        var thinkTags = open >= 0 || close >= 0;
        var splitter = new ThinkTagSplitter(startsInThink: close >= 0 && (open < 0 || open > close));
        for (var i = 0; i < deltas.Count; i++)
        {
            var (thought, said) = thinkTags ? splitter.Push(deltas[i].Content ?? "") : ("", deltas[i].Content ?? "");
            reasoning[i] = (deltas[i].Reasoning ?? "") + thought;
            answer[i] = said;
        }
        if (thinkTags && deltas.Count > 0)
        {
            var (thought, said) = splitter.Flush();
            reasoning[^1] += thought;
            answer[^1] += said;
        }
        return (reasoning, answer, thinkTags && !deltas.Any(d => d.HasReasoning));
    }

    private static string? Details(StreamCapture stream, RecordingContext context, CompletionRequest request, int multiTokenEvents, int? modelTokens)
    {
        var details = new JsonObject();
        foreach (var (key, value) in context.WorkloadDetails ?? [])
            details[key] = value?.DeepClone();
        if (modelTokens is { } counted)
            details[SampleDetails.OutputTokensModel] = counted;
        if (request.IgnoreEos)
            details[SampleDetails.AskedOutputTokens] = request.MaxTokens;
        if (multiTokenEvents > 0)
            details[SampleDetails.MultiTokenEvents] = multiTokenEvents;
        if (context.Warmup)
            details["warmup"] = true;
        if (stream.Usage?.CachedPromptTokens is > 0 and var cached)
            details[PromptCacheSuspectedAnalyser.CachedPromptTokensKey] = cached;
        if (context.ScheduleLagSeconds is { } scheduleLag)
            details[SampleDetails.ScheduleLagSeconds] = Math.Round(scheduleLag, 7);
        if (context.QueueWaitSeconds is { } queueWait)
            details[SampleDetails.QueueWaitSeconds] = Math.Round(queueWait, 7);
        if (stream.SendLagSeconds is { } sendLag)
            details[SampleDetails.SendLagSeconds] = Math.Round(sendLag, 7);
        if (stream.ClientTiming is { } timing)
        {
            if (timing.ReadLagMeanSeconds is { } mean)
                details[SampleDetails.ReadLagMeanSeconds] = Math.Round(mean, 7);
            if (timing.ReadLagMaxSeconds is { } max)
                details[SampleDetails.ReadLagMaxSeconds] = Math.Round(max, 7);
            details[SampleDetails.ClientCpuShare] = timing.CpuShare;
        }
        return details.Count > 0 ? details.ToJsonString() : null;
    }
}
