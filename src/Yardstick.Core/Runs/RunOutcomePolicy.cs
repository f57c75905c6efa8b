using System.Globalization;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Runs;

/// <summary>
/// The one rule every runner applies when a run reaches its end: a run where nothing succeeded, or where the failed share
/// of its requests exceeds <see cref="MaxFailedShare"/>, is stored <see cref="RunStatus.Failed"/> with a plain reason
/// ("all 10 requests failed: connection_refused (10)"), its command exits 1, and no page, leaderboard or index counts it.
/// </summary>
public sealed record RunOutcomePolicy
{
    /// <summary>More than half of the requests failing makes a run failed unless the user allows more.</summary>
    public const double DefaultMaxFailedShare = 0.5;

    /// <summary>The policy with <see cref="DefaultMaxFailedShare"/>.</summary>
    public static RunOutcomePolicy Default { get; } = new();

    private readonly double _maxFailedShare = DefaultMaxFailedShare;

    /// <summary>The largest share of failed requests (0 to 1) a run may have and still count; 1 fails only runs where nothing succeeded.</summary>
    public double MaxFailedShare
    {
        get => _maxFailedShare;
        init
        {
            if (!(value is >= 0 and <= 1))
                throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum failed share must be between 0 and 1.");
            _maxFailedShare = value;
        }
    }

    /// <summary>Judges a run from its samples (one per request that counts: the caller leaves warm-ups and superseded attempts out).</summary>
    /// <param name="samples">The run's counted samples.</param>
    /// <param name="noun">What one sample is, in the singular, for the reason ("request", "question").</param>
    public RunOutcome Judge(IEnumerable<SampleRecord> samples, string noun = "request")
    {
        ArgumentNullException.ThrowIfNull(samples);
        var total = 0;
        var failures = new Dictionary<ErrorKind, int>();
        foreach (var sample in samples)
        {
            total++;
            if (!sample.Succeeded)
                failures[sample.ErrorKind] = failures.GetValueOrDefault(sample.ErrorKind) + 1;
        }
        return Judge(total, failures.ToDictionary(f => ErrorKindNames.Of(f.Key), f => f.Value), noun);
    }

    /// <summary>Judges a run from its request count and its failures by error kind name.</summary>
    public RunOutcome Judge(int total, IReadOnlyDictionary<string, int> failuresByKind, string noun = "request")
    {
        ArgumentNullException.ThrowIfNull(failuresByKind);
        var failed = failuresByKind.Values.Sum();
        if (total <= 0)
            return new RunOutcome(RunStatus.Failed, $"no {noun}s were made");
        var share = (double)failed / total;
        if (failed < total && share <= MaxFailedShare)
            return new RunOutcome(RunStatus.Completed, null);
        var kinds = string.Join(", ", failuresByKind.Where(f => f.Value > 0).OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} ({f.Value})")));
        var plural = total == 1 ? noun : noun + "s";
        var reason = failed == total
            ? string.Create(CultureInfo.InvariantCulture, $"{(total == 1 ? "the only" : $"all {total}")} {plural} failed: {kinds}")
            : string.Create(CultureInfo.InvariantCulture, $"{failed} of {total} {plural} failed ({Percent(share)}, more than the allowed {Percent(MaxFailedShare)}): {kinds}");
        return new RunOutcome(RunStatus.Failed, reason);
    }

    private static string Percent(double share) => (100 * share).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
