using Yardstick.Core.Catalog;
using System.Globalization;
using Yardstick.Core.Pricing;
using Yardstick.Core.Statistics;

namespace Yardstick.Web.Formatting;

/// <summary>How figures read on the pages: invariant numbers, units spelled out, "not listed" instead of a made-up zero.</summary>
internal static class Format
{
    public const string NotMeasured = "not measured yet";
    public const string NotListed = "not listed";

    public static string Price(UsdPerMillionTokens? price) => price is { IsNoPrice: false } p ? Usd(p.Value) : NotListed;

    public static string Tokens(long tokens) => tokens.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.##") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => double.IsNaN(seconds) ? "–" : seconds switch
    {
        < 1 => (seconds * 1000).ToString("0", CultureInfo.InvariantCulture) + " ms",
        < 100 => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        _ => seconds.ToString("0", CultureInfo.InvariantCulture) + " s",
    };

    public static string Percent(double proportion) => (proportion * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// The one rule for dollar amounts (prices and costs): cents from $1 up ($4.13, $10.00); below $1 two significant
    /// digits, at least two decimals ($0.13, $0.50, $0.0007), so that a small eval cost never reads "$0.00".
    /// </summary>
    public static string Usd(decimal usd)
    {
        var magnitude = Math.Abs(usd);
        if (magnitude >= 1m || magnitude == 0m)
            return (usd < 0 ? "-" : "") + magnitude.ToString("$#,0.00", CultureInfo.InvariantCulture);
        var decimals = Math.Max(2, 1 - (int)Math.Floor(Math.Log10((double)magnitude)));
        var text = Math.Round(magnitude, Math.Min(decimals, 28), MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        while (text.Length - point - 1 > 2 && text.EndsWith('0'))
            text = text[..^1];
        return (usd < 0 ? "-$" : "$") + text;
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not stated";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Parameters(double? billions) => billions is { } b ? ParameterCount.Format(b) : "not published";

    /// <summary>"p5–p95" range of a distribution with its unit formatter.</summary>
    public static string Range(DistributionSummary d, Func<double, string> format) => $"{format(d.P5)} – {format(d.P95)}";
}
