using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick runs list`: whole run ids on a pipe, and the --json contract.</summary>
public sealed class RunsListCommandTests
{
    private const string LongRunId = "eval-20261202T010203Z-0123456789abcdef";

    [Fact]
    public async Task Json_lists_each_run_with_its_counts_and_failure_reason()
    {
        var data = await DataWithRunsAsync();

        var result = await CliProcess.RunAsync(["runs", "list", "--json", "--data", data]);

        Assert.True(result.ExitCode == 0, result.All);
        using var document = JsonDocument.Parse(result.Output);
        var runs = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        var failed = runs.Single(r => r.GetProperty("id").GetString() == LongRunId);
        Assert.Equal("eval", failed.GetProperty("kind").GetString());
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Equal("yardstick-tiny", failed.GetProperty("model_slug").GetString());
        Assert.Equal("builtin-arith", failed.GetProperty("task").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 1, 2, 3, TimeSpan.Zero), failed.GetProperty("started_utc").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.String, failed.GetProperty("finished_utc").ValueKind);
        Assert.Equal(3, failed.GetProperty("samples").GetInt32());
        Assert.Equal(2, failed.GetProperty("failed").GetInt32());
        Assert.Equal("2 of 3 samples failed.", failed.GetProperty("failure_reason").GetString());
        var running = runs.Single(r => r.GetProperty("id").GetString() != LongRunId);
        Assert.Equal(JsonValueKind.Null, running.GetProperty("finished_utc").ValueKind);
        Assert.False(running.TryGetProperty("failure_reason", out _)); // only when present
        // a scheduled run names its suite, worker and location; a run started by hand has none
        Assert.Equal(("speed", "w1", "eu"), (running.GetProperty("suite").GetString(), running.GetProperty("worker").GetString(), running.GetProperty("location").GetString()));
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("suite").ValueKind);
        Assert.Equal("http://127.0.0.1:9/v1", failed.GetProperty("base_url").GetString());
    }

    [Fact]
    public async Task A_pipe_to_a_narrow_terminal_gets_whole_run_ids()
    {
        var data = await DataWithRunsAsync();

        var result = await CliProcess.RunAsync(["runs", "list", "--data", data], environment: new Dictionary<string, string> { ["COLUMNS"] = "40" });

        Assert.True(result.ExitCode == 0, result.All);
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains(LongRunId, StringComparison.Ordinal));
        Assert.Contains("Failed", line, StringComparison.Ordinal);
        Assert.Contains("2 run(s)", result.Output, StringComparison.Ordinal);
    }

    private static async Task<string> DataWithRunsAsync()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-runs-list-").FullName;
        await using var database = YardstickDatabase.ForDataDirectory(data);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        var store = new EfRunStore(database);
        await store.CreateRunAsync(Run(LongRunId, RunKind.Eval, new DateTimeOffset(2026, 12, 2, 1, 2, 3, TimeSpan.Zero)), TestContext.Current.CancellationToken);
        await store.AppendSamplesAsync(
        [
            Sample(LongRunId, "0", ErrorKind.None), Sample(LongRunId, "1", ErrorKind.ServerError), Sample(LongRunId, "2", ErrorKind.IdleTimeout),
        ], TestContext.Current.CancellationToken);
        await store.CompleteRunAsync(LongRunId, RunStatus.Failed, null, "2 of 3 samples failed.", TestContext.Current.CancellationToken);
        await store.CreateRunAsync(Run("perf-20261202T020000Z-aa", RunKind.Perf, new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)) with
        {
            Suite = "speed", Worker = "w1", Location = "eu",
        }, TestContext.Current.CancellationToken);
        return data;
    }

    private static RunRecord Run(string id, RunKind kind, DateTimeOffset started) => new()
    {
        Id = id, Kind = kind, ModelSlug = "yardstick-tiny", ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:9/v1", ModelId = "tiny",
        Task = kind == RunKind.Eval ? "builtin-arith" : "prompt-length-100", ConfigurationJson = "{}", YardstickVersion = "test", StartedUtc = started,
    };

    private static SampleRecord Sample(string runId, string promptId, ErrorKind error) => new()
    {
        RunId = runId, PromptId = promptId, RequestStartedUtc = DateTimeOffset.UtcNow, ErrorKind = error,
        ErrorMessage = error == ErrorKind.None ? null : error.ToString(),
    };
}
