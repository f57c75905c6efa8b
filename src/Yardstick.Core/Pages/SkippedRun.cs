using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>A perf or eval run that no page, leaderboard or index counts, and why (failed with its reason, interrupted, still running).</summary>
public sealed record SkippedRun(RunRecord Run, string Reason)
{
    /// <summary>Why <paramref name="run"/> is not counted, or null when its status lets it count.</summary>
    public static string? ReasonFor(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status switch
        {
            RunStatus.Completed => null,
            RunStatus.Failed => $"failed: {run.FailureReason ?? "no reason was stored"}; not counted",
            RunStatus.Interrupted => "interrupted before its end; not counted (run the same command again to resume an eval)",
            _ => "still running; counted once it completes",
        };
    }
}
