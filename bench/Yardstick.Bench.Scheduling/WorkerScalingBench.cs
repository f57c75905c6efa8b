using System.Diagnostics;
using System.Globalization;
using Yardstick.Cli.Commands;
using Yardstick.Cli.Tests.Scheduling;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Bench.Scheduling;

/// <summary>
/// Scheduled runs per hour and samples stored per second by 1, 2 and 4 `yardstick worker` processes sharing a Quartz
/// cluster on PostgreSQL (a fresh database each), against the kill -9 test's loopback streaming server: a plan of
/// <see cref="BenchOptions.Works"/> endpoints, each one perf run of <see cref="BenchOptions.Requests"/> requests fired
/// at once. Measured from the database, from the first run's start to the last run's end (worker start-up excluded).
/// </summary>
internal static class WorkerScalingBench
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public static async Task RunAsync(BenchOptions options)
    {
        await using var server = await PacedStreamServer.StartAsync(chunks: 8, gap: TimeSpan.FromMilliseconds(2));
        Console.WriteLine();
        Console.WriteLine($"| workers | runs | samples | span s | scheduled runs / hour | samples stored / s | mean run s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var workers in options.Workers)
            await MeasureAsync(options, server.BaseUrl, workers);
    }

    private static async Task MeasureAsync(BenchOptions options, Uri baseUrl, int workerCount)
    {
        var connection = await BenchDatabases.FreshPostgresAsync(options.Postgres, "workers");
        var folder = Directory.CreateTempSubdirectory("yardstick-bench-workers-").FullName;
        var planFile = Path.Combine(folder, "plan.yaml");
        var endpoints = Enumerable.Range(1, options.Works).Select(i => $"e{i}").ToList();
        await File.WriteAllTextAsync(planFile, "endpoints:\n"
            + string.Concat(endpoints.Select(e => $"  - {{ name: {e}, base_url: \"{baseUrl}\", model: paced, model_slug: yardstick-tiny, api_style: openai-chat }}\n"))
            + $"suites:\n  - {{ name: speed, endpoints: [{string.Join(", ", endpoints)}], perf: {{ prompt_tokens: [16], concurrency: [1], requests: {options.Requests}, max_tokens: 8 }}, every: 1h }}\n");
        if (await RunCliAsync(["plan", "apply", planFile, "--db", connection]) is { ExitCode: not 0 } failed)
            throw new InvalidOperationException("plan apply failed:\n" + failed.Output);
        var processes = Enumerable.Range(1, workerCount).Select(i => StartCli(["worker", "--name", $"w{i}", "--db", connection, "--drain", "5"])).ToList();
        try
        {
            await using var database = YardstickDatabase.Open(connection);
            var runs = new EfRunStore(database);
            var clock = Stopwatch.StartNew();
            IReadOnlyList<RunRecord> done;
            while (true)
            {
                done = await runs.ListRunsAsync(new RunQuery(Suite: "speed"));
                if (done.Count == options.Works && done.All(r => r.Status == RunStatus.Completed && r.FinishedUtc is not null))
                    break;
                if (clock.Elapsed > Limit)
                    throw new TimeoutException($"{workerCount} worker(s): {done.Count(r => r.Status == RunStatus.Completed)} of {options.Works} runs completed in {Limit}.");
                await Task.Delay(200);
            }
            var samples = 0;
            foreach (var run in done)
                samples += (await runs.CountSamplesAsync(run.Id)).Total;
            var span = (done.Max(r => r.FinishedUtc!.Value) - done.Min(r => r.StartedUtc)).TotalSeconds;
            var meanRun = done.Average(r => (r.FinishedUtc!.Value - r.StartedUtc).TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {workerCount} | {done.Count} | {samples:N0} | {span:0.0} | {done.Count / span * 3600:N0} | {samples / span:0.0} | {meanRun:0.00} |"));
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }
            await BenchDatabases.DropAsync(options.Postgres, connection);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartCli(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(WorkerCommand).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Drained, not read: a worker must never block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int ExitCode, string Output)> RunCliAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(WorkerCommand).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
