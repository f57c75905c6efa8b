namespace Yardstick.Core.Metrics;

/// <summary>
/// Service-level objectives a request must meet to count toward goodput; a null bound is not checked. The inter-token
/// bound applies to the request's mean gap between token events.
/// </summary>
public sealed record Slo(double? TtftSeconds = null, double? InterTokenLatencySeconds = null, double? E2eLatencySeconds = null)
{
    public bool IsEmpty => TtftSeconds is null && InterTokenLatencySeconds is null && E2eLatencySeconds is null;

    public bool IsMetBy(RequestMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (TtftSeconds is { } ttft && !(metrics.TtftSeconds <= ttft))
            return false;
        if (E2eLatencySeconds is { } e2e && !(metrics.E2eLatencySeconds <= e2e))
            return false;
        if (InterTokenLatencySeconds is { } itl && metrics.InterTokenGapsSeconds.Count > 0 && !(metrics.InterTokenGapsSeconds.Average() <= itl))
            return false;
        return true;
    }

    public override string ToString() => string.Join(", ", new[]
    {
        TtftSeconds is { } t ? $"TTFT <= {t:0.###} s" : null,
        InterTokenLatencySeconds is { } i ? $"ITL <= {i * 1000:0.###} ms" : null,
        E2eLatencySeconds is { } e ? $"E2E <= {e:0.###} s" : null,
    }.OfType<string>());
}
