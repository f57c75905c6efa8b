using Yardstick.Core.Statistics;
using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pages;

/// <summary>Pairs the benchmarks two models both have figures for: creators' published scores with published, Yardstick's evals with evals.</summary>
public static class SharedBenchmarks
{
    public static IReadOnlyList<SharedBenchmark> Of(ModelCard a, ModelCard b, ModelMeasurements measuredA, ModelMeasurements measuredB)
    {
        var result = new List<SharedBenchmark>();
        foreach (var ea in measuredA.LatestEvals)
        {
            if (measuredB.LatestEval(ea.Summary.Eval) is not { } eb)
                continue;
            var sa = Entry(ea);
            var sb = Entry(eb);
            var ci = DifferenceInterval.Newcombe(new ConfidenceInterval(ea.Summary.Score, ea.Summary.Ci95[0], ea.Summary.Ci95[1]),
                new ConfidenceInterval(eb.Summary.Score, eb.Summary.Ci95[0], eb.Summary.Ci95[1]));
            result.Add(new SharedBenchmark(ea.Summary.Eval, true, sa, sb, ci with { Estimate = ci.Estimate * 100, Lower = ci.Lower * 100, Upper = ci.Upper * 100 }));
        }
        foreach (var pa in a.PublishedScores.GroupBy(s => s.Benchmark, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
        {
            var pb = b.PublishedScores.FirstOrDefault(s => string.Equals(s.Benchmark, pa.Benchmark, StringComparison.OrdinalIgnoreCase));
            if (pb is null)
                continue;
            result.Add(new SharedBenchmark(pa.Benchmark, false, new ScoreEntry(pa.Value, pa.Source), new ScoreEntry(pb.Value, pb.Source), null));
        }
        return result;
    }

    /// <summary>A measured eval as a 0–100 figure with its interval and its run as source.</summary>
    public static ScoreEntry Entry(EvalMeasurement measurement) => new(
        measurement.Summary.Score * 100,
        new FactSource(FactSourceKind.Measured, measurement.Run.Id),
        measurement.Summary.Ci95[0] * 100,
        measurement.Summary.Ci95[1] * 100);
}
