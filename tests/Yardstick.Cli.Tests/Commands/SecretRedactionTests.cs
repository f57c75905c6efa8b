using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Tests.Loopback;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>An endpoint that echoes the key back: the key reaches no database file, output file, printed line, page or export.</summary>
public sealed class SecretRedactionTests
{
    private const string Secret = "sk-test-DISTINCTIVE123";

    [Fact]
    public async Task A_key_echoed_in_an_error_is_stored_and_served_nowhere()
    {
        // Given an endpoint that answers 401 quoting the key it was sent
        var ct = TestContext.Current.CancellationToken;
        await using var endpoint = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$$"""{"error":{"message":"Incorrect API key provided: Bearer {{{Secret}}}. Header x-api-key: {{{Secret}}}"}}""", context.RequestAborted);
        });
        var data = Directory.CreateTempSubdirectory("yardstick-secrets-").FullName;
        var samples = Path.Combine(data, "out", "samples.jsonl");
        var json = Path.Combine(data, "out", "summary.json");

        // When an eval uses the key
        var eval = await CliProcess.RunAsync(["eval", "--base-url", endpoint.BaseUrl.ToString(), "--model", "m", "--eval", "builtin-arith", "--limit", "2",
            "--max-attempts", "1", "--api-key-env", "YARDSTICK_SECRET_TEST_KEY", "--samples", samples, "--json", json, "--data", data],
            environment: new Dictionary<string, string> { ["YARDSTICK_SECRET_TEST_KEY"] = Secret });

        // Then the run failed with the endpoint's message, redacted, in the samples file
        Assert.True(eval.ExitCode == 1, eval.All);
        Assert.DoesNotContain(Secret, eval.All, StringComparison.Ordinal);
        var line = (await File.ReadAllLinesAsync(samples, ct))[0];
        Assert.Contains("Incorrect API key provided: Bearer [redacted]", line, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, ct)), StringComparison.Ordinal);

        // and the site serves the run page, its JSON and its samples.csv without it
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(json, ct));
        var runId = summary.RootElement.GetProperty("run_id").GetString();
        var (server, url) = await CliProcess.StartServingAsync(["serve", "--port", "0", "--data", data]);
        try
        {
            using var http = new HttpClient { BaseAddress = url };
            foreach (var path in new[] { $"runs/{runId}", $"api/runs/{runId}", $"api/runs/{runId}/samples.csv" })
            {
                var body = await http.GetStringAsync(path, ct);
                Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
                Assert.Contains(runId!, body, StringComparison.Ordinal);
            }
            Assert.Contains("[redacted]", await http.GetStringAsync($"api/runs/{runId}/samples.csv", ct), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(ct);
            server.Dispose();
        }
    }
}
