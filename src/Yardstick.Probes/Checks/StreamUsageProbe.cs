using Yardstick.Core.Probes;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>Usage in a stream: <c>stream_options.include_usage</c> (OpenAI) or the usage of message_delta (Anthropic).</summary>
public sealed class StreamUsageProbe : Probe
{
    public override string Name => "stream_usage";
    public override string Checks => "A stream asked for usage reports completion tokens > 0 in a usage event (stream_options.include_usage; Anthropic: message_delta).";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var body = context.Body("Name three fruits.", maxTokens: 12);
        context.Api.Stream(body, includeUsage: true);
        var sent = await context.SendAsync("include-usage", body, cancellationToken).ConfigureAwait(false);
        if (sent.Exchange.Answered)
        {
            var usage = context.Read(sent).Usage;
            sent.Judge(usage?.CompletionTokens > 0,
                usage is null ? "no usage in the stream" : $"usage: prompt {usage.PromptTokens?.ToString() ?? "–"}, completion {usage.CompletionTokens?.ToString() ?? "–"}");
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Usage in the stream");
    }
}
