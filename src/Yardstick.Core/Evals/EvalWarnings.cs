using System.Globalization;

namespace Yardstick.Core.Evals;

/// <summary>
/// Says when an eval's own numbers are doubtful (after BenchmarkDotNet's analysers): too few samples for a tight
/// interval, many failed requests, many responses without an answer or cut by the token limit, a partial dataset.
/// </summary>
public static class EvalWarnings
{
    /// <summary>Share of failed requests above which the score mostly measures the endpoint, not the model.</summary>
    public const double FailedShare = 0.05;
    /// <summary>Share of no-answer responses above which the prompt format or token budget is suspect.</summary>
    public const double NoAnswerShare = 0.20;
    /// <summary>Share of truncated responses above which the token budget is too small.</summary>
    public const double TruncatedShare = 0.05;
    /// <summary>Samples below which the interval is too wide to rank models.</summary>
    public const int FewSamples = 30;

    public static IReadOnlyList<string> Of(EvalSummary summary)
    {
        var warnings = new List<string>();
        if (summary.N == 0)
            return ["No samples: nothing was measured."];
        double n = summary.N;
        if (summary.N < FewSamples && summary.Ci95.Length == 2)
            warnings.Add(Text($"Only {summary.N} samples: the 95 % interval spans {100 * (summary.Ci95[1] - summary.Ci95[0]):0} points; run more questions before comparing models."));
        if (summary.Failed / n > FailedShare)
            warnings.Add(Text($"{summary.Failed} of {summary.N} requests failed ({summary.Failed / n:P0}) and count as wrong; check the endpoint, then run the same command again to retry them."));
        // With abstention scoring "no answer" is mostly "I don't know": an answer the eval asks for, not a format problem.
        if (summary.NoAnswer / n > NoAnswerShare && summary.Abstention is null)
            warnings.Add(Text($"{summary.NoAnswer} of {summary.N} responses ({summary.NoAnswer / n:P0}) gave no extractable answer; check the answer format or the token budget."));
        if (summary.Truncated / n > TruncatedShare)
            warnings.Add(Text($"{summary.Truncated} of {summary.N} responses hit the token limit; raise --max-tokens."));
        if (summary.Judge is { Failed: > 0 } judge)
            warnings.Add(Text($"{judge.Failed} judgements failed (no verdict: judge endpoint error or a reply without a verdict line); the reasons are in the judge run's samples. Run the same command again to ask again."));
        if (summary.Judge?.AgreementWithExactMatch is { N: > 0 and < FewSamples } agreement)
            warnings.Add(Text($"The judge's agreement with exact match rests on {agreement.N} items only."));
        if (summary.InvalidItems > 0)
            warnings.Add(Text($"{summary.InvalidItems} dataset lines could not be read and were left out."));
        if (summary.DatasetItems is { } items && summary.Questions < items)
            warnings.Add(Text($"Partial run: {summary.Questions} of {items} questions; not comparable with whole-dataset scores."));
        return warnings;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
