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

    public static string Price(UsdPerMillionTokens? price) => price is { IsNoPrice: false } p ? p.ToString() : NotListed;

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

    public static string Usd(decimal usd) => usd.ToString("$#,0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not stated";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Parameters(double? billions) => billions is { } b ? ParameterCount.Format(b) : "not published";

    /// <summary>"p5–p95" range of a distribution with its unit formatter.</summary>
    public static string Range(DistributionSummary d, Func<double, string> format) => $"{format(d.P5)} – {format(d.P95)}";
}
