using System.Security.Cryptography;
using System.Text;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests.Scheduling;

/// <summary>
/// A key named only by a plan endpoint's <c>api_key_env</c>, sent by `plan run` and `worker` to a server that echoes it (in
/// a 401's body and headers, and inside an answer): no database file, no log line and nothing printed holds it. The key
/// is not credential-shaped (no <c>sk-</c>, a <c>:</c> that ends the <c>Bearer …</c> pattern early), so only its value,
/// registered when the plan's providers are made, masks it.
/// </summary>
public sealed class PlanSecretsTests
{
    private const string KeyVariable = "YARDSTICK_PLAN_SECRETS_TEST_KEY";

    [Fact]
    public async Task A_plan_endpoint_key_echoed_by_the_endpoint_is_nowhere_in_the_database_the_logs_or_the_output()
    {
        // Given a plan whose endpoint's key comes from an environment variable, and an endpoint that echoes it
        var ct = TestContext.Current.CancellationToken;
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var key = "plankey:" + secret;
        await using var server = FaultServer.Start(n => (n % 3) switch { 0 => FaultKind.KeyEchoed, 1 => FaultKind.KeyInAnswer, _ => FaultKind.None });
        var data = Directory.CreateTempSubdirectory("yardstick-plan-secrets-").FullName;
        var planFile = Path.Combine(data, "plan.yaml");
        await File.WriteAllTextAsync(planFile, $$"""
            endpoints:
              - { name: keyed, base_url: "{{server.BaseUrl}}", model: fault-model, model_slug: yardstick-tiny, api_style: openai-chat, api_key_env: {{KeyVariable}} }
            suites:
              - name: speed
                endpoints: [keyed]
                perf: { prompt_tokens: [16], concurrency: [1], requests: 6, max_tokens: 8 }
                evals: [ { eval: builtin-arith, limit: 3 } ]
                every: 1h
            """, ct);
        var environment = new Dictionary<string, string> { [KeyVariable] = key };
        var apply = await CliProcess.RunAsync(["plan", "apply", planFile, "--data", data]);
        Assert.True(apply.ExitCode == 0, apply.All);

        // When the suite is fired now by `plan run`, and once more by a worker (the plan's first fire is due now)
        var run = await CliProcess.RunAsync(["plan", "run", "speed", "--data", data], environment: environment, timeout: TimeSpan.FromMinutes(4));
        var worker = await CliProcess.RunAsync(["worker", "--name", "w1", "--max-runs", "1", "--drain", "5", "--data", data],
            environment: environment, timeout: TimeSpan.FromMinutes(4));
        var runs = await CliProcess.RunAsync(["runs", "list", "--json", "--data", data]);

        // Then the endpoint did receive (and log) the key in every one of those runs: the test could fail
        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(worker.ExitCode == 0, worker.All);
        Assert.Contains(server.Requests, r => r.Credential.Contains(key, StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.Kind == FaultKind.KeyInAnswer);
        Assert.Contains(server.Requests, r => r.Kind == FaultKind.KeyEchoed);
        var runIds = System.Text.Json.JsonDocument.Parse(runs.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(4, runIds.Count);

        // And no database file, log line or printed text holds the key or its random part
        var files = Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Where(f => f != planFile).ToList();
        Assert.Contains(files, f => f.EndsWith("yardstick.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{file} holds the key");
        }
        foreach (var (what, text) in new[] { ("plan run", run.All), ("worker", worker.All), ("runs list", runs.All) })
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"what {what} printed holds the key:\n{text}");
    }
}
