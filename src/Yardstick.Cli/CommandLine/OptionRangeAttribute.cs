namespace Yardstick.Cli.CommandLine;

/// <summary>
/// The allowed range of a numeric option, stated once: <see cref="OptionRanges"/> checks it in each Settings.Validate(),
/// and the command-line check names it when a value does not even convert. Bounds are inclusive.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionRangeAttribute(double minimum, double maximum) : Attribute
{
    public double Minimum { get; } = minimum;

    public double Maximum { get; } = maximum;

    /// <summary>The minimum itself is not allowed (a timeout of 0 s, a rate of 0/s).</summary>
    public bool MinimumIsExclusive { get; init; }
}
