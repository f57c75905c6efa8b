using System.Security.Cryptography;
using System.Text;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests;

/// <summary>
/// A distinctive key, given only through --api-key-env to perf and eval against a server that logs it and echoes it
/// (in a 401's body and headers, and inside an answer), then served by the site: no database file (the write-ahead log
/// included), no file the CLI wrote, nothing printed and no page or API answer holds it.
/// </summary>
public sealed class SecretsTests
{
    private const string KeyVariable = "YARDSTICK_SECRETS_TEST_KEY";

    [Fact]
    public async Task An_echoed_key_is_nowhere_in_the_database_the_files_the_output_or_the_site()
    {
        // Given a key and an endpoint that, of every three requests, echoes it in an error, in an answer, or answers plainly
        var key = "sk-yardstick-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        await using var server = FaultServer.Start(n => (n % 3) switch { 0 => FaultKind.KeyEchoed, 1 => FaultKind.KeyInAnswer, _ => FaultKind.None });
        var data = Directory.CreateTempSubdirectory("yardstick-secrets-").FullName;
        var environment = new Dictionary<string, string> { [KeyVariable] = key };
        string[] common = ["--base-url", server.BaseUrl.ToString(), "--model", "fault-model", "--model-slug", "yardstick-tiny", "--api-key-env", KeyVariable,
            "--timeout", "5", "--max-failed-share", "1", "--data", data];
        var printed = new StringBuilder();

        // When perf and eval run against it, writing every output file they have
        var perf = await CliProcess.RunAsync(["perf", .. common, "--requests", "6", "--warmup", "0", "--retries", "0", "--json", Path.Combine(data, "perf.json")],
            environment: environment, timeout: TimeSpan.FromMinutes(4));
        var eval = await CliProcess.RunAsync(["eval", .. common, "--eval", "builtin-arith", "--limit", "6", "--max-attempts", "1", "--concurrency", "1",
            "--json", Path.Combine(data, "eval.json"), "--samples", Path.Combine(data, "eval.samples.jsonl")], environment: environment, timeout: TimeSpan.FromMinutes(4));
        var runs = await CliProcess.RunAsync(["runs", "list", "--json", "--data", data]);
        printed.Append(perf.All).Append(eval.All).Append(runs.All);

        // Then the endpoint did receive (and log) the key: the test could fail
        Assert.Contains(server.Requests, r => r.Credential.Contains(key, StringComparison.Ordinal));
        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.True(eval.ExitCode == 0, eval.All);

        // And the site serves every page and API answer about those runs without it
        var runIds = System.Text.Json.JsonDocument.Parse(runs.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(2, runIds.Count);
        var (site, url) = await CliProcess.StartServingAsync(["serve", "--port", "0", "--data", data]);
        using var serving = new CliProcess.Running(site);
        using var http = new HttpClient { BaseAddress = url };
        string[] paths =
        [
            "", "leaderboard", "models/yardstick-tiny", "api/models", "api/models/yardstick-tiny", "api/models.csv", "openapi/v1.json",
            .. runIds.SelectMany(id => new[] { $"runs/{id}", $"api/runs/{id}", $"api/runs/{id}/samples.csv" }),
        ];
        foreach (var path in paths)
        {
            using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"GET /{path}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            AssertNoKey(key, $"GET /{path}", body + string.Join('\n', response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value)));
        }
        // The database files while the site holds them open (the write-ahead log is there now), then after it stopped
        await AssertNoKeyInFilesAsync(key, data);
        CliProcess.Terminate(site);
        Assert.Equal(0, await serving.WaitForExitAsync(TimeSpan.FromSeconds(15)));
        await AssertNoKeyInFilesAsync(key, data);
        AssertNoKey(key, "what the commands printed", printed.ToString() + serving.Output);
    }

    private static async Task AssertNoKeyInFilesAsync(string key, string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("yardstick.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            // Bytes, not text: SQLite pages hold the UTF-8 of every stored string.
            Assert.True(copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(key)) < 0, $"{file} holds the key");
        }
    }

    /// <summary>Neither the key nor its random part (a leak that kept only the tail of it) appears.</summary>
    private static void AssertNoKey(string key, string where, string text)
    {
        Assert.False(text.Contains(key, StringComparison.Ordinal), $"{where} holds the key");
        Assert.False(text.Contains(key["sk-yardstick-".Length..], StringComparison.Ordinal), $"{where} holds the key's random part");
    }
}
