using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when requests asked to run to a length (<c>ignore_eos</c>, <c>asked_output_tokens</c> in the details) came back
/// shorter: the server's own count (<c>usage</c>) below the asked length, or, without usage, a finish reason other than
/// <c>length</c>. Speed and end-to-end figures then describe shorter answers than the workload states.
/// </summary>
public sealed class OutputLengthMismatchAnalyser : IPerfAnalyser
{
    public static OutputLengthMismatchAnalyser Default { get; } = new();

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.Samples
            .Where(s => s.Succeeded)
            .Select(s => (Sample: s, Asked: SampleDetails.Number(s, SampleDetails.AskedOutputTokens)))
            .Where(a => a.Asked is > 0)
            .ToList();
        var shorter = asked.Where(a => IsShorter(a.Sample, a.Asked!.Value)).ToList();
        if (shorter.Count > 0)
            yield return $"{shorter.Count} of {asked.Count} answers stopped before the asked {asked[0].Asked:0} tokens (median {Median(shorter.Select(a => a.Sample))} tokens): the server did not honour ignore_eos / min_tokens (pass --ignore-eos where it is supported); speed and E2E describe shorter answers.";
    }

    private static bool IsShorter(SampleRecord sample, double asked) => sample.OutputTokensNative is { } native
        ? native < asked
        : sample.FinishReason is { } reason && !string.Equals(reason, "length", StringComparison.Ordinal);

    private static string Median(IEnumerable<SampleRecord> samples)
    {
        var counts = samples.Select(s => (double)(s.OutputTokensNative ?? s.OutputTokensNormalised ?? 0)).ToList();
        return Statistics.Percentiles.Of(counts, 50).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
