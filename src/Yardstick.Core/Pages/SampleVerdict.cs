using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>What became of one eval sample: scored correct, wrong, no answer extracted, or the request failed.</summary>
public enum SampleVerdict
{
    Correct,
    Wrong,
    NoAnswer,
    Failed,
}

/// <summary>Classifies eval samples the way the eval summary counts them (failed before no-answer before wrong).</summary>
public static class SampleVerdicts
{
    public static SampleVerdict Of(SampleRecord sample) =>
        !sample.Succeeded ? SampleVerdict.Failed
        : sample.ExtractedAnswer is null && sample.Correct is not true ? SampleVerdict.NoAnswer
        : sample.Correct is true ? SampleVerdict.Correct
        : SampleVerdict.Wrong;

    /// <summary>"correct", "wrong", "no-answer", "failed": the words the run page's filter uses.</summary>
    public static string Key(SampleVerdict verdict) => verdict switch
    {
        SampleVerdict.NoAnswer => "no-answer",
        _ => verdict.ToString().ToLowerInvariant(),
    };
}
