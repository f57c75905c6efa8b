using System.Diagnostics;
using Yardstick.Core.Runs;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests.Faults;

/// <summary>
/// `yardstick perf` against every fault kind: the exit code, the run's status, each sample's error kind and message,
/// and the time it took, bounded by the 2 s timeout rather than the default.
/// </summary>
public sealed class PerfFaultTests
{
    [Theory]
    [MemberData(nameof(FaultCase.Kinds), MemberType = typeof(FaultCase))]
    public async Task Every_fault_kind_is_a_recorded_failure_or_a_measured_answer(FaultKind kind)
    {
        var expected = FaultCase.Of(kind);
        await using var server = FaultServer.Start(kind);
        var data = Directory.CreateTempSubdirectory($"yardstick-perf-fault-{kind}-").FullName;
        var clock = Stopwatch.StartNew();

        var perf = await RunAsync(server, data, "--requests", "2", "--retries", "1");

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, FaultCase.TimeBound);
        Assert.True(perf.ExitCode == (expected.Succeeds ? 0 : 1), $"exit code {perf.ExitCode}\n{perf.All}");
        var (run, samples) = await StoredRuns.SingleAsync(data, RunKind.Perf);
        Assert.Equal(expected.Succeeds ? RunStatus.Completed : RunStatus.Failed, run.Status);
        Assert.Equal(2, samples.Count);
        Assert.All(samples, expected.AssertRecordedIn);
        Assert.DoesNotContain(FaultCase.Key, perf.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minority_of_failed_requests_completes_the_run_with_the_failures_counted()
    {
        // One request in three answers 500 (no retries): a third failed, under the default 50 % threshold.
        await using var server = FaultServer.Start(n => n == 0 ? FaultKind.ServerError : FaultKind.None);
        var data = Directory.CreateTempSubdirectory("yardstick-perf-fault-partial-").FullName;

        var perf = await RunAsync(server, data, "--requests", "3", "--retries", "0");

        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.Contains("2 ok, 1 failed", perf.Output, StringComparison.Ordinal);
        var (run, samples) = await StoredRuns.SingleAsync(data, RunKind.Perf);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(1, samples.Count(s => s.ErrorKind == Core.Providers.ErrorKind.ServerError));
        Assert.Equal(2, samples.Count(s => s.ErrorKind == Core.Providers.ErrorKind.None));
    }

    private static Task<CliProcess.Result> RunAsync(FaultServer server, string data, params string[] more) =>
        CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", "fault-model", "--warmup", "0", "--timeout", "2",
            "--concurrency", "2", "--max-tokens", "16", "--api-key-env", FaultCase.KeyVariable, "--data", data, "--catalog", FaultCatalog.Folder, .. more],
            timeout: FaultCase.TimeBound * 2, environment: new Dictionary<string, string> { [FaultCase.KeyVariable] = FaultCase.Key });
}
