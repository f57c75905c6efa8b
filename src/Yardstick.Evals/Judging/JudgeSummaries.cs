using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Judging;

/// <summary>The <c>judge</c> part of an eval summary, recomputed from the stored samples (a resumed run's too).</summary>
public static class JudgeSummaries
{
    /// <summary>Null when no sample was judged and no judge was given.</summary>
    public static JudgeSummary? Of(IJudgedEval eval, AnswerJudge? judge, IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(eval);
        ArgumentNullException.ThrowIfNull(samples);
        var entries = samples.Select(s => (Sample: s, Entry: JudgeDetails.Read(s))).Where(e => e.Entry is not null).Select(e => (e.Sample, Entry: e.Entry!)).ToList();
        if (entries.Count == 0 && judge is null)
            return null;
        var decided = entries.Where(e => e.Entry.Verdict is not null).ToList();
        return new JudgeSummary
        {
            Model = judge?.Options.Model,
            PromptVersion = judge?.Options.Prompt.Version,
            PromptSha256 = judge?.Options.Prompt.Sha256,
            Judged = decided.Count,
            Cached = decided.Count(e => e.Entry.Cached),
            Failed = entries.Count - decided.Count,
            Verdicts = decided.GroupBy(e => JudgeVerdictParser.Key(e.Entry.Verdict!.Value)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            // Exact match and the judge both decided these: the grade stands, the verdict is compared with it.
            AgreementWithExactMatch = eval.JudgeDecides ? null
                : RaterAgreement.Of(decided.Where(e => e.Sample.Succeeded).Select(e => (e.Sample.Correct == true, e.Entry.Verdict == JudgeVerdict.Correct))),
            Runs = entries.Select(e => e.Entry.RunId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }
}
