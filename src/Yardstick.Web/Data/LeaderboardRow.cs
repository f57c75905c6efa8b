using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Web.Data;

/// <summary>
/// One model's line on the leaderboard and in its charts: catalog facts, price, the speed under the one speed rule
/// (<see cref="SpeedRule"/>) and the latest run of each eval.
/// </summary>
public sealed record LeaderboardRow(ModelCard Card, string Class, TokenPrice? Price, PricePoint? PricePoint, ModelMeasurements Measured,
    IReadOnlyDictionary<string, EvalMeasurement> Evals, IndexResult? Index)
{
    public decimal? Blended => PricePoint?.Blended.Value;
    /// <summary>The newest run behind the speed figure (what its link points to, and the run the latency charts read).</summary>
    public PerfMeasurement? Perf => Measured.Speed?.Newest;
    public double? Speed => Measured.MedianOutputTokensPerSecond;
    public double? Ttft => Measured.MedianTtftSeconds;
}
