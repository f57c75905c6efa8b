namespace Yardstick.Core.Runs;

/// <summary>
/// Run figures computed from the samples on every read: for run stores that keep no figures (in memory). The database's
/// store keeps them instead, so a page never reads samples there.
/// </summary>
public sealed class SampleRunFiguresStore(IRunStore runs) : IRunFiguresStore
{
    public async Task<IReadOnlyDictionary<string, RunFigures>> GetFiguresAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var figures = new Dictionary<string, RunFigures>(StringComparer.Ordinal);
        foreach (var id in runIds.Distinct(StringComparer.Ordinal))
            if (await runs.GetRunAsync(id, cancellationToken) is not null)
                figures[id] = RunFigures.Of(id, await runs.GetSamplesAsync(id, cancellationToken));
        return figures;
    }
}
