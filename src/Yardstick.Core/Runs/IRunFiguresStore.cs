namespace Yardstick.Core.Runs;

/// <summary>
/// Where the precomputed <see cref="RunFigures"/> of runs are kept (a run store that can hold them implements this beside
/// <see cref="IRunStore"/>). Readers never see figures that differ from the samples': a run without stored figures has
/// them computed from its samples and stored on first read.
/// </summary>
public interface IRunFiguresStore
{
    /// <summary>The figures of each of <paramref name="runIds"/> that exists, by run id.</summary>
    Task<IReadOnlyDictionary<string, RunFigures>> GetFiguresAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default);
}
