namespace Yardstick.Web.Charts;

/// <summary>
/// One quantitative axis: the data field, its title with the unit, the d3 number format of its ticks and tooltips, and
/// its scale (log for prices, which span orders of magnitude; a fixed domain for 0–100 scores so that an all-zero chart
/// still reads 0…100 instead of "0, 0, 1, 1, 1").
/// </summary>
internal sealed record ChartAxis(string Field, string Title, string Format)
{
    public bool Log { get; init; }
    public double[]? Domain { get; init; }
    /// <summary>Smallest tick step: 1 for counts (no "0.5 tokens").</summary>
    public double? TickMinStep { get; init; }

    public const string UsdFormat = "$.2~r";
    public const string ScoreFormat = ".1f";
    public const string SpeedFormat = ",.3~r";
    public const string SecondsFormat = ",.3~r";
    public const string CountFormat = ",d";

    public static ChartAxis Price(string title) => new("price", title, UsdFormat) { Log = true };

    public static ChartAxis Score(string field, string title) => new(field, title, ScoreFormat) { Domain = [0, 100] };
}
