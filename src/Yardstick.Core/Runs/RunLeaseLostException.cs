namespace Yardstick.Core.Runs;

/// <summary>A run stopped because its lease was lost (another process took it over after missed heartbeats): nothing more was written.</summary>
public sealed class RunLeaseLostException(string runId, string owner)
    : Exception($"Run {runId} was taken over by another process (its lease, held as {owner}, expired); this process stopped without writing more.")
{
    /// <summary>The run whose lease was lost.</summary>
    public string RunId { get; } = runId;

    /// <summary>The owner id this process held the lease as.</summary>
    public string Owner { get; } = owner;
}
