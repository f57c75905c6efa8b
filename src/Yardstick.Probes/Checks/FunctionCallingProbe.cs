using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Checks;

/// <summary>A single function call with arguments that validate against the tool's schema and carry the asked-for values.</summary>
public sealed class FunctionCallingProbe : Probe
{
    private static readonly (string City, string Unit)[] Cities = [("Paris", "celsius"), ("Tokyo", "fahrenheit"), ("Lima", "celsius")];

    public override string Name => "function_calling";
    public override string Checks => "Three weather questions with get_weather offered: each answer calls it once with schema-valid arguments naming the city.";
    public override string? Capability => KnownCapabilities.FunctionCalling;

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var (city, unit) in Cities)
        {
            var body = context.Body($"What is the weather in {city} right now, in {unit}? Use the get_weather tool.", maxTokens: 256);
            context.Api.Tools(body, [ProbeTools.Weather]);
            var sent = await context.SendAsync(city.ToLowerInvariant(), body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var calls = context.Read(sent).ToolCalls;
            if (calls.Count == 0)
                sent.Judge(false, "no tool call in the answer");
            else
            {
                var (ok, note) = ProbeTools.CheckWeather(calls[0], city);
                sent.Judge(ok, note);
            }
        }
        return CaseVerdict.Decide(this, context.Cases, MostCases, "Function calls with valid arguments");
    }
}
