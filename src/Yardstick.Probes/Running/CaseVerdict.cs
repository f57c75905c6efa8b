using System.Globalization;
using Yardstick.Core.Probes;

namespace Yardstick.Probes.Running;

/// <summary>
/// The common pass rule over a probe's scored cases (observed-only cases are evidence, never scored): nothing answered and every request refused cleanly is
/// <c>not_supported</c>; nothing answered otherwise is <c>inconclusive</c>; else the rate of passed cases (refused
/// cases count as failed ones beside answered cases, unless <c>countRefusals</c> is false: then a refusal is only
/// recorded) decides <c>verified</c> (at least <c>passRate</c>) or <c>refuted</c>.
/// </summary>
public static class CaseVerdict
{
    public static ProbeOutcome Decide(IProbe probe, IReadOnlyList<ProbeCase> cases, double passRate, string what,
        IReadOnlyDictionary<string, string>? observed = null, bool countRefusals = true)
    {
        var scorable = cases.Where(c => !c.ObservedOnly).ToList();
        var judged = scorable.Where(c => c.Passed is not null).ToList();
        var refused = scorable.Where(c => c.Passed is null && c.Exchange.RejectedCleanly).ToList();
        var unanswered = scorable.Where(c => c.Passed is null && !c.Exchange.Answered && !c.Exchange.RejectedCleanly).ToList();
        var outcome = new ProbeOutcome
        {
            Probe = probe.Name,
            Capability = probe.Capability,
            Verdict = ProbeVerdict.Inconclusive,
            Cases = cases.Count,
            Detail = "",
            Observed = observed ?? new Dictionary<string, string>(),
            Samples = cases.Select(c => c.Exchange.PromptId).ToList(),
        };
        if (judged.Count == 0)
        {
            if (refused.Count > 0 && unanswered.Count == 0)
                return outcome with { Verdict = ProbeVerdict.NotSupported, Detail = $"Rejected cleanly: HTTP {refused[0].Exchange.StatusCode} \"{Short(refused[0].Exchange.ErrorMessage)}\"." };
            var first = unanswered.Concat(refused).FirstOrDefault()?.Exchange;
            return outcome with { Detail = first is null ? "No case could be judged." : $"No case was answered: {Failure(first)}." };
        }
        var passed = judged.Count(c => c.Passed == true);
        var scored = judged.Count + (countRefusals ? refused.Count : 0);
        var rate = (double)passed / scored;
        var verdict = rate >= passRate ? ProbeVerdict.Verified : ProbeVerdict.Refuted;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{what}: {passed} of {scored} cases passed (pass rule: at least {passRate:P0})");
        if (refused.Count > 0)
            detail += $"; {refused.Count} refused with HTTP {refused[0].Exchange.StatusCode}";
        if (unanswered.Count > 0)
            detail += $"; {unanswered.Count} not answered ({Failure(unanswered[0].Exchange)})";
        var firstFailure = judged.FirstOrDefault(c => c.Passed == false)?.Note;
        if (verdict == ProbeVerdict.Refuted && firstFailure is not null)
            detail += $"; first failure: {firstFailure}";
        return outcome with { Verdict = verdict, Rate = rate, Passed = passed, Answered = judged.Count, Detail = detail + "." };
    }

    internal static string Failure(Http.ProbeExchange exchange) =>
        exchange.StatusCode is { } status ? $"HTTP {status} \"{Short(exchange.ErrorMessage)}\"" : $"{exchange.TransportError}: {Short(exchange.TransportMessage)}";

    internal static string Short(string? text) => text is null ? "" : text.Length <= 160 ? text : text[..160] + "…";
}
