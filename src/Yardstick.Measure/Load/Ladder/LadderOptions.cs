namespace Yardstick.Measure.Load.Ladder;

/// <summary>
/// A system load ladder: its top step, how long each phase lasts (null: each phase is the run options' request count,
/// at least one request per stream) and whether rerunning it continues the newest unfinished ladder of the same configuration.
/// </summary>
public sealed record LadderOptions
{
    public const int DefaultMaximum = 256;
    /// <summary>With a fixed phase length, the request count is only a cap this high (a phase ends by time).</summary>
    public const int PhaseRequestCap = 1_000_000;

    public int Maximum { get; init; } = DefaultMaximum;
    public TimeSpan? PhaseDuration { get; init; }
    public bool Resume { get; init; } = true;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Maximum < 1)
            problems.Add("The ladder's top step must be at least 1 stream.");
        if (PhaseDuration is { } phase && phase <= TimeSpan.Zero)
            problems.Add("A phase must last longer than zero.");
        return problems;
    }

    internal IReadOnlyDictionary<string, object?> KeySettings() => new Dictionary<string, object?>
    {
        ["maximum"] = Maximum,
        ["phase_s"] = PhaseDuration?.TotalSeconds,
    };
}
