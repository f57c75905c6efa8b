namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// Bracketing then bisection over load levels, as a pure function of the levels measured so far (so an interrupted
/// search resumes by replaying what it stored). Bracketing doubles from <see cref="Start"/> (capped at
/// <see cref="Maximum"/>) until a level fails; bisection then measures the midpoint of the highest passing level below
/// the lowest failing one and that failing level, until they are adjacent integers (<see cref="Integer"/>, concurrency)
/// or closer than <see cref="Precision"/> × the passing level (request rates, midpoints rounded to 0.001/s). Taking the
/// lowest failing level and the highest pass below it keeps the frontier conservative when noise makes levels non-monotonic.
/// </summary>
public sealed record CapacitySearchPlan(double Start, double Maximum, bool Integer, double Precision = 0.05)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(Start > 0) || !double.IsFinite(Start))
            problems.Add("The search must start above 0.");
        if (!(Maximum >= Start) || !double.IsFinite(Maximum))
            problems.Add("The search maximum must be at least its start.");
        if (Integer && (Start != Math.Floor(Start) || Maximum != Math.Floor(Maximum)))
            problems.Add("A concurrency search starts and ends at whole numbers of streams.");
        if (!(Precision > 0 && Precision < 1))
            problems.Add("The search precision must be between 0 and 1.");
        return problems;
    }

    public CapacityStep Next(IReadOnlyList<LevelVerdict> measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var failing = measured.Where(v => !v.Passed).Select(v => (double?)v.Level).Min();
        var passing = measured.Where(v => v.Passed && (failing is null || v.Level < failing)).Select(v => (double?)v.Level).Max();
        if (passing is null)
            return failing is null || !measured.Any(v => v.Level <= Start) ? Measure(Start, measured) : CapacityStep.Done(CapacityStop.LowestFails);
        if (failing is null)
            return passing >= Maximum ? CapacityStep.Done(CapacityStop.MaximumPasses) : Measure(Math.Min(passing.Value * 2, Maximum), measured);
        var (pass, fail) = (passing.Value, failing.Value);
        if (Integer ? fail - pass <= 1 : fail - pass <= Precision * pass)
            return CapacityStep.Done(CapacityStop.Bracketed);
        var middle = Integer ? Math.Floor((pass + fail) / 2) : Math.Round((pass + fail) / 2, 3);
        return middle <= pass || middle >= fail ? CapacityStep.Done(CapacityStop.Bracketed) : Measure(middle, measured);
    }

    /// <summary>A level measured already is never measured again (a guard against a loop on inconsistent stored levels).</summary>
    private static CapacityStep Measure(double level, IReadOnlyList<LevelVerdict> measured) =>
        measured.Any(v => v.Level == level) ? CapacityStep.Done(CapacityStop.Bracketed) : CapacityStep.Measure(level);
}
