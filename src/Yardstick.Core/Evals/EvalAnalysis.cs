using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Evals;

/// <summary>
/// Pure functions from an eval run's stored samples to its published figures: the score with its 95 % interval,
/// no-answer and failed counts, tokens and cost. Everything <c>yardstick eval --json</c> prints is recomputable here.
/// </summary>
public static class EvalAnalysis
{
    /// <summary>
    /// The samples that count: one per (prompt, epoch). A resumed run may hold a failed attempt and a later successful
    /// one for the same item; the successful one wins, then the latest issued.
    /// </summary>
    public static IReadOnlyList<SampleRecord> Effective(IEnumerable<SampleRecord> samples) =>
        samples.GroupBy(s => (s.PromptId, s.Epoch))
            .Select(g => g.OrderByDescending(s => s.Succeeded).ThenByDescending(s => s.Sequence).ThenByDescending(s => s.RequestStartedUtc).First())
            .OrderBy(s => s.Sequence).ThenBy(s => s.PromptId, StringComparer.Ordinal).ThenBy(s => s.Epoch)
            .ToList();

    public static EvalSampleOutcome Classify(SampleRecord sample) =>
        !sample.Succeeded ? EvalSampleOutcome.Failed
        : sample.Correct == true ? EvalSampleOutcome.Correct
        : sample.ExtractedAnswer is null ? EvalSampleOutcome.NoAnswer
        : EvalSampleOutcome.Wrong;

    /// <summary>A sample's score in [0, 1]: its own <see cref="SampleRecord.Score"/>, else 1 when correct; failed samples score 0.</summary>
    public static double ScoreOf(SampleRecord sample) =>
        !sample.Succeeded ? 0 : sample.Score ?? (sample.Correct == true ? 1 : 0);

    /// <summary>Summarises samples (already deduplicated or not) into the <c>--json</c> document.</summary>
    public static EvalSummary Summarise(string evalId, string version, IEnumerable<SampleRecord> samples, TokenPrice? price = null, string? runId = null)
    {
        var effective = Effective(samples);
        var observations = effective.Select(s => (s.PromptId, ScoreOf(s))).ToList();
        var questions = effective.Select(s => s.PromptId).Distinct(StringComparer.Ordinal).Count();
        var (interval, method) = ScoreInterval(observations, questions);
        // A request that failed before the endpoint answered (refused, timed out) consumed no input tokens: only a
        // native count proves a failed request was processed.
        var inputTokens = effective.Sum(s => (long)(s.InputTokensNative ?? (s.Succeeded ? s.InputTokensNormalised : null) ?? 0));
        var outputTokens = effective.Sum(s => (long)(s.OutputTokensNative ?? s.OutputTokensNormalised ?? 0));
        var cost = Cost(price, effective);
        return new EvalSummary
        {
            RunId = runId,
            Eval = evalId,
            Version = version,
            N = effective.Count,
            Score = effective.Count == 0 ? double.NaN : interval.Estimate,
            Ci95 = [interval.Lower, interval.Upper],
            CiMethod = method,
            NoAnswer = effective.Count(s => Classify(s) == EvalSampleOutcome.NoAnswer),
            Failed = effective.Count(s => !s.Succeeded),
            Truncated = effective.Count(s => s.Succeeded && s.FinishReason == "length"),
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            ReasoningTokens = effective.Sum(s => (long)(s.ReasoningTokens ?? 0)),
            CostUsd = cost,
            CostSource = cost is null ? null : price?.Source?.ToString(),
            Questions = questions,
            Epochs = effective.Count == 0 ? 0 : effective.GroupBy(s => s.PromptId).Max(g => g.Count()),
            ScoreLoose = effective.Any(s => s.CorrectLoose is not null)
                ? effective.Average(s => s.Succeeded && s.CorrectLoose == true ? 1.0 : 0.0)
                : null,
        };
    }

    /// <summary>Σ input × input price + output × output price; null ("unavailable") unless both prices are real.</summary>
    public static decimal? Cost(TokenPrice? price, long inputTokens, long outputTokens) =>
        TokenCost.OfTotal(price, new BilledTokens(inputTokens, outputTokens)).Usd;

