using Yardstick.Core.Probes;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>An answer asked to be long stops at max_tokens: the usage says at most that many completion tokens.</summary>
public sealed class MaxTokensProbe : Probe
{
    private static readonly int[] Limits = [4, 16];

    public override string Name => "max_tokens";
    public override string Checks => "A long answer is cut at max_tokens (4 and 16): usage.completion_tokens ≤ the limit (finish_reason length when usage is absent).";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var limit in Limits)
        {
            var body = context.Body("Write a long story about a lighthouse keeper, at least 500 words.", maxTokens: limit);
            var sent = await context.SendAsync($"limit-{limit}", body, cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var answer = context.Read(sent);
            if (answer.Usage?.CompletionTokens is { } used)
                sent.Judge(used <= limit, $"usage.completion_tokens {used} with max_tokens {limit} (finish_reason {answer.FinishReason ?? "none"})");
            else
                sent.Judge(answer.FinishReason == "length", $"no usage reported; finish_reason {answer.FinishReason ?? "none"} with max_tokens {limit}");
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "max_tokens honoured");
    }
}
