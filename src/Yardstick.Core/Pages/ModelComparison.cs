using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// Everything the X-vs-Y page says, derived from the two cards and Yardstick's own runs only: verdict, scorecard
/// entries, "choose X when" lists, monthly cost at a traffic, switch friction and shared benchmarks.
/// </summary>
public sealed record ModelComparison
{
    public required ModelCard A { get; init; }
    public required ModelCard B { get; init; }
    public required ModelMeasurements MeasuredA { get; init; }
    public required ModelMeasurements MeasuredB { get; init; }
    public required MonthlyTraffic Traffic { get; init; }
    public required BlendRatio BlendRatio { get; init; }
    public required CheapestRoute CostA { get; init; }
    public required CheapestRoute CostB { get; init; }
    /// <summary>Providers that serve both models (switching there is a model-id change).</summary>
    public required IReadOnlyList<string> SharedProviders { get; init; }
    public required IReadOnlyList<CapabilityGap> CapabilityGaps { get; init; }
    public required IReadOnlyList<SharedBenchmark> SharedBenchmarks { get; init; }
    public required IReadOnlyList<string> BestForA { get; init; }
    public required IReadOnlyList<string> BestForB { get; init; }
    public required IReadOnlyList<string> ChooseA { get; init; }
    public required IReadOnlyList<string> ChooseB { get; init; }
    public required IReadOnlyList<string> FitTagsA { get; init; }
    public required IReadOnlyList<string> FitTagsB { get; init; }
    public required IReadOnlyList<string> SwitchFriction { get; init; }
    public required string Verdict { get; init; }

    /// <summary>The model that leads more shared benchmarks (null on a tie or with none shared).</summary>
    public ModelCard? BenchmarkLeader
    {
        get
        {
            var score = SharedBenchmarks.Sum(b => b.Leader);
            return score > 0 ? A : score < 0 ? B : null;
        }
    }

    public static ModelComparison Compare(ModelCard a, ModelCard b, ModelMeasurements measuredA, ModelMeasurements measuredB, MonthlyTraffic traffic, BlendRatio? ratio = null) =>
        ModelComparisonBuilder.Build(a, b, measuredA, measuredB, traffic, ratio ?? BlendRatio.Default);
}
