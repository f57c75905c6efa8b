using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Runs;

public sealed class RunOutcomePolicyTests
{
    private static SampleRecord Sample(ErrorKind kind) => new()
    {
        RunId = "r", PromptId = Guid.NewGuid().ToString("N"), RequestStartedUtc = DateTimeOffset.UnixEpoch, ErrorKind = kind,
    };

    private static IEnumerable<SampleRecord> Samples(int ok, params (ErrorKind Kind, int Count)[] failures) =>
        Enumerable.Range(0, ok).Select(_ => Sample(ErrorKind.None)).Concat(failures.SelectMany(f => Enumerable.Range(0, f.Count).Select(_ => Sample(f.Kind))));

    [Theory]
    [InlineData(10, 0, 0.5, null)]
    [InlineData(5, 5, 0.5, null)] // exactly half failed: still counts
    [InlineData(4, 6, 0.5, "6 of 10 requests failed (60 %, more than the allowed 50 %): server_error (6)")]
    [InlineData(4, 6, 0.6, null)]
    [InlineData(9, 1, 0, "1 of 10 requests failed (10 %, more than the allowed 0 %): server_error (1)")]
    [InlineData(0, 10, 1, "all 10 requests failed: server_error (10)")] // a share of 1 still fails a run where nothing succeeded
    [InlineData(0, 1, 0.5, "the only request failed: server_error (1)")]
    [InlineData(0, 0, 0.5, "no requests were made")]
    public void A_run_fails_when_nothing_succeeded_or_too_many_failed(int ok, int failed, double maxShare, string? reason)
    {
        var outcome = new RunOutcomePolicy { MaxFailedShare = maxShare }.Judge(Samples(ok, (ErrorKind.ServerError, failed)));

        Assert.Equal(reason is null ? RunStatus.Completed : RunStatus.Failed, outcome.Status);
        Assert.Equal(reason, outcome.FailureReason);
    }

    [Fact]
    public void The_reason_lists_error_kinds_most_frequent_first()
    {
        var outcome = RunOutcomePolicy.Default.Judge(Samples(0, (ErrorKind.Timeout, 2), (ErrorKind.ConnectionRefused, 7), (ErrorKind.RateLimited, 2)), "question");

        Assert.Equal("all 11 questions failed: connection_refused (7), rate_limited (2), timeout (2)", outcome.FailureReason);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RunOutcomePolicy { MaxFailedShare = share });
}
