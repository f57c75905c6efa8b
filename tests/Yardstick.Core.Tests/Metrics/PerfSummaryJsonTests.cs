using System.Text.Json;
using Yardstick.Core.Metrics;

namespace Yardstick.Core.Tests.Metrics;

public sealed class PerfSummaryJsonTests
{
    [Fact]
    public void The_document_has_the_cli_contracts_names()
    {
        var summary = PerfAnalysis.Summarise([SampleBuilder.Steady(0.1, 10, 5, 0), SampleBuilder.Steady(0.2, 10, 5, 1)], "perf-x");

        using var json = JsonDocument.Parse(PerfSummaryJson.Serialize(summary));
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("requests").GetProperty("ok").GetInt32());
        Assert.Equal(0, root.GetProperty("requests").GetProperty("failed").GetInt32());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("requests").GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("e2e_500_s").ValueKind);
        foreach (var name in new[] { "ttft_s", "first_answer_token_s", "output_tokens_per_s", "output_tokens_per_s_native", "inter_token_latency_s", "e2e_latency_s", "reasoning_tokens", "output_tokens" })
            foreach (var field in new[] { "p5", "p25", "p50", "p75", "p95", "p99", "mean", "n" })
                Assert.True(root.GetProperty(name).TryGetProperty(field, out _), $"{name}.{field}");
        Assert.Equal(0.15, root.GetProperty("ttft_s").GetProperty("p50").GetDouble(), 1e-9);
    }

    [Fact]
    public void Figures_that_cannot_be_computed_are_null_and_read_back_as_nan()
    {
        var summary = PerfAnalysis.Summarise([]);

        var text = PerfSummaryJson.Serialize(summary);
        using var json = JsonDocument.Parse(text);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ttft_s").GetProperty("p50").ValueKind);
        Assert.True(double.IsNaN(PerfSummaryJson.Deserialize(text)!.TtftSeconds.P50));
    }

    [Fact]
    public void A_summary_round_trips()
    {
        var summary = PerfAnalysis.Summarise([SampleBuilder.Steady(0.1, 10, 5, 0)], "perf-y");

        var back = PerfSummaryJson.Deserialize(PerfSummaryJson.Serialize(summary))!;

        Assert.Equal(summary.TtftSeconds, back.TtftSeconds);
        Assert.Equal(summary.Requests.Ok, back.Requests.Ok);
        Assert.Equal(summary.Warnings, back.Warnings);
    }
}
