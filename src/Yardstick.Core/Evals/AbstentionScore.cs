using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Evals;

/// <summary>
/// Knowledge with abstention (Omniscience-style): +1 for a correct answer, −1 for an incorrect one, 0 for an
/// abstention. Accuracy = correct ÷ n; hallucination rate = incorrect ÷ (incorrect + abstained), the share of the
/// questions the model did not get right on which it asserted something false instead of abstaining; signed score =
/// mean of the ±1/0 points, with a 95 % interval clustered by question (epochs repeat questions).
/// </summary>
public sealed record AbstentionScore
{
    [JsonPropertyName("n")] public required int N { get; init; }
    [JsonPropertyName("correct")] public int Correct { get; init; }
    [JsonPropertyName("incorrect")] public int Incorrect { get; init; }
    [JsonPropertyName("abstained")] public int Abstained { get; init; }
    /// <summary>Correct ÷ n; NaN when n is 0.</summary>
    [JsonPropertyName("accuracy")] public double Accuracy { get; init; }
    /// <summary>Incorrect ÷ (incorrect + abstained); null when every answer was correct (nothing to hallucinate on).</summary>
    [JsonPropertyName("hallucination_rate")] public double? HallucinationRate { get; init; }
    /// <summary>(correct − incorrect) ÷ n, in [−1, 1].</summary>
    [JsonPropertyName("signed_score")] public double SignedScore { get; init; }
    /// <summary>95 % interval of the signed score, clipped to [−1, 1]; null with fewer than two questions.</summary>
    [JsonPropertyName("signed_score_ci95")] public double[]? SignedScoreCi95 { get; init; }

    /// <summary>The points of one verdict: +1 correct, −1 incorrect, 0 abstained.</summary>
    public static int Points(JudgeVerdict verdict) => verdict switch
    {
        JudgeVerdict.Correct => 1,
        JudgeVerdict.Incorrect => -1,
        _ => 0,
    };

    /// <summary>The figures of (question, verdict) observations; several per question when the eval ran several epochs.</summary>
    public static AbstentionScore Of(IEnumerable<(string Question, JudgeVerdict Verdict)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var list = observations.ToList();
        var correct = list.Count(o => o.Verdict == JudgeVerdict.Correct);
        var incorrect = list.Count(o => o.Verdict == JudgeVerdict.Incorrect);
        var abstained = list.Count - correct - incorrect;
        if (list.Count == 0)
            return new AbstentionScore { N = 0, Accuracy = double.NaN, SignedScore = double.NaN };
        var estimate = ClusteredMean.Of(list.Select(o => (o.Question, (double)Points(o.Verdict))));
        var interval = estimate.Interval();
        return new AbstentionScore
        {
            N = list.Count,
            Correct = correct,
            Incorrect = incorrect,
            Abstained = abstained,
            Accuracy = (double)correct / list.Count,
            HallucinationRate = incorrect + abstained == 0 ? null : (double)incorrect / (incorrect + abstained),
            SignedScore = estimate.Mean,
            SignedScoreCi95 = double.IsNaN(estimate.StandardError) ? null : [Math.Max(-1, interval.Lower), Math.Min(1, interval.Upper)],
        };
    }
}
