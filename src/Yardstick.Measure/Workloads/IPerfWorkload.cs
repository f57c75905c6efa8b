namespace Yardstick.Measure.Workloads;

/// <summary>Makes the prompts of a perf run. Implementations must be safe to call from several workers at once.</summary>
public interface IPerfWorkload
{
    /// <summary>Stored as the run's task, e.g. <c>prompt-length-1000</c>.</summary>
    string Name { get; }

    string Version { get; }

    /// <summary>The prompt for the request issued <paramref name="sequence"/>-th (negative for warm-up).</summary>
    PerfPrompt Next(int sequence);
}
