using Yardstick.Core.Probes;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Checks;

/// <summary>Parallel tool calls: one answer that calls get_weather once for each of several cities.</summary>
public sealed class ParallelToolCallsProbe : Probe
{
    private static readonly string[][] Questions = [["Paris", "Tokyo"], ["Oslo", "Cairo", "Lima"]];

    public override string Name => "parallel_tool_calls";
    public override string Checks => "Weather for two and for three cities in one question: a single answer holds one valid get_weather call per city.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var cities in Questions)
        {
            var body = context.Body($"What is the weather right now in {string.Join(" and in ", cities)}, in celsius? Call get_weather once per city, all calls at once in this reply.", maxTokens: 512);
            context.Api.Tools(body, [ProbeTools.Weather]);
            var sent = await context.SendAsync($"{cities.Length}-cities", body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var calls = context.Read(sent).ToolCalls;
            var missing = cities.Where(city => !calls.Any(call => ProbeTools.CheckWeather(call, city).Ok)).ToList();
            sent.Judge(missing.Count == 0, missing.Count == 0
                ? $"{calls.Count} calls in one answer, one valid call per city"
                : $"{calls.Count} call(s); no valid call for {string.Join(", ", missing)}");
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Parallel calls in one answer",
            new Dictionary<string, string> { ["most_calls_in_one_answer"] = context.Cases.Select(c => context.Read(c).ToolCalls.Count).DefaultIfEmpty(0).Max().ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
