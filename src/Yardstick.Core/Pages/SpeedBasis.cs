namespace Yardstick.Core.Pages;

/// <summary>Which branch of <see cref="SpeedRule"/> a model's speed figure came from.</summary>
public enum SpeedBasis
{
    /// <summary>The median of the per-run medians of the headline-workload runs that started in the last 72 h.</summary>
    Window,
    /// <summary>No headline-workload run in the last 72 h: the latest one, however old.</summary>
    LatestHeadlineRun,
    /// <summary>No run at the headline workload at all: the latest perf run, at its own workload.</summary>
    LatestOtherWorkload,
}
