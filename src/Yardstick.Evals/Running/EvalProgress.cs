namespace Yardstick.Evals.Running;

/// <summary>Where a run stands, reported after every sample (for a progress bar with ETA).</summary>
public sealed record EvalProgress(
    string RunId,
    int Total,
    int Completed,
    int Correct,
    int NoAnswer,
    int Failed,
    int FromCache,
    int Resumed,
    long OutputTokens,
    TimeSpan Elapsed)
{
    /// <summary>Remaining time at the pace of the samples completed in this session; null before the first one.</summary>
    public TimeSpan? Eta
    {
        get
        {
            var doneHere = Completed - Resumed;
            if (doneHere <= 0 || Completed >= Total)
                return Completed >= Total ? TimeSpan.Zero : null;
            return Elapsed / doneHere * (Total - Completed);
        }
    }
}
