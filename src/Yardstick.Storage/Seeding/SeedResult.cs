namespace Yardstick.Storage.Seeding;

/// <summary>What a seed wrote and how long it took.</summary>
public sealed record SeedResult(int Models, long Runs, long Samples, long Rows, TimeSpan Elapsed)
{
    /// <summary>Rows of every table written per second of the whole seed (generation included).</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : double.NaN;
}
