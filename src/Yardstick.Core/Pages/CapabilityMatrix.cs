using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;

namespace Yardstick.Core.Pages;

/// <summary>
/// What Yardstick's probes found for one model, per endpoint: a row per probe, a column per probed endpoint, each cell
/// the newest outcome of that probe there (a probe missing from the newest run falls back to the newest run that has it).
/// </summary>
public sealed record CapabilityMatrix(IReadOnlyList<MatrixEndpoint> Endpoints, IReadOnlyList<MatrixRow> Rows)
{
    public static CapabilityMatrix Empty { get; } = new([], []);

    public bool IsEmpty => Rows.Count == 0;

    /// <summary>The matrix of <paramref name="model"/> from its completed probe runs (any order).</summary>
    public static CapabilityMatrix Of(ModelCard model, IEnumerable<ProbeMeasurement> probes)
    {
        var newestFirst = probes.OrderByDescending(p => p.Run.StartedUtc).ThenByDescending(p => p.Run.Id, StringComparer.Ordinal).ToList();
        var byEndpoint = newestFirst.GroupBy(p => p.EndpointKey).ToList();
        var endpoints = byEndpoint.Select(g => Column(model, g.First())).ToList();
        var names = new List<string>();
        foreach (var outcome in newestFirst.SelectMany(p => p.Summary.Probes))
            if (!names.Contains(outcome.Probe))
                names.Add(outcome.Probe);
        var rows = names.Select(name =>
        {
            var cells = byEndpoint.Select(g => g
                .Select(p => p.Summary.Outcome(name) is { } o ? new MatrixCell(o, p.Run.Id, p.Run.FinishedUtc ?? p.Run.StartedUtc) : null)
                .FirstOrDefault(c => c is not null)).ToList();
            return new MatrixRow(name, cells.FirstOrDefault(c => c?.Outcome.Capability is not null)?.Outcome.Capability, cells);
        }).ToList();
        return new CapabilityMatrix(endpoints, rows);
    }

    /// <summary>
    /// The model's standing on <paramref name="capability"/> from its probes, endpoint by endpoint: verified where any
    /// endpoint verified it (the newest such cell), refuted where every endpoint that decided refuted or refused it;
    /// null when no probe decided (only inconclusive cells, or none).
    /// </summary>
    public MatrixCell? Decisive(string capability)
    {
        var cells = Rows.Where(r => string.Equals(r.Capability, capability, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r.Cells).OfType<MatrixCell>()
            .Where(c => string.Equals(c.Outcome.Capability, capability, StringComparison.OrdinalIgnoreCase) && c.Verdict != ProbeVerdict.Inconclusive)
            .OrderByDescending(c => c.Date).ToList();
        return cells.FirstOrDefault(c => c.Verdict == ProbeVerdict.Verified) ?? cells.FirstOrDefault();
    }

    private static MatrixEndpoint Column(ModelCard model, ProbeMeasurement newest)
    {
        var run = newest.Run;
        var card = model.Endpoints.FirstOrDefault(e => e.Id == run.EndpointId);
        return new MatrixEndpoint(newest.EndpointKey, card?.Provider ?? run.BaseUrl, run.BaseUrl, run.ApiStyle, run.ModelId);
    }
}
