using System.Text.Json.Nodes;
using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Checks;

/// <summary>JSON mode: <c>response_format</c> <c>json_object</c> makes every answer a JSON object.</summary>
public sealed class JsonModeProbe : Probe
{
    private static readonly JsonObject AnyObject = JsonNode.Parse("""{"type":"object"}""")!.AsObject();
    private static readonly (string Name, string Prompt)[] Prompts =
    [
        ("moon", "Describe the first crewed moon landing as a JSON object with the keys mission and year."),
        ("list", "Give three prime numbers as JSON."),
    ];

    public override string Name => "json_mode";
    public override string Checks => "response_format json_object on two prompts: each answer parses as a JSON object.";
    public override string? Capability => KnownCapabilities.JsonMode;

    public override bool AppliesTo(ProbeApi api) => IsOpenAi(api);

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var (name, prompt) in Prompts)
        {
            var body = context.Body(prompt, maxTokens: 200);
            body["response_format"] = new JsonObject { ["type"] = "json_object" };
            var sent = await context.SendAsync(name, body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var (valid, note) = SchemaCheck.Validate(AnyObject, context.Read(sent).Text);
            sent.Judge(valid, valid ? "a JSON object" : note);
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "JSON objects returned");
    }
}
