using Npgsql;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Tests.Scheduling;

/// <summary>
/// End to end on PostgreSQL: three `yardstick worker` processes share one Quartz cluster; one is killed with SIGKILL in the
/// middle of a run; every scheduled run still completes exactly once, with exactly its requests stored.
/// Skipped with the reason when YARDSTICK_TEST_POSTGRES is unset (.ci/run starts PostgreSQL).
/// </summary>
public sealed class ClusterTests
{
    private const int Requests = 20;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_worker_killed_mid_run_is_taken_over_and_every_run_completes_once_with_exact_samples()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await FreshDatabaseAsync(ct);
        await using var server = await PacedStreamServer.StartAsync(chunks: 6, gap: TimeSpan.FromMilliseconds(100));
        var planFile = Path.Combine(Directory.CreateTempSubdirectory("yardstick-cluster-").FullName, "plan.yaml");
        await File.WriteAllTextAsync(planFile, $$"""
            endpoints:
              - { name: e1, base_url: "{{server.BaseUrl}}", model: paced, model_slug: yardstick-tiny, api_style: openai-chat }
              - { name: e2, base_url: "{{server.BaseUrl}}", model: paced, model_slug: yardstick-tiny, api_style: openai-chat }
              - { name: e3, base_url: "{{server.BaseUrl}}", model: paced, model_slug: yardstick-tiny, api_style: openai-chat }
            suites:
              - { name: speed, endpoints: [e1, e2, e3], perf: { prompt_tokens: [16], concurrency: [1], requests: {{Requests}}, max_tokens: 6 }, every: 1h }
            """, ct);

        // Given a plan of three runs applied to an empty cluster, and three workers
        var apply = await CliProcess.RunAsync(["plan", "apply", planFile, "--db", connection], timeout: TimeSpan.FromMinutes(2));
        Assert.True(apply.ExitCode == 0, apply.All);
        Assert.Contains("3 created", apply.Output, StringComparison.Ordinal);
        var workers = new[] { "w1", "w2", "w3" }.Select(n => WorkerProcess.Start(n, ["--db", connection, "--drain", "5"])).ToList();
        try
        {
            var database = YardstickDatabase.Open(connection);
            var runs = new EfRunStore(database);

            // When one worker is killed while its run has stored some samples but not all
            var (victimRun, victimOwner) = await WaitForAsync<Victim>(async () =>
            {
                foreach (var run in await runs.ListRunsAsync(new RunQuery(Suite: "speed"), ct))
                {
                    var measured = (await runs.GetSamplesAsync(run.Id, ct)).Count(s => s.Sequence >= 0);
                    if (run.Status == RunStatus.Running && run.LeaseOwner is { } owner && measured is >= 2 and < Requests - 8)
                        return new Victim(run.Id, owner);
                }
                return null;
            }, "a run in progress", workers);
            var victim = workers.Single(w => victimOwner.StartsWith($"worker {w.Name}/", StringComparison.Ordinal));
            victim.KillHard();
            var storedAtKill = (await runs.GetSamplesAsync(victimRun, ct)).Count(s => s.Sequence >= 0);

            // Then every run completes, the killed one on another worker, each with exactly its requests stored once
            var finished = await WaitForAsync<IReadOnlyList<RunRecord>>(async () =>
            {
                var all = await runs.ListRunsAsync(new RunQuery(Suite: "speed"), ct);
                return all.Count == 3 && all.All(r => r.Status == RunStatus.Completed) ? all : null;
            }, "every run completed", workers);
            foreach (var run in finished)
            {
                var samples = await runs.GetSamplesAsync(run.Id, ct);
                var measured = samples.Where(s => s.Sequence >= 0).ToList();
                Assert.Equal(Enumerable.Range(0, Requests), measured.Select(s => s.Sequence).Order());
                Assert.All(measured, s => Assert.True(s.Succeeded, s.ErrorMessage));
                Assert.Equal(samples.Count, samples.Select(s => (s.PromptId, s.Epoch)).Distinct().Count());
                Assert.Equal(samples.Count, samples.Select(s => s.PromptSha256).Distinct().Count());
            }
            Assert.InRange(storedAtKill, 2, Requests - 1);
            var survivors = workers.Where(w => w != victim).ToList();
            Assert.Contains(survivors, w => w.Output.Contains($"run {victimRun} (perf-p16-c1, resumed)", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var worker in workers)
                worker.Dispose();
        }
    }

    private sealed record Victim(string RunId, string Owner);

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what, IReadOnlyList<WorkerProcess> workers)
        where T : class
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (!timeout.IsCancellationRequested)
        {
            if (await probe() is { } value)
                return value;
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"Waited {Limit} for {what}.\n" + string.Join("\n", workers.Select(w => $"--- {w.Name}:\n{w.Output}")));
    }

    private static async Task<string> FreshDatabaseAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable("YARDSTICK_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
            Assert.Skip("No PostgreSQL server: set YARDSTICK_TEST_POSTGRES (e.g. Host=127.0.0.1;Username=yardstick;Password=yardstick;Database=postgres); .ci/run starts one.");
        var name = "yardstick_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
