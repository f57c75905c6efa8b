using System.Text.Json.Nodes;
using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>
/// Whether reasoning streams, and under which field: <c>reasoning_content</c>, <c>reasoning</c>, inline
/// <c>&lt;think&gt;</c> tags, or Anthropic <c>thinking</c> blocks (asked for with a thinking budget).
/// </summary>
public sealed class ReasoningStreamProbe : Probe
{
    public override string Name => "reasoning_stream";
    public override string Checks => "A question worth thinking about, streamed: reasoning text arrives under reasoning_content, reasoning, <think> tags or thinking blocks; the field is recorded.";
    public override string? Capability => KnownCapabilities.Reasoning;

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var body = context.Body("How many times does the letter r occur in the word strawberry? Think it through, then answer with the number.", maxTokens: 256);
        if (!IsOpenAi(context.Api))
        {
            // Extended thinking needs a budget below max_tokens and the default temperature.
            body["max_tokens"] = 2048;
            body["thinking"] = new JsonObject { ["type"] = "enabled", ["budget_tokens"] = 1024 };
            body.Remove("temperature");
        }
        context.Api.Stream(body, includeUsage: true);
        var sent = await context.SendAsync("strawberry", body, cancellationToken).ConfigureAwait(false);
        if (!sent.Exchange.Answered)
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Reasoning stream");
        var answer = context.Read(sent);
        var hidden = answer.Usage?.ReasoningTokens is > 0 && answer.ReasoningField is null;
        if (answer.ReasoningField is { } field)
            sent.Judge(true, $"{answer.Reasoning.Length} characters of reasoning under {field}");
        else
            sent.Judge(false, hidden ? $"usage reports {answer.Usage!.ReasoningTokens} reasoning tokens but none streamed (hidden reasoning)" : "no reasoning in the stream");
        var observed = new Dictionary<string, string> { ["field"] = answer.ReasoningField ?? (hidden ? "hidden" : "none") };
        if (answer.Usage?.ReasoningTokens is { } tokens)
            observed["reasoning_tokens"] = tokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var outcome = CaseVerdict.Decide(this, context.Cases, AllCases, "Reasoning streamed", observed);
        // No reasoning in the stream does not show the model cannot reason (o-series models hide it): only a verified
        // stream evidences the reasoning capability.
        return outcome.Verdict == ProbeVerdict.Verified ? outcome : outcome with { Capability = null };
    }
}
