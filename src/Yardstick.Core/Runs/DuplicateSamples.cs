namespace Yardstick.Core.Runs;

/// <summary>
/// The rule every run store applies when a sample arrives for a (RunId, PromptId, Epoch) that is stored already: a
/// succeeded answer stands and the newcomer is dropped; a failed one is replaced by the new attempt, which counts the
/// failed attempt among its retries. The eval runner re-asks failed questions on resume; this keeps one row per key.
/// </summary>
public static class DuplicateSamples
{
    /// <summary>The sample to keep under the key, or null when <paramref name="incoming"/> is not stored.</summary>
    public static SampleRecord? Resolve(SampleRecord? existing, SampleRecord incoming) =>
        existing is null ? incoming
        : existing.Succeeded ? null
        : incoming with { Retries = incoming.Retries + existing.Retries + 1 };

    /// <summary>The unique key of a sample within its run.</summary>
    public static (string RunId, string PromptId, int Epoch) KeyOf(SampleRecord sample) => (sample.RunId, sample.PromptId, sample.Epoch);
}
