using System.Globalization;
using Yardstick.Core.Probes;
using Yardstick.Probes.Running;
using Yardstick.Probes.Texts;

namespace Yardstick.Probes.Checks;

/// <summary>
/// The claimed context window: prompts filling 25 %, 50 % and 90 % of it (capped by the run's maximum) with a needle
/// (a five-digit code) halfway in; the answer must name the code. A calibration request first converts o200k lengths
/// to the endpoint's own tokens (its reported prompt_tokens). One prompt just past the window records whether the
/// endpoint refuses it or silently accepts (truncates) it.
/// </summary>
public sealed class ContextWindowProbe : Probe
{
    private static readonly double[] Fractions = [0.25, 0.50, 0.90];
    private const double PastFraction = 1.10;
    private const int AnswerTokens = 12;

    public override string Name => "context_window";
    public override string Checks => "Needle (a code) halfway into prompts of 25 %, 50 %, 90 % of the claimed window, and one just past it: retrieved? refused or truncated? largest verified length.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        if (context.Options.ClaimedContextWindowTokens is not { } window || window < 256)
            return Inconclusive(context, "No claimed context window to check (the catalog states none for this model; pass --model-slug).");
        var seed = Random.Shared.Next();
        if (await TokenCalibration.MeasureAsync(context, cancellationToken).ConfigureAwait(false) is not { } perO200k)
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Context window");

        var observed = new Dictionary<string, string>
        {
            ["claimed_tokens"] = window.ToString(CultureInfo.InvariantCulture),
            ["native_tokens_per_o200k"] = perO200k.ToString("0.00", CultureInfo.InvariantCulture),
        };
        var cap = Math.Min(window, context.Options.MaxContextTokens);
        if (cap < window)
            observed["capped_at_tokens"] = cap.ToString(CultureInfo.InvariantCulture);
        var refusedInside = false;
        long largest = 0;
        var random = new Random(seed);
        foreach (var fraction in Fractions)
        {
            var target = (long)(cap * fraction) - AnswerTokens;
            var code = random.Next(10_000, 100_000).ToString(CultureInfo.InvariantCulture);
            var sent = await SendNeedleAsync(context, $"{fraction * 100:0}pct", target, perO200k, seed + (int)(fraction * 100), code, cancellationToken).ConfigureAwait(false);
            if (sent.Exchange.RejectedCleanly)
            {
                refusedInside = true;
                sent.Judge(false, $"refused at ~{target:N0} tokens, inside the claimed {window:N0}: {CaseVerdict.Short(sent.Exchange.ErrorMessage)}");
                continue;
            }
            if (!sent.Exchange.Answered)
                continue;
            var found = context.Read(sent).Text.Contains(code, StringComparison.Ordinal);
            var tokens = (long?)context.Read(sent).Usage?.PromptTokens ?? target;
            sent.Judge(found, found ? $"code {code} retrieved from {tokens:N0} prompt tokens" : $"code {code} not in \"{CaseVerdict.Short(context.Read(sent).Text)}\" ({tokens:N0} prompt tokens)");
            if (found)
                largest = Math.Max(largest, tokens);
        }
        observed["largest_verified_tokens"] = largest.ToString(CultureInfo.InvariantCulture);
        if (cap == window)
        {
            var past = await SendNeedleAsync(context, "past-window", (long)(window * PastFraction), perO200k, seed + 999, "00000", cancellationToken).ConfigureAwait(false);
            var behaviour = past.Exchange.RejectedCleanly ? "refused"
                : past.Exchange.Answered ? $"accepted ({context.Read(past).Usage?.PromptTokens?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} prompt tokens: truncated, or the window is larger than claimed)"
                : $"no answer ({CaseVerdict.Failure(past.Exchange)})";
            past.Observe($"just past the window: {behaviour}");
            observed["past_window"] = behaviour;
        }
        else
            observed["past_window"] = "not sent (beyond --max-context)";

        var scored = context.Cases.Where(c => c.Passed is not null).ToList();
        var outcome = CaseVerdict.Decide(this, context.Cases, AllCases, "Needles retrieved", observed);
        if (outcome.Verdict == ProbeVerdict.Refuted && !refusedInside && scored.All(c => c.Passed == false))
            return Inconclusive(context, $"Every prompt was accepted but the needle was never retrieved, not even at {Fractions[0]:P0}: the model does not retrieve, so the window cannot be judged.", observed)
                with { Rate = outcome.Rate, Passed = 0, Answered = outcome.Answered };
        return outcome;
    }

    private static Task<ProbeCase> SendNeedleAsync(ProbeContext context, string name, long targetNativeTokens, double perO200k, int seed, string code, CancellationToken cancellationToken)
    {
        var o200k = (int)Math.Max(64, targetNativeTokens / perO200k);
        var text = FillerText.WithNeedle(o200k, seed, $"The secret code is {code}.", 0.5);
        var prompt = $"{text}\n\nWhat is the secret code in the text above? Answer with the five digits only.";
        return context.SendAsync(name, context.Body(prompt, maxTokens: AnswerTokens), cancellationToken);
    }
}
