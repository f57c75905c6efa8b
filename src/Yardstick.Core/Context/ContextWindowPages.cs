using System.Globalization;

namespace Yardstick.Core.Context;

/// <summary>Context window sizes in words a reader pictures: 1,000 tokens ≈ 1.5 A4 pages (32k ≈ 48, 128k ≈ 192).</summary>
public static class ContextWindowPages
{
    public const double A4PagesPerThousandTokens = 1.5;

    public static int A4Pages(long tokens) => (int)Math.Round(tokens / 1000.0 * A4PagesPerThousandTokens, MidpointRounding.AwayFromZero);

    /// <summary>Short form: 32k, 128k, 1.05M.</summary>
    public static string Short(long tokens) => tokens switch
    {
        >= 1_000_000 => (tokens / 1_000_000.0).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => Math.Round(tokens / 1000.0).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => tokens.ToString(CultureInfo.InvariantCulture),
    };
}
