using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when a prompt cache may have shortened TTFT: the same prompt (by <see cref="SampleRecord.PromptSha256"/>) was
/// sent more than once in the run, or an earlier run already sent it to the same endpoint (the stored prompt hashes in
/// <see cref="PerfAnalysisContext.PromptsSentBefore"/>: a rerun with a reused <c>--seed</c>), or the provider reported
/// cached prompt tokens (<c>cached_prompt_tokens</c> in <see cref="SampleRecord.DetailsJson"/>, written by the recorder
/// from <c>usage</c>). Scheduled probes send fresh prompts, seeded by their run id, so they stay quiet.
/// </summary>
public sealed class PromptCacheSuspectedAnalyser : IPerfAnalyser
{
    public const string CachedPromptTokensKey = "cached_prompt_tokens";

    public static PromptCacheSuspectedAnalyser Default { get; } = new();

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var repeated = context.Samples.Where(s => s.PromptSha256 is not null)
            .GroupBy(s => s.PromptSha256, StringComparer.Ordinal).Sum(g => g.Count() - 1);
        if (repeated > 0)
            yield return $"Prompt cache suspected: {repeated} requests repeated an earlier prompt of this run; TTFT may be shorter than for fresh prompts.";
        var resent = context.PromptsSentBefore.Count == 0 ? 0
            : context.Samples.Count(s => s.PromptSha256 is { } hash && context.PromptsSentBefore.Contains(hash));
        if (resent > 0)
            yield return $"Prompt cache suspected: {resent} requests sent a prompt an earlier run already sent to this endpoint (a reused seed?); TTFT may be shorter than for fresh prompts.";
        var cached = context.Samples.Count(s => CachedPromptTokens(s) > 0);
        if (cached > 0)
            yield return $"Prompt cache hit: the provider reported cached prompt tokens in {cached} requests; TTFT is not that of a fresh prompt.";
    }

    internal static int CachedPromptTokens(SampleRecord sample) => (int)(SampleDetails.Number(sample, CachedPromptTokensKey) ?? 0);
}
