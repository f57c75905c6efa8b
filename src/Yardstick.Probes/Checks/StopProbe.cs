using Yardstick.Core.Probes;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>
/// Stop sequences, judged on the model's own words: a baseline answer at temperature 0 picks a stop string from its
/// middle; the same request with that stop must end just before it (the text up to it, without it, finish_reason stop).
/// </summary>
public sealed class StopProbe : Probe
{
    private const string Prompt = "List the numbers from 1 to 40 in words, separated by commas.";
    private const int MaxTokens = 48;

    public override string Name => "stop";
    public override string Checks => "With a stop string taken from the middle of a temperature-0 baseline, the answer ends right before it (single string and a list of two).";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var baselineBody = context.Body(Prompt, MaxTokens);
        baselineBody["seed"] = 7;
        if (!IsOpenAi(context.Api))
            baselineBody.Remove("seed");
        var baseline = await context.SendAsync("baseline", baselineBody, cancellationToken).ConfigureAwait(false);
        var text = context.Read(baseline).Text;
        if (!baseline.Exchange.Answered)
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Stop sequences");
        if (PickStop(text) is not { } stop)
        {
            baseline.Observe("baseline too short or too repetitive to take a stop string from");
            return Inconclusive(context, $"The baseline answer ({text.Length} characters) has no stop string to take from its middle.");
        }
        baseline.Observe($"baseline; stop string \"{stop}\" taken from its middle");
        var expected = text[..text.IndexOf(stop, StringComparison.Ordinal)];

        var single = baselineBody.DeepClone().AsObject();
        context.Api.Stop(single, [stop]);
        await JudgeAsync(context, "single", single, stop, expected, cancellationToken).ConfigureAwait(false);
        var list = baselineBody.DeepClone().AsObject();
        context.Api.Stop(list, ["\u00a7\u00a7never\u00a7\u00a7", stop]);
        await JudgeAsync(context, "list", list, stop, expected, cancellationToken).ConfigureAwait(false);
        if (context.Cases.Skip(1).All(c => c.Passed is null && c.Exchange.Answered))
            return Inconclusive(context, "The answers at temperature 0 did not reproduce the baseline, so the cut cannot be judged.");
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Stop sequences honoured", new Dictionary<string, string> { ["stop"] = stop });
    }

    private static async Task JudgeAsync(ProbeContext context, string name, System.Text.Json.Nodes.JsonObject body, string stop, string expected, CancellationToken cancellationToken)
    {
        var sent = await context.SendAsync(name, body, cancellationToken).ConfigureAwait(false);
        if (!sent.Exchange.Answered)
            return;
        var answer = context.Read(sent);
        var text = answer.Text;
        if (text.Contains(stop, StringComparison.Ordinal))
            sent.Judge(false, $"the answer contains the stop string \"{stop}\"");
        else if (text.TrimEnd() == expected.TrimEnd())
            sent.Judge(true, $"ended right before \"{stop}\" (finish_reason {answer.FinishReason ?? "none"})");
        else if (!expected.StartsWith(text.TrimEnd(), StringComparison.Ordinal) && !text.StartsWith(expected.TrimEnd(), StringComparison.Ordinal))
            sent.Observe("the answer differs from the baseline: not reproducible, not judged");
        else
            sent.Judge(false, $"ended at {text.Length} characters, expected {expected.Length} (before \"{stop}\")");
    }

    /// <summary>
    /// A 3–8 character piece of the baseline's middle that first occurs there (so the expected cut is well defined),
    /// without surrounding white space or replacement characters; any model's words will do, even noise.
    /// </summary>
    internal static string? PickStop(string text)
    {
        for (var start = text.Length * 2 / 5; start < text.Length * 4 / 5; start++)
        {
            for (var length = 3; length <= 8 && start + length <= text.Length; length++)
            {
                var piece = text.Substring(start, length);
                if (piece.Trim().Length == length && !piece.Contains('\uFFFD', StringComparison.Ordinal) && !piece.Any(char.IsControl)
                    && text.IndexOf(piece, StringComparison.Ordinal) == start)
                    return piece;
            }
        }
        return null;
    }
}
