namespace Yardstick.Core.Sentences;

/// <summary>A figure that placement sentences talk about, with the words for each band (lowest band first).</summary>
public sealed record PlacementMetric(string Name, string Unit, IReadOnlyList<string> BandWords)
{
    public static PlacementMetric Intelligence { get; } = new("Intelligence", "points",
        ["well below average", "below average", "about average", "above average", "well above average"]);

    public static PlacementMetric Price { get; } = new("Price", "USD per 1M tokens",
        ["very cheap", "cheaper than average", "moderately priced", "expensive", "very expensive"]);

    public static PlacementMetric OutputSpeed { get; } = new("Output speed", "tokens/s",
        ["much slower than average", "slower than average", "about average speed", "faster than average", "much faster than average"]);

    public static PlacementMetric TimeToFirstToken { get; } = new("Time to first token", "s",
        ["much lower latency than average", "lower latency than average", "about average latency", "higher latency than average", "much higher latency than average"]);

    public static PlacementMetric Verbosity { get; } = new("Verbosity", "tokens",
        ["very concise", "fairly concise", "about average verbosity", "somewhat verbose", "very verbose"]);

    public static PlacementMetric ContextWindow { get; } = new("Context window", "tokens",
        ["much smaller than average", "smaller than average", "about average", "larger than average", "much larger than average"]);

    public string WordsFor(PlacementBand band) => BandWords[(int)band];
}
