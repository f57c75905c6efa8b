using System.Text.Json;
using Yardstick.Testing;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick eval` against a real OpenAI-compatible server: the --json and --samples contracts.</summary>
public sealed class EvalCommandTests(ModelServerFixture server) : IClassFixture<ModelServerFixture>
{
    [Fact]
    public async Task Json_and_samples_follow_the_contract()
    {
        var evals = Path.Combine(RepositoryPaths.SharedData, "evals");
        if (!File.Exists(Path.Combine(evals, "gsm8k", "test.jsonl")))
            Assert.Skip($"GSM8K is not at {evals}/gsm8k/test.jsonl (../shared/data beside the checkout).");
        var data = Directory.CreateTempSubdirectory("yardstick-eval-").FullName;
        var json = Path.Combine(data, "gsm8k.json");
        var samples = Path.Combine(data, "gsm8k.samples.jsonl");

        var eval = await CliProcess.RunAsync(["eval", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--eval", "gsm8k", "--limit", "3", "--max-tokens", "24", "--data-dir", evals, "--json", json, "--samples", samples, "--data", data]);

        Assert.True(eval.ExitCode == 0, eval.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        Assert.Equal("gsm8k", root.GetProperty("eval").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.Equal(3, root.GetProperty("n").GetInt32());
        var score = root.GetProperty("score").GetDouble();
        var ci = root.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2, ci.Length);
        Assert.InRange(score, ci[0], ci[1]);
        Assert.InRange(root.GetProperty("no_answer").GetInt32() + root.GetProperty("failed").GetInt32(), 0, 3);
        Assert.True(root.GetProperty("input_tokens").GetInt64() > 0);
        Assert.True(root.GetProperty("output_tokens").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("cost_usd").ValueKind); // no price given: unavailable, never $0

        var lines = (await File.ReadAllLinesAsync(samples, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        Assert.Equal(3, lines.Count);
        var ids = new List<string>();
        foreach (var line in lines)
        {
            using var sample = JsonDocument.Parse(line);
            foreach (var key in new[] { "prompt_id", "extracted_answer", "correct", "correct_loose", "error" })
                Assert.True(sample.RootElement.TryGetProperty(key, out _), $"{key} is missing in {line}");
            ids.Add(sample.RootElement.GetProperty("prompt_id").ToString());
        }
        Assert.Equal(["0", "1", "2"], ids.Order()); // GSM8K has no ids of its own: the zero-based line number
    }

    [Fact]
    public async Task An_eval_where_every_request_failed_exits_1_with_the_reason()
    {
        // Given nothing listening on the port
        var data = Directory.CreateTempSubdirectory("yardstick-eval-").FullName;

        // When an eval runs against it
        var eval = await CliProcess.RunAsync(["eval", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", "--eval", "builtin-arith",
            "--limit", "3", "--max-attempts", "1", "--data", data]);
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data]);

        // Then it is not a score of 0 %: the run is stored failed and the command says why
        Assert.True(eval.ExitCode == 1, eval.All);
        Assert.Contains("all 3 requests failed: connection_refused (3)", eval.Error, StringComparison.Ordinal);
        Assert.Contains("Failed", runs.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Humaneval_runs_end_to_end_through_the_sandbox_and_stores_each_sample()
    {
        // Given HumanEval's data and a sandbox on this machine
        var evals = Path.Combine(RepositoryPaths.SharedData, "evals");
        if (!File.Exists(Path.Combine(evals, "humaneval", "HumanEval.jsonl.gz")))
            Assert.Skip($"HumanEval is not at {evals}/humaneval/HumanEval.jsonl.gz.");
        var reason = await new Yardstick.Sandbox.BubblewrapSandbox().CheckAsync(TestContext.Current.CancellationToken);
        Assert.SkipWhen(reason is not null, reason ?? "");
        var data = Directory.CreateTempSubdirectory("yardstick-humaneval-").FullName;
        var json = Path.Combine(data, "humaneval.json");
        var samples = Path.Combine(data, "humaneval.samples.jsonl");

        // When the tiny model (noise) answers two tasks twice each
        var eval = await CliProcess.RunAsync(["eval", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--eval", "humaneval", "--limit", "2", "--samples-per-task", "2", "--max-tokens", "24", "--data-dir", evals,
            "--json", json, "--samples", samples, "--data", data]);

        // Then the run completes with 4 samples, scores 0 with an honest interval and reports pass@1 (pass@5 needs 5 samples)
        Assert.True(eval.ExitCode == 0, eval.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        Assert.Equal("humaneval", root.GetProperty("eval").GetString());
        Assert.Equal(4, root.GetProperty("n").GetInt32());
        Assert.Equal(2, root.GetProperty("epochs").GetInt32());
        Assert.Equal(0.0, root.GetProperty("score").GetDouble());
        Assert.True(root.GetProperty("ci95")[1].GetDouble() > 0);
        var metrics = root.GetProperty("metrics");
        Assert.Equal(0.0, metrics.GetProperty("pass@1").GetDouble());
        Assert.False(metrics.TryGetProperty("pass@5", out _));
        var lines = (await File.ReadAllLinesAsync(samples, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.Contains("HumanEval/", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tool_use_against_a_server_without_function_calling_is_not_supported_rather_than_zero()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-tool-use-").FullName;
        var json = Path.Combine(data, "tool-use.json");

        var eval = await CliProcess.RunAsync(["eval", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--eval", "tool-use", "--limit", "2", "--max-tokens", "16", "--json", json, "--data", data]);

        Assert.True(eval.ExitCode == 3, eval.All);
        Assert.Contains("not supported", eval.All, StringComparison.Ordinal);
        Assert.Contains("function calling", eval.All, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
    }
}
