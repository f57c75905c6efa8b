using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Runs;

/// <summary>Run figures ⇄ run_summaries rows, field for field.</summary>
internal static class RunSummaryMapping
{
    public static RunSummaryEntity ToEntity(RunFigures f, DateTimeOffset computedUtc) => new()
    {
        RunId = f.RunId, ComputedUtc = computedUtc.ToUniversalTime(), Samples = f.Samples, FailedSamples = f.FailedSamples,
        TtftP50Seconds = f.TtftP50Seconds, TtftP99Seconds = f.TtftP99Seconds, OutputTokensPerSecondP50 = f.OutputTokensPerSecondP50,
        E2eLatencyP50Seconds = f.E2eLatencyP50Seconds, SucceededRequests = f.SucceededRequests, Load = f.Throughput.Load,
        ThroughputRequests = f.Throughput.SucceededRequests, InputTokens = f.Throughput.InputTokens, OutputTokens = f.Throughput.OutputTokens,
        WindowSeconds = f.Throughput.WindowSeconds, PrefillSeconds = f.Throughput.PrefillSeconds,
    };

    public static RunFigures ToRecord(RunSummaryEntity e) => new()
    {
        RunId = e.RunId, Samples = e.Samples, FailedSamples = e.FailedSamples, TtftP50Seconds = e.TtftP50Seconds, TtftP99Seconds = e.TtftP99Seconds,
        OutputTokensPerSecondP50 = e.OutputTokensPerSecondP50, E2eLatencyP50Seconds = e.E2eLatencyP50Seconds, SucceededRequests = e.SucceededRequests,
        Throughput = new LoadThroughput
        {
            RunId = e.RunId, Load = e.Load, SucceededRequests = e.ThroughputRequests, InputTokens = e.InputTokens, OutputTokens = e.OutputTokens,
            WindowSeconds = e.WindowSeconds, PrefillSeconds = e.PrefillSeconds,
        },
    };
}
