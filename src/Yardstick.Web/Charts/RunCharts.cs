using System.Globalization;
using System.Text.Json.Nodes;
using Yardstick.Core.Runs;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>A perf run's per-request timeline: each request a bar from its start to its last token, the wait for the first token shaded apart.</summary>
internal static class RunCharts
{
    public static Chart Timeline(RunRecord run, IReadOnlyList<SampleRecord> samples)
    {
        var table = new ChartTable([new("name", "Request"), new("part", "Phase"), new("start", "From (s after the run's first request)", Seconds),
            new("end", "To (s)", Seconds), new("outcome", "Outcome")]) { LinkField = null };
        var origin = samples.Count == 0 ? DateTimeOffset.MinValue : samples.Min(s => s.RequestStartedUtc);
        foreach (var s in samples.OrderBy(s => s.RequestStartedUtc).ThenBy(s => s.Sequence))
        {
            var name = "#" + s.Sequence.ToString(CultureInfo.InvariantCulture) + (s.Epoch > 0 ? "." + s.Epoch.ToString(CultureInfo.InvariantCulture) : "");
            var start = (s.RequestStartedUtc - origin).TotalSeconds;
            var outcome = s.Succeeded ? "ok" : s.ErrorKind.ToString();
            if (s.TtftSeconds is { } ttft)
            {
                table.Add(name, "waiting for the first token", start, start + ttft, outcome);
                if (s.LastTokenSeconds is { } last && last > ttft)
                    table.Add(name, "streaming", start + ttft, start + last, outcome);
            }
            else
                table.Add(name, "failed", start, start + (s.LastTokenSeconds ?? 0), outcome);
        }
        var summary = table.Count == 0 ? "No request was recorded."
            : $"{samples.Count} requests on one time axis (seconds after the first started): the light part of each bar is the wait for the first token, the dark part the streaming of the answer; overlapping bars ran concurrently.";
        JsonObject Axis(string field) => new() { ["field"] = field, ["type"] = "quantitative", ["title"] = "Seconds after the run's first request", ["axis"] = new JsonObject { ["format"] = ChartAxis.SecondsFormat } };
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.Schema,
            ["description"] = summary,
            ["width"] = "container",
            ["height"] = new JsonObject { ["step"] = 14 },
            ["data"] = new JsonObject { ["values"] = table.ToJson() },
            ["mark"] = new JsonObject { ["type"] = "bar" },
            ["encoding"] = new JsonObject
            {
                ["y"] = new JsonObject { ["field"] = "name", ["type"] = "nominal", ["title"] = "Request", ["sort"] = null },
                ["x"] = Axis("start"),
                ["x2"] = new JsonObject { ["field"] = "end" },
                ["color"] = new JsonObject
                {
                    ["field"] = "part", ["type"] = "nominal", ["title"] = "Phase", ["legend"] = new JsonObject { ["orient"] = "bottom" },
                    ["scale"] = new JsonObject
                    {
                        ["domain"] = new JsonArray("waiting for the first token", "streaming", "failed"),
                        ["range"] = new JsonArray("#a8c1ee", "#2457c5", "#b00020"),
                    },
                },
                ["tooltip"] = new JsonArray(VegaLite.Tip("name", "Request", type: "nominal"), VegaLite.Tip("part", "Phase", type: "nominal"),
                    VegaLite.Tip("start", "From (s)", ChartAxis.SecondsFormat), VegaLite.Tip("end", "To (s)", ChartAxis.SecondsFormat), VegaLite.Tip("outcome", "Outcome", type: "nominal")),
            },
        };
        return new Chart("request-timeline", "Requests over time", summary, spec, table);
    }

    private static string Seconds(object? v) => Format.Seconds(Convert.ToDouble(v, CultureInfo.InvariantCulture));
}
