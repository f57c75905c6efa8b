namespace Yardstick.Core.Pricing;

/// <summary>
/// Weights of the blended price: input : output (and optionally cached input).
/// The default is 3 : 1, i.e. (3 × input + output) / 4.
/// </summary>
public sealed record BlendRatio(decimal InputWeight, decimal OutputWeight, decimal CachedInputWeight = 0m)
{
    public static BlendRatio Default { get; } = new(3m, 1m);

    /// <summary>
    /// The cache-aware blend offered beside the headline: 7 input : 2 cached input : 1 output, i.e. a chat or agent
    /// workload that re-reads part of its prompt from the provider's cache (written <c>2:7:1</c>, cached first).
    /// </summary>
    public static BlendRatio CacheAware { get; } = new(7m, 1m, 2m);

    public decimal TotalWeight => InputWeight + OutputWeight + CachedInputWeight;

    /// <summary>Parses <c>"3:1"</c> (input:output) or <c>"1:3:1"</c> (cached:input:output).</summary>
    public static BlendRatio Parse(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => decimal.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : -1m).ToArray();
        if (numbers.Any(n => n < 0) || numbers.Length is < 2 or > 3)
            throw new FormatException($"Blend ratio '{text}' is not 'input:output' or 'cached:input:output' with non-negative numbers.");
        var ratio = numbers.Length == 2 ? new BlendRatio(numbers[0], numbers[1]) : new BlendRatio(numbers[1], numbers[2], numbers[0]);
        if (ratio.TotalWeight <= 0)
            throw new FormatException($"Blend ratio '{text}' has no positive weight.");
        return ratio;
    }

    public override string ToString() => CachedInputWeight == 0 ? $"{InputWeight:0.##}:{OutputWeight:0.##}" : $"{CachedInputWeight:0.##}:{InputWeight:0.##}:{OutputWeight:0.##}";
}
