using System.Text.Json;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick perf` against a real OpenAI-compatible server: the --json contract scripts depend on, and storage.</summary>
public sealed class PerfCommandTests(ModelServerFixture server) : IClassFixture<ModelServerFixture>
{
    private static readonly string[] Distributions =
        ["ttft_s", "first_answer_token_s", "output_tokens_per_s", "output_tokens_per_s_native", "inter_token_latency_s", "e2e_latency_s", "reasoning_tokens", "output_tokens"];

    [Fact]
    public async Task Json_follows_the_contract_and_every_sample_is_stored()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "perf.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--requests", "4", "--concurrency", "2", "--prompt-tokens", "100", "--max-tokens", "32", "--json", json, "--data", data]);
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("requests").GetProperty("ok").GetInt32());
        Assert.Equal(0, root.GetProperty("requests").GetProperty("failed").GetInt32());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("requests").GetProperty("errors").ValueKind);
        Assert.True(root.GetProperty("e2e_500_s").GetDouble() > 0);
        foreach (var name in Distributions)
        {
            var distribution = root.GetProperty(name);
            foreach (var key in new[] { "p5", "p25", "p50", "p75", "p95", "p99", "mean", "n" })
                Assert.True(distribution.TryGetProperty(key, out _), $"{name}.{key} is missing");
        }
        Assert.Equal(4, root.GetProperty("ttft_s").GetProperty("n").GetInt32());
        Assert.True(root.GetProperty("output_tokens").GetProperty("p50").GetDouble() > 0);
        Assert.Contains("1 run(s)", runs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeats_store_one_run_each_and_report_the_spread_across_them()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "repeats.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--requests", "2", "--max-tokens", "8", "--repeats", "2", "--json", json, "--data", data]);
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        Assert.StartsWith("group-", root.GetProperty("group_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("runs").GetArrayLength());
        Assert.Equal(2, root.GetProperty("repeats").GetProperty("ttft_p50_s").GetProperty("runs").GetInt32());
        Assert.True(root.GetProperty("runs")[0].GetProperty("throughput").GetProperty("system_output_tokens_per_s").GetDouble() > 0);
        Assert.Contains("2 run(s)", runs.Output, StringComparison.Ordinal);
        Assert.Contains("across 2 runs", perf.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_never_reaches_the_database_or_the_output()
    {
        // Given a key in an environment variable named on the command line
        const string secret = "sk-yardstick-test-7d1f0c9e5b";
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "perf.json");

        // When a perf run uses it
        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--api-key-env", "YARDSTICK_TEST_KEY", "--requests", "2", "--max-tokens", "8", "--json", json, "--data", data],
            environment: new Dictionary<string, string> { ["YARDSTICK_TEST_KEY"] = secret });

        // Then the run worked, and no file it wrote nor anything it printed holds the key
        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.DoesNotContain(secret, perf.All, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refused_connection_is_counted_as_failed_requests_not_a_crash()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "perf.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", "--requests", "2",
            "--warmup", "0", "--retries", "0", "--json", json, "--data", data]);

        Assert.Equal(1, perf.ExitCode); // nothing succeeded: scripts must not mistake it for a result
        Assert.Contains("all 2 requests failed: connection_refused (2)", perf.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var requests = document.RootElement.GetProperty("requests");
        Assert.Equal(0, requests.GetProperty("ok").GetInt32());
        Assert.Equal(2, requests.GetProperty("failed").GetInt32());
        Assert.Equal(2, requests.GetProperty("errors").GetProperty("connection_refused").GetInt32());
    }

    [Fact]
    public async Task A_failed_share_outside_zero_to_one_is_refused_before_any_request()
    {
        var perf = await CliProcess.RunAsync(["perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", "--max-failed-share", "1.5",
            "--data", Directory.CreateTempSubdirectory("yardstick-perf-").FullName]);

        Assert.NotEqual(0, perf.ExitCode);
        Assert.Contains("--max-failed-share must be a number from 0 to 1", perf.All, StringComparison.Ordinal);
    }
}
