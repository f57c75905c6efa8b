using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Web.Data;

/// <summary>One model's line on the leaderboard and in its charts: catalog facts, price, and the figures of its latest runs.</summary>
public sealed record LeaderboardRow(ModelCard Card, string Class, TokenPrice? Price, PricePoint? PricePoint, ModelMeasurements Measured,
    IReadOnlyDictionary<string, EvalMeasurement> Evals, IndexResult? Index)
{
    public decimal? Blended => PricePoint?.Blended.Value;
    public PerfMeasurement? Perf => Measured.LatestPerf;
    public double? Speed => Measured.MedianOutputTokensPerSecond;
    public double? Ttft => Measured.MedianTtftSeconds;
}
