using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>One item two eval runs both answered, with each run's sample and verdict.</summary>
public sealed record RunDiffItem(string PromptId, int Epoch, SampleRecord A, SampleRecord B)
{
    public SampleVerdict VerdictA => SampleVerdicts.Of(A);
    public SampleVerdict VerdictB => SampleVerdicts.Of(B);
    /// <summary>Correct in exactly one of the two runs.</summary>
    public bool Flipped => (VerdictA == SampleVerdict.Correct) != (VerdictB == SampleVerdict.Correct);
}

/// <summary>
/// Two runs of the same eval item by item (matched by prompt id and epoch): which items flipped from correct to not
/// correct or back, and how many items only one run has.
/// </summary>
public sealed record RunDiff(IReadOnlyList<RunDiffItem> Shared, int OnlyInA, int OnlyInB)
{
    public IEnumerable<RunDiffItem> Flipped => Shared.Where(i => i.Flipped);
    public int GainedByB => Shared.Count(i => i.Flipped && i.VerdictB == SampleVerdict.Correct);
    public int LostByB => Shared.Count(i => i.Flipped && i.VerdictA == SampleVerdict.Correct);

    public static RunDiff Of(IEnumerable<SampleRecord> a, IEnumerable<SampleRecord> b)
    {
        var byKeyA = a.GroupBy(s => (s.PromptId, s.Epoch)).ToDictionary(g => g.Key, g => g.First());
        var byKeyB = b.GroupBy(s => (s.PromptId, s.Epoch)).ToDictionary(g => g.Key, g => g.First());
        var shared = byKeyA.Where(p => byKeyB.ContainsKey(p.Key))
            .Select(p => new RunDiffItem(p.Key.PromptId, p.Key.Epoch, p.Value, byKeyB[p.Key]))
            .OrderBy(i => i.PromptId, StringComparer.Ordinal).ThenBy(i => i.Epoch)
            .ToList();
        return new RunDiff(shared, byKeyA.Count - shared.Count, byKeyB.Count - shared.Count);
    }
}
