using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// The objectives one load level must meet as a whole (capacity search): the <see cref="Percentile"/>-th percentile
/// across its successful requests of TTFT, of each request's mean inter-token gap and of E2E latency at most their
/// bounds, and the share of failed requests at most <see cref="MaxErrorRate"/>. A null bound is not checked. The p95 of a
/// metric being at most a bound is the same as at least 95 % of requests meeting that bound.
/// </summary>
public sealed record LoadSlo(double? TtftSeconds = null, double? InterTokenLatencySeconds = null, double? E2eLatencySeconds = null,
    double? MaxErrorRate = null, double Percentile = 95)
{
    public const string Ttft = "ttft_s";
    public const string InterTokenLatency = "inter_token_latency_s";
    public const string E2eLatency = "e2e_latency_s";
    public const string ErrorRate = "error_rate";

    public bool IsEmpty => TtftSeconds is null && InterTokenLatencySeconds is null && E2eLatencySeconds is null && MaxErrorRate is null;

    /// <summary>Each bounded metric of the level's measured (not warm-up) samples against its bound; a metric nothing measured fails.</summary>
    public IReadOnlyList<SloCheck> Check(IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var measured = samples.Where(s => !PerfAnalysis.IsWarmup(s)).ToList();
        var metrics = measured.Select(RequestMetrics.From).OfType<RequestMetrics>().ToList();
        var checks = new List<SloCheck>(4);
        if (TtftSeconds is { } ttft)
            checks.Add(SloCheck.AtMost(Ttft, ttft, Percentiles.Of(metrics.Select(m => m.TtftSeconds).ToArray(), Percentile)));
        if (InterTokenLatencySeconds is { } itl)
            checks.Add(SloCheck.AtMost(InterTokenLatency, itl,
                Percentiles.Of(metrics.Where(m => m.InterTokenGapsSeconds.Count > 0).Select(m => m.InterTokenGapsSeconds.Average()).ToArray(), Percentile)));
        if (E2eLatencySeconds is { } e2e)
            checks.Add(SloCheck.AtMost(E2eLatency, e2e, Percentiles.Of(metrics.Select(m => m.E2eLatencySeconds).ToArray(), Percentile)));
        if (MaxErrorRate is { } errors)
            checks.Add(SloCheck.AtMost(ErrorRate, errors, measured.Count == 0 ? double.NaN : (double)measured.Count(s => !s.Succeeded) / measured.Count));
        return checks;
    }

    public override string ToString() => string.Join(", ", new[]
    {
        TtftSeconds is { } t ? $"p{Percentile:0.#} TTFT <= {t:0.###} s" : null,
        InterTokenLatencySeconds is { } i ? $"p{Percentile:0.#} ITL <= {i * 1000:0.###} ms" : null,
        E2eLatencySeconds is { } e ? $"p{Percentile:0.#} E2E <= {e:0.###} s" : null,
        MaxErrorRate is { } r ? $"errors <= {r:0.###%}" : null,
    }.OfType<string>());
}
