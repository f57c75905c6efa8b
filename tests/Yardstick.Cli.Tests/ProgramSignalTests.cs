using System.Diagnostics;
using Yardstick.Core.Runs;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests;

/// <summary>
/// SIGTERM (kill, docker stop, systemd) stops every long-running verb as gracefully as Ctrl-C, within a few seconds:
/// the site stops listening, runs in flight are stored Interrupted with their finished samples, the database is closed.
/// </summary>
public sealed class ProgramSignalTests
{
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Serve_stops_on_SIGTERM_and_closes_the_database()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-sigterm-serve-").FullName;
        var (process, url) = await CliProcess.StartServingAsync(["serve", "--port", "0", "--data", data]);
        using var running = new CliProcess.Running(process); // killed at the end if it is still there
        using var http = new HttpClient { BaseAddress = url };
        (await http.GetAsync("", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var clock = Stopwatch.StartNew();
        Signal(process);
        var exited = await WaitAsync(process);

        Assert.True(exited, "serve was still running 10 s after SIGTERM");
        Assert.Equal(0, process.ExitCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, ExitBound);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("", TestContext.Current.CancellationToken));
        AssertClosed(data);
    }

    [Theory]
    [InlineData(RunKind.Perf, new[] { "perf", "--requests", "10", "--warmup", "0" })]
    [InlineData(RunKind.Eval, new[] { "eval", "--eval", "builtin-arith", "--limit", "10", "--concurrency", "1" })]
    public async Task A_run_on_SIGTERM_is_stored_Interrupted_with_its_finished_samples(RunKind kind, string[] verb)
    {
        // Two healthy answers, then a stream that stalls far longer than the test: only SIGTERM can end the run.
        await using var server = FaultServer.Start(n => n < 2 ? FaultKind.None : FaultKind.StallAfterChunks);
        var data = Directory.CreateTempSubdirectory($"yardstick-sigterm-{kind}-").FullName;
        using var run = CliProcess.Start([.. verb, "--base-url", server.BaseUrl.ToString(), "--model", "fault-model", "--timeout", "300", "--data", data]);

        await Poll.UntilAsync(() => server.Requests.Count >= 3, TimeSpan.FromSeconds(60), "the third (stalling) request");
        run.Terminate();
        var exitCode = await run.WaitForExitAsync(ExitBound);

        Assert.Equal(130, exitCode);
        AssertClosed(data);
        var (stored, samples) = await StoredRuns.SingleAsync(data, kind);
        Assert.Equal(RunStatus.Interrupted, stored.Status);
        Assert.Equal(2, samples.Count(s => s.ErrorKind == Core.Providers.ErrorKind.None));
    }

    [Fact]
    public async Task Up_stops_serving_on_SIGTERM()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-sigterm-up-").FullName;
        var (process, url) = await CliProcess.StartServingAsync(["up", "--port", "0", "--data", data, "--requests", "1", "--eval-limit", "1"],
            TimeSpan.FromMinutes(10)); // real in-process inference first: minutes on two loaded cores
        using var running = new CliProcess.Running(process);

        var clock = Stopwatch.StartNew();
        Signal(process);
        var exited = await WaitAsync(process);

        Assert.True(exited, $"up was still serving {url} 10 s after SIGTERM");
        Assert.Equal(0, process.ExitCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, ExitBound);
        AssertClosed(data);
    }

    private static void Signal(Process process) => CliProcess.Terminate(process);

    private static async Task<bool> WaitAsync(Process process)
    {
        using var bound = new CancellationTokenSource(ExitBound);
        try
        {
            await process.WaitForExitAsync(bound.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }

    /// <summary>SQLite removes the write-ahead log when the last connection closes: its absence shows the database was closed. Check it before reading the database, which opens it again.</summary>
    private static void AssertClosed(string data) =>
        Assert.False(File.Exists(Path.Combine(data, "yardstick.db-wal")), "yardstick.db-wal is still there: a connection was left open");
}
