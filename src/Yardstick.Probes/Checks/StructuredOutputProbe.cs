using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;
using System.Text.Json.Nodes;

namespace Yardstick.Probes.Checks;

/// <summary>
/// <c>response_format</c> <c>json_schema</c> with <c>strict: true</c> over four schemas of growing difficulty; each answer
/// is validated with JsonSchema.Net. Strict mode promises conformance, so the pass rule is every schema.
/// </summary>
public sealed class StructuredOutputProbe : Probe
{
    public override string Name => "structured_output";
    public override string Checks => "response_format json_schema (strict) over 4 schemas of growing difficulty: every answer parses and validates (adherence rate).";
    public override string? Capability => KnownCapabilities.StructuredOutput;

    public override bool AppliesTo(ProbeApi api) => IsOpenAi(api);

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var observed = new Dictionary<string, string>();
        foreach (var (name, prompt, schema) in StructuredOutputCases.All)
        {
            var body = context.Body(prompt + " Answer in JSON.", maxTokens: 400);
            body["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject { ["name"] = name.Replace('-', '_'), ["strict"] = true, ["schema"] = schema.DeepClone() },
            };
            var sent = await context.SendAsync(name, body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var (valid, note) = SchemaCheck.Validate(schema, context.Read(sent).Text);
            sent.Judge(valid, note);
            observed[name] = valid ? "valid" : "invalid";
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Schema adherence", observed);
    }
}
