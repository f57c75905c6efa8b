using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Checks;

/// <summary>
/// Multi-turn tool use: a conversation that already holds the assistant's get_weather call and the tool's result;
/// the answer must use the result (its temperature appears). The call is written by the probe, so that only the
/// endpoint's handling of tool messages is under test, not whether the model chose to call.
/// </summary>
public sealed class ToolResultsProbe : Probe
{
    private static readonly (string City, int Celsius, string Conditions)[] Rounds = [("Paris", 17, "light rain"), ("Oslo", -4, "snow")];

    public override string Name => "tool_results";
    public override string Checks => "A conversation with a get_weather call and its result fed back: the answer reports the temperature from the result.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var (city, celsius, conditions) in Rounds)
        {
            var question = ProbeApi.Message("user", $"What is the weather in {city}? Use the tool, then tell me the temperature.");
            var call = new ProbeToolCall($"call_probe_{city.ToLowerInvariant()}", ProbeTools.Weather.Name, $"{{\"city\":\"{city}\",\"unit\":\"celsius\"}}");
            var round = context.Api.ToolRound(ProbeAnswer.Empty, call, $"{{\"city\":\"{city}\",\"temperature_c\":{celsius},\"conditions\":\"{conditions}\"}}");
            var body = context.Api.Body(context.Model, null, [question, .. round], maxTokens: 128);
            context.Api.Tools(body, [ProbeTools.Weather]);
            var sent = await context.SendAsync(city.ToLowerInvariant(), body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var text = context.Read(sent).Text;
            var used = text.Contains(celsius.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            sent.Judge(used, used ? $"the answer reports {celsius} °C from the tool result" : $"{celsius} missing from \"{CaseVerdict.Short(text)}\"");
        }
        return CaseVerdict.Decide(this, context.Cases, MostCases, "Tool results used");
    }
}
