using System.Text.Json.Nodes;

namespace Yardstick.Core.Runs;

/// <summary>
/// Bounds the text one sample stores: answer and reasoning text longer than the cap are cut to it, and the sample's
/// details say so with the original lengths (<c>"truncated_by_yardstick": {"answer_chars": 5242880}</c>); every figure
/// (token counts, times) is computed before storage and is unaffected.
/// </summary>
public sealed record SampleTextCaps
{
    /// <summary>256 Ki characters of answer, and the same of reasoning, per sample.</summary>
    public const int DefaultMaxChars = 256 * 1024;

    /// <summary>The caps used when none are configured.</summary>
    public static SampleTextCaps Default { get; } = new();

    /// <summary>The longest answer text stored per sample, in characters.</summary>
    public int MaxAnswerChars { get; init; } = DefaultMaxChars;

    /// <summary>The longest reasoning text stored per sample, in characters.</summary>
    public int MaxReasoningChars { get; init; } = DefaultMaxChars;

    /// <summary>The details key that records what was cut.</summary>
    public const string DetailsKey = "truncated_by_yardstick";

    /// <summary><paramref name="sample"/> with its texts cut to the caps and the cut recorded, or the sample itself when nothing is too long.</summary>
    public SampleRecord Apply(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var answerTooLong = sample.AnswerText?.Length > MaxAnswerChars;
        var reasoningTooLong = sample.ReasoningText?.Length > MaxReasoningChars;
        if (!answerTooLong && !reasoningTooLong)
            return sample;
        var cut = new JsonObject();
        if (answerTooLong)
            cut["answer_chars"] = sample.AnswerText!.Length;
        if (reasoningTooLong)
            cut["reasoning_chars"] = sample.ReasoningText!.Length;
        return sample with
        {
            AnswerText = answerTooLong ? Cut(sample.AnswerText!, MaxAnswerChars) : sample.AnswerText,
            ReasoningText = reasoningTooLong ? Cut(sample.ReasoningText!, MaxReasoningChars) : sample.ReasoningText,
            DetailsJson = WithCut(sample.DetailsJson, cut),
        };
    }

    // Never splits a surrogate pair: the stored text stays valid UTF-16 (and so valid UTF-8 in the database).
    private static string Cut(string text, int max) =>
        max > 0 && char.IsHighSurrogate(text[max - 1]) ? text[..(max - 1)] : text[..max];

    private static string WithCut(string? detailsJson, JsonObject cut)
    {
        JsonObject details;
        try
        {
            details = detailsJson is null ? [] : JsonNode.Parse(detailsJson) as JsonObject ?? new JsonObject { ["details"] = JsonNode.Parse(detailsJson) };
        }
        catch (System.Text.Json.JsonException)
        {
            // Details that are not JSON are kept as text beside the flag rather than dropped.
            details = new JsonObject { ["details"] = detailsJson };
        }
        details[DetailsKey] = cut;
        return details.ToJsonString();
    }
}
