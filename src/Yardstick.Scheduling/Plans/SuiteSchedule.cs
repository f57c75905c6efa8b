using System.Globalization;
using System.Text.RegularExpressions;

namespace Yardstick.Scheduling.Plans;

/// <summary>How often a suite fires: every fixed interval (<c>every: 3h</c>) or on a Quartz cron expression (<c>cron: "0 0 */3 * * ?"</c>).</summary>
public sealed partial record SuiteSchedule
{
    public TimeSpan? Every { get; init; }
    public string? Cron { get; init; }

    public static SuiteSchedule Interval(TimeSpan every) => new() { Every = every };

    public static SuiteSchedule OnCron(string cron) => new() { Cron = cron };

    public override string ToString() => Cron is { } cron ? $"cron {cron}" : $"every {Format(Every ?? TimeSpan.Zero)}";

    /// <summary>Parses <c>90s</c>, <c>30m</c>, <c>3h</c>, <c>7d</c> or <c>1h30m</c>; null when the text is not a positive duration.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
            return null;
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var value = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            total += part.Value[^1] switch
            {
                's' => TimeSpan.FromSeconds(value),
                'm' => TimeSpan.FromMinutes(value),
                'h' => TimeSpan.FromHours(value),
                _ => TimeSpan.FromDays(value),
            };
        }
        return total > TimeSpan.Zero ? total : null;
    }

    /// <summary>The shortest text <see cref="ParseDuration"/> reads back as <paramref name="duration"/>.</summary>
    public static string Format(TimeSpan duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0)
            parts.Add($"{duration.Days}d");
        if (duration.Hours > 0)
            parts.Add($"{duration.Hours}h");
        if (duration.Minutes > 0)
            parts.Add($"{duration.Minutes}m");
        if (duration.Seconds > 0 || parts.Count == 0)
            parts.Add($"{duration.Seconds}s");
        return string.Concat(parts);
    }

    [GeneratedRegex(@"^(?<part>\d{1,6}[smhd])+$")]
    private static partial Regex DurationPattern();
}
