namespace Yardstick.Scheduling.Running;

/// <summary>Who executes scheduled runs: a name unique in the cluster and an optional location label.</summary>
public sealed record WorkerIdentity(string Name, string? Location = null)
{
    /// <summary>A name for a worker started without one: host and process id, unique on a machine and readable in logs.</summary>
    public static string DefaultName() => $"{Environment.MachineName.ToLowerInvariant()}-{Environment.ProcessId}";
}
