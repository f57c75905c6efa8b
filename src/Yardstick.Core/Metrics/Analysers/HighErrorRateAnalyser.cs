namespace Yardstick.Core.Metrics.Analysers;

/// <summary>Warns when more than <see cref="MaxFailedFraction"/> of the requests failed: the figures describe the survivors.</summary>
public sealed class HighErrorRateAnalyser(double maxFailedFraction = 0.05) : IPerfAnalyser
{
    public static HighErrorRateAnalyser Default { get; } = new();

    public double MaxFailedFraction { get; } = maxFailedFraction;

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requests = context.Summary.Requests;
        var total = requests.Ok + requests.Failed;
        if (total == 0)
        {
            yield return "No requests were measured.";
            yield break;
        }
        var fraction = (double)requests.Failed / total;
        if (fraction > MaxFailedFraction)
        {
            var kinds = string.Join(", ", requests.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"));
            yield return $"High error rate: {requests.Failed} of {total} requests failed ({fraction:P0}: {kinds}); the figures describe only the requests that succeeded.";
        }
    }
}
