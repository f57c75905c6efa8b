using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary><c>logprobs</c> with <c>top_logprobs</c> = 3: every answer token comes with its log-probability and three alternatives.</summary>
public sealed class LogprobsProbe : Probe
{
    private const int Top = 3;

    public override string Name => "logprobs";
    public override string Checks => "logprobs: true, top_logprobs: 3 returns choices[0].logprobs.content with a logprob ≤ 0 and 3 top_logprobs for every token.";

    public override bool AppliesTo(ProbeApi api) => IsOpenAi(api);

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var body = context.Body("Say the word 'hello'.", maxTokens: 8);
        body["logprobs"] = true;
        body["top_logprobs"] = Top;
        var sent = await context.SendAsync("top-3", body, cancellationToken).ConfigureAwait(false);
        if (sent.Exchange.Answered)
        {
            var (ok, note) = Check(context.Read(sent).Logprobs);
            sent.Judge(ok, note);
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Log-probabilities returned");
    }

    internal static (bool Ok, string Note) Check(System.Text.Json.Nodes.JsonNode? logprobs)
    {
        if (logprobs.F("content") is not System.Text.Json.Nodes.JsonArray { Count: > 0 } tokens)
            return (false, "no choices[0].logprobs.content in the answer");
        foreach (var token in tokens)
        {
            if (token.F("logprob") is not System.Text.Json.Nodes.JsonValue value || !value.TryGetValue<double>(out var logprob) || logprob > 0)
                return (false, $"token {token.F("token")?.ToJsonString()} has no logprob ≤ 0");
            if (token.F("top_logprobs") is not System.Text.Json.Nodes.JsonArray { Count: Top })
                return (false, $"token {token.F("token")?.ToJsonString()} has not {Top} top_logprobs");
        }
        return (true, $"{tokens.Count} tokens, each with a logprob and {Top} alternatives");
    }
}
