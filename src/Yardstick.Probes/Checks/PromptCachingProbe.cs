using System.Globalization;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;
using Yardstick.Probes.Texts;

namespace Yardstick.Probes.Checks;

/// <summary>
/// Prompt caching: a fresh long prefix sent three times (cold, then twice warm). Verified when a warm request reports
/// cached prompt tokens (<c>prompt_tokens_details.cached_tokens</c>, Anthropic <c>cache_read_input_tokens</c>); the time
/// to first token of warm against cold is recorded either way, and a large drop without a report is inconclusive.
/// </summary>
public sealed class PromptCachingProbe : Probe
{
    private const int PrefixTokens = 3000;
    private const double TtftDropRatio = 0.5;

    public override string Name => "prompt_caching";
    public override string Checks => "A fresh ~3,000-token prefix sent cold then twice warm: warm usage reports cached tokens; TTFT warm/cold is recorded.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        if (await TokenCalibration.MeasureAsync(context, cancellationToken).ConfigureAwait(false) is not { } perO200k)
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Prompt caching");
        // At most half the window (in the endpoint's own tokens), so that a small model is not refused for length.
        var room = Math.Min(context.Options.MaxContextTokens, context.Options.ClaimedContextWindowTokens ?? PrefixTokens * 4) / 2 / perO200k;
        var tokens = (int)Math.Min(PrefixTokens, room);
        var seed = Random.Shared.Next();
        var prefix = $"Reference text {seed}:\n" + FillerText.Text(tokens, seed);
        var message = context.Api.Cacheable(ProbeApi.Message("user", prefix + "\n\nIn one word, what is the weather in this text like?"));
        var names = new[] { "cold", "warm-1", "warm-2" };
        var cases = new List<ProbeCase>();
        foreach (var name in names)
        {
            var body = context.Api.Body(context.Model, null, [message.DeepClone().AsObject()], maxTokens: 4);
            context.Api.Stream(body, includeUsage: true);
            cases.Add(await context.SendAsync(name, body, cancellationToken).ConfigureAwait(false));
        }
        if (cases.Any(c => !c.Exchange.Answered))
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Prompt caching");

        var cold = Ttft(cases[0]);
        var warm = cases.Skip(1).Select(Ttft).Order().ToList();
        var ratio = cold > 0 ? warm[0] / cold : double.NaN;
        var cached = cases.Skip(1).Select(c => context.Read(c).Usage?.CachedPromptTokens).ToList();
        cases[0].Observe("cold: a prefix never sent before");
        for (var i = 1; i < cases.Count; i++)
            cases[i].Judge(cached[i - 1] > 0, $"cached tokens reported: {cached[i - 1]?.ToString(CultureInfo.InvariantCulture) ?? "none"}; TTFT {Ttft(cases[i]):0.000} s vs cold {cold:0.000} s");
        var observed = new Dictionary<string, string>
        {
            ["prefix_tokens_o200k"] = tokens.ToString(CultureInfo.InvariantCulture),
            ["cached_tokens"] = cached.Max()?.ToString(CultureInfo.InvariantCulture) ?? "not reported",
            ["ttft_cold_s"] = cold.ToString("0.000", CultureInfo.InvariantCulture),
            ["ttft_warm_s"] = warm[0].ToString("0.000", CultureInfo.InvariantCulture),
            ["ttft_warm_over_cold"] = double.IsNaN(ratio) ? "n/a" : ratio.ToString("0.00", CultureInfo.InvariantCulture),
        };
        var outcome = CaseVerdict.Decide(this, context.Cases, 0.5, "Cached tokens reported on a warm request", observed);
        if (outcome.Verdict == ProbeVerdict.Refuted && ratio < TtftDropRatio)
            return Inconclusive(context, string.Create(CultureInfo.InvariantCulture,
                $"No cached tokens reported, but warm TTFT fell to {ratio:0.00} of cold ({warm[0]:0.000} s vs {cold:0.000} s): a cache may be at work unreported."), observed);
        return outcome with { Rate = null };
    }

    private static double Ttft(ProbeCase probeCase) => probeCase.Exchange.FirstTokenSeconds ?? probeCase.Exchange.TotalSeconds ?? double.NaN;
}
