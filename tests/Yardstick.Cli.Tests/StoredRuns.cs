using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Tests;

/// <summary>Reads what a `yardstick` process stored in the SQLite database of its data folder.</summary>
internal static class StoredRuns
{
    public static async Task<IReadOnlyList<(RunRecord Run, IReadOnlyList<SampleRecord> Samples)>> ReadAsync(string dataDirectory, RunKind? kind = null)
    {
        await using var database = YardstickDatabase.ForDataDirectory(dataDirectory);
        var store = new EfRunStore(database);
        var runs = await store.ListRunsAsync(new RunQuery(kind, null, Limit: 1000));
        var result = new List<(RunRecord, IReadOnlyList<SampleRecord>)>();
        foreach (var run in runs)
            result.Add((run, await store.GetSamplesAsync(run.Id)));
        return result;
    }

    /// <summary>The one run of <paramref name="kind"/> in the folder (the test ran one), with its samples.</summary>
    public static async Task<(RunRecord Run, IReadOnlyList<SampleRecord> Samples)> SingleAsync(string dataDirectory, RunKind kind) =>
        Assert.Single(await ReadAsync(dataDirectory, kind));
}
