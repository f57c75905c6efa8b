namespace Yardstick.Web.Pages.Shared;

/// <summary>
/// One level of a load curve, from its run's stored summary (and, for a capacity search, its samples judged against the
/// search's SLOs): per-user and system output throughput, E2E and TTFT, and the level's verdict.
/// </summary>
public sealed record LoadCurvePoint(double Level, string Label, string RunId, double PerUserTokensPerSecond, double SystemTokensPerSecond,
    double E2eP50Seconds, double E2eP95Seconds, double TtftP50Seconds, double TtftP95Seconds, string Verdict, bool Frontier);
