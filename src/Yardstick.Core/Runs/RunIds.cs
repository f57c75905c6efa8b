namespace Yardstick.Core.Runs;

/// <summary>Run ids readable by a person and sortable by time: <c>perf-20261126T061201Z-3f9a1c</c>.</summary>
public static class RunIds
{
    public static string New(RunKind kind, DateTimeOffset now) =>
        $"{kind.ToString().ToLowerInvariant()}-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}";
}
