using System.Text.Json;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick probe` against `yardstick serve-model` on the tiny model: the --json verdicts and the stored run.</summary>
public sealed class ProbeCommandTests(ModelServerFixture server) : IClassFixture<ModelServerFixture>
{
    [Fact]
    public async Task Serve_model_is_probed_honestly_and_the_run_is_stored()
    {
        // Given serve-model on the tiny model
        var data = Directory.CreateTempSubdirectory("yardstick-probe-").FullName;
        var json = Path.Combine(data, "probe.json");

        // When the cheap probes run against it
        var probe = await CliProcess.RunAsync(["probe", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--model-slug", "yardstick-tiny", "--only", "streaming,max_tokens,n,logprobs,function_calling,structured_output,json_mode,vision,stream_usage",
            "--json", json, "--data", data], timeout: TimeSpan.FromMinutes(4));
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data]);

        // Then what it does is verified, what it refuses is not_supported, and the run holds every request
        Assert.True(probe.ExitCode == 0, probe.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        Assert.True(root.GetProperty("reachable").GetBoolean());
        var verdicts = root.GetProperty("probes").EnumerateArray().ToDictionary(p => p.GetProperty("probe").GetString()!, p => p.GetProperty("verdict").GetString());
        Assert.Equal("verified", verdicts["streaming"]);
        Assert.Equal("verified", verdicts["max_tokens"]);
        Assert.Equal("verified", verdicts["stream_usage"]);
        foreach (var refused in new[] { "n", "logprobs", "function_calling", "structured_output", "json_mode", "vision" })
            Assert.Equal("not_supported", verdicts[refused]);
        Assert.StartsWith("probe-", root.GetProperty("run_id").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 run(s)", runs.Output, StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("requests").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), runs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_exits_1_with_reachable_false()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-probe-").FullName;
        var json = Path.Combine(data, "probe.json");

        var probe = await CliProcess.RunAsync(["probe", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", "--json", json, "--data", data]);

        Assert.Equal(1, probe.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        Assert.False(document.RootElement.GetProperty("reachable").GetBoolean());
        Assert.Empty(document.RootElement.GetProperty("probes").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_probe_name_is_rejected_with_the_known_ones()
    {
        var probe = await CliProcess.RunAsync(["probe", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--only", "telepathy"]);

        Assert.NotEqual(0, probe.ExitCode);
        Assert.Contains("telepathy", probe.All, StringComparison.Ordinal);
        Assert.Contains("function_calling", probe.All, StringComparison.Ordinal);
    }
}
