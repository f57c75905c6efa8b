using System.Diagnostics;
using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests.Faults;

/// <summary>
/// `yardstick eval` (builtin-arith, which needs no data) against every fault kind: the exit code, the run's status,
/// each sample's error kind and message in the database and in the --samples file, and the time, bounded by the 2 s timeout.
/// </summary>
public sealed class EvalFaultTests
{
    [Theory]
    [MemberData(nameof(FaultCase.Kinds), MemberType = typeof(FaultCase))]
    public async Task Every_fault_kind_is_a_recorded_failure_or_a_scored_answer(FaultKind kind)
    {
        var expected = FaultCase.Of(kind);
        await using var server = FaultServer.Start(kind);
        var data = Directory.CreateTempSubdirectory($"yardstick-eval-fault-{kind}-").FullName;
        var samplesFile = Path.Combine(data, "samples.jsonl");
        var clock = Stopwatch.StartNew();

        var eval = await RunAsync(server, data, "--limit", "2", "--max-attempts", "2", "--samples", samplesFile);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, FaultCase.TimeBound);
        Assert.True(eval.ExitCode == (expected.Succeeds ? 0 : 1), $"exit code {eval.ExitCode}\n{eval.All}");
        var (run, samples) = await StoredRuns.SingleAsync(data, RunKind.Eval);
        Assert.Equal(expected.Succeeds ? RunStatus.Completed : RunStatus.Failed, run.Status);
        Assert.Equal(2, samples.Count);
        Assert.All(samples, expected.AssertRecordedIn);
        if (File.Exists(samplesFile))
        {
            var lines = (await File.ReadAllLinesAsync(samplesFile, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
            Assert.Equal(2, lines.Count);
            foreach (var line in lines)
            {
                using var document = JsonDocument.Parse(line);
                Assert.Equal(expected.Succeeds, document.RootElement.GetProperty("error").ValueKind == JsonValueKind.Null);
            }
            Assert.DoesNotContain(FaultCase.Key, string.Concat(lines), StringComparison.Ordinal);
        }
        else
        {
            Assert.False(expected.Succeeds, "a completed eval writes its --samples file");
        }
        Assert.DoesNotContain(FaultCase.Key, eval.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minority_of_failed_questions_completes_the_run_with_the_failures_counted()
    {
        // One request in three answers 500 and is not retried: a third failed, under the default 50 % threshold.
        await using var server = FaultServer.Start(n => n == 0 ? FaultKind.ServerError : FaultKind.None);
        var data = Directory.CreateTempSubdirectory("yardstick-eval-fault-partial-").FullName;

        var eval = await RunAsync(server, data, "--limit", "3", "--max-attempts", "1", "--concurrency", "1");

        Assert.True(eval.ExitCode == 0, eval.All);
        var (run, samples) = await StoredRuns.SingleAsync(data, RunKind.Eval);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(1, samples.Count(s => s.ErrorKind == Core.Providers.ErrorKind.ServerError));
        Assert.Equal(2, samples.Count(s => s.ErrorKind == Core.Providers.ErrorKind.None));
    }

    private static Task<CliProcess.Result> RunAsync(FaultServer server, string data, params string[] more) =>
        CliProcess.RunAsync(["eval", "--base-url", server.BaseUrl.ToString(), "--model", "fault-model", "--eval", "builtin-arith", "--timeout", "2",
            "--api-key-env", FaultCase.KeyVariable, "--data", data, "--catalog", FaultCatalog.Folder, .. more],
            timeout: FaultCase.TimeBound * 2, environment: new Dictionary<string, string> { [FaultCase.KeyVariable] = FaultCase.Key });
}