    /// <summary>
    /// One sample's cost by <see cref="TokenCost.OfRequest"/>: its input and output tokens (native counts, else
    /// normalised; a failed request without a native count consumed no input), reasoning tokens at the reasoning
    /// price when one is listed, and the long-context tier when its prompt crossed the threshold.
    /// </summary>
    public static decimal? Cost(TokenPrice? price, SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var input = (long)(sample.InputTokensNative ?? (sample.Succeeded ? sample.InputTokensNormalised : null) ?? 0);
        var output = (long)(sample.OutputTokensNative ?? sample.OutputTokensNormalised ?? 0);
        return TokenCost.OfRequest(price, new BilledTokens(input, output, ReasoningTokens: sample.ReasoningTokens ?? 0)).Usd;
    }

    /// <summary>Σ of each sample's <see cref="Cost(TokenPrice?, SampleRecord)"/>: per request, so that tiers apply where they should.</summary>
    public static decimal? Cost(TokenPrice? price, IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (!TokenCost.OfTotal(price, new BilledTokens(0, 0)).IsAvailable)
            return null;
        decimal total = 0;
        foreach (var sample in samples)
        {
            if (Cost(price, sample) is not { } cost)
                return null;
            total += cost;
        }
        return total;
    }

    /// <summary>
    /// Wilson for one sample per question with 0/1 scores; otherwise a clustered normal interval (questions as
    /// clusters), which is what makes epochs honest: k answers to one question are not k independent answers.
    /// </summary>
    public static (ConfidenceInterval Interval, string Method) ScoreInterval(IReadOnlyList<(string Question, double Score)> observations, int questions)
    {
        if (observations.Count == 0)
            return (new ConfidenceInterval(double.NaN, double.NaN, double.NaN), "none");
        var binary = observations.All(o => o.Score is 0 or 1);
        if (binary && questions == observations.Count)
            return (WilsonInterval.Of(observations.Count(o => o.Score == 1), observations.Count), "wilson");
        var estimate = ClusteredMean.Of(observations);
        if (double.IsNaN(estimate.StandardError))
        {
            // One question asked in several epochs: there is no spread between questions to estimate, so the
            // interval can only speak for this question's repeated answers (or, for partial scores, for anything).
            return binary
                ? (WilsonInterval.Of(observations.Count(o => o.Score == 1), observations.Count), "wilson-single-question")
                : (new ConfidenceInterval(estimate.Mean, 0, 1), "none");
        }
        if (binary)
            return (ClusteredProportion(estimate, observations.Count), "clustered");
        return (estimate.ProportionInterval(), "clustered");
    }

    /// <summary>
    /// A proportion over repeated questions: Wilson's interval at Kish's effective sample size p(1 − p) / SE² (SE the
    /// clustered standard error), kept between the number of questions (every epoch of a question identical) and the
    /// number of samples (epochs independent). At 0 % or 100 %, where the clustered normal interval collapses to a
    /// point, the effective size is the number of questions: the interval stays as wide as the questions warrant.
    /// </summary>
    private static ConfidenceInterval ClusteredProportion(MeanEstimate estimate, int samples)
    {
        var p = estimate.Mean;
        var variance = estimate.StandardError * estimate.StandardError;
        var effective = p * (1 - p) == 0 ? estimate.Units : variance == 0 ? samples : p * (1 - p) / variance;
        return WilsonInterval.OfProportion(p, Math.Clamp(effective, estimate.Units, samples));
    }

    /// <summary>
    /// Score difference A − B with its 95 % interval: paired by question when the runs share questions (the same
    /// dataset items), unpaired otherwise.
    /// </summary>
    public static ConfidenceInterval Difference(IEnumerable<SampleRecord> a, IEnumerable<SampleRecord> b)
    {
        var observationsA = Effective(a).Select(s => (s.PromptId, ScoreOf(s))).ToList();
        var observationsB = Effective(b).Select(s => (s.PromptId, ScoreOf(s))).ToList();
        var shared = observationsA.Select(o => o.PromptId).Intersect(observationsB.Select(o => o.PromptId), StringComparer.Ordinal).Count();
        var questionsA = observationsA.Select(o => o.PromptId).Distinct(StringComparer.Ordinal).Count();
        var questionsB = observationsB.Select(o => o.PromptId).Distinct(StringComparer.Ordinal).Count();
        // Pairing only holds when (nearly) the same questions were asked; otherwise the shared subset would bias the estimate.
        if (shared >= 2 && shared == questionsA && shared == questionsB)
            return DifferenceInterval.Paired(observationsA, observationsB);
        return DifferenceInterval.Unpaired(ClusteredMean.Of(observationsA), ClusteredMean.Of(observationsB));
    }
}
