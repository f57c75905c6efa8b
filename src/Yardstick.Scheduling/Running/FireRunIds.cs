using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Running;

/// <summary>
/// Run ids of a scheduled fire, in the shape of <see cref="RunIds"/> (<c>perf-20261202T030000Z-3f9a1c</c>) but derived
/// from the work key, the fire's scheduled time and the step, so every worker computes the same id for the same run.
/// </summary>
public static class FireRunIds
{
    public static string For(ScheduledWork work, DateTimeOffset scheduledFireUtc, WorkStep step)
    {
        var kind = step.IsProbe ? RunKind.Probe : step.IsPerf ? RunKind.Perf : RunKind.Eval;
        // Whole seconds: Quartz hands a recovered fire's original time back as text to the second.
        var utc = new DateTime(scheduledFireUtc.UtcTicks - scheduledFireUtc.UtcTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var identity = string.Create(CultureInfo.InvariantCulture, $"{work.Key}\n{utc.Ticks}\n{step.Name}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..6];
        return $"{kind.ToString().ToLowerInvariant()}-{utc:yyyyMMdd'T'HHmmss'Z'}-{hash}";
    }

    /// <summary>The scheduled fire time (to the second) written in a run id of this shape; null for another shape.</summary>
    public static DateTimeOffset? FireUtcOf(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var parts = runId.Split('-');
        return parts.Length == 3 && DateTime.TryParseExact(parts[1], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? new DateTimeOffset(utc, TimeSpan.Zero)
            : null;
    }

    /// <summary>True when <paramref name="runId"/> is the id of <paramref name="step"/> of <paramref name="work"/> for some fire.</summary>
    public static bool IsRunOf(string runId, ScheduledWork work, WorkStep step) =>
        FireUtcOf(runId) is { } fireUtc && string.Equals(For(work, fireUtc, step), runId, StringComparison.Ordinal);
}
