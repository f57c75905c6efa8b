namespace Yardstick.Storage.Seeding;

/// <summary>
/// What `yardstick dev seed` generates: <paramref name="Models"/> synthetic catalog models whose runs hold
/// <paramref name="Samples"/> samples in all, drawn from <paramref name="Seed"/>; run times end at <paramref name="AsOf"/>.
/// The same plan always gives the same rows.
/// </summary>
public sealed record SeedPlan(int Models, long Samples, int Seed, DateTimeOffset AsOf)
{
    /// <summary>The evals each model has a run of: the six of the Yardstick Index v1, so every seeded model gets an index.</summary>
    public static IReadOnlyList<string> Evals { get; } = ["mmlu-pro", "math-500", "bbh", "ifeval", "gsm8k", "truthfulqa-mc1"];

    /// <summary>Perf runs per model: one 13 days before <see cref="AsOf"/>, one a day before (both speed windows have points).</summary>
    public const int PerfRunsPerModel = 2;

    public int RunsPerModel => PerfRunsPerModel + Evals.Count;

    public long Runs => (long)Models * RunsPerModel;

    /// <summary>Samples of the run numbered <paramref name="runIndex"/> (0 … <see cref="Runs"/> − 1): an even share, the remainder to the first runs.</summary>
    public int SamplesOfRun(long runIndex)
    {
        var share = Samples / Runs;
        return (int)(share + (runIndex < Samples % Runs ? 1 : 0));
    }
}
