namespace Yardstick.Scheduling.Running;

/// <summary>How one fire of a schedule ended: each step's run id and status, in order.</summary>
public sealed record FireOutcome(string WorkKey, DateTimeOffset ScheduledFireUtc, IReadOnlyList<(string RunId, string Status)> Runs)
{
    public bool AllCompleted => Runs.All(r => r.Status == "Completed");

    /// <summary>One word or a short list for the schedule row: <c>completed</c>, else each run that did not complete.</summary>
    public string Summary => AllCompleted
        ? "completed"
        : string.Join(", ", Runs.Where(r => r.Status != "Completed").Select(r => $"{r.RunId} {r.Status.ToLowerInvariant()}"));
}
