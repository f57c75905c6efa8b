using System.Text.Json;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Runs;

public sealed class SampleTextCapsTests
{
    private static SampleRecord Sample(string? answer, string? reasoning = null, string? details = null) => new()
    {
        RunId = "r", PromptId = "p", RequestStartedUtc = DateTimeOffset.UnixEpoch, AnswerText = answer, ReasoningText = reasoning, DetailsJson = details,
    };

    [Fact]
    public void Text_within_the_caps_is_stored_as_it_is()
    {
        var sample = Sample(new string('a', 10), new string('r', 10), """{"warmup":true}""");

        Assert.Same(sample, new SampleTextCaps { MaxAnswerChars = 10, MaxReasoningChars = 10 }.Apply(sample));
    }

    [Fact]
    public void Longer_text_is_cut_and_flagged_with_its_original_length_keeping_other_details()
    {
        var capped = new SampleTextCaps { MaxAnswerChars = 8, MaxReasoningChars = 4 }.Apply(Sample(new string('a', 5_000), new string('r', 6), """{"warmup":true}"""));

        Assert.Equal(new string('a', 8), capped.AnswerText);
        Assert.Equal("rrrr", capped.ReasoningText);
        using var details = JsonDocument.Parse(capped.DetailsJson!);
        Assert.True(details.RootElement.GetProperty("warmup").GetBoolean());
        var cut = details.RootElement.GetProperty(SampleTextCaps.DetailsKey);
        Assert.Equal(5_000, cut.GetProperty("answer_chars").GetInt32());
        Assert.Equal(6, cut.GetProperty("reasoning_chars").GetInt32());
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair_and_details_that_are_not_json_are_kept()
    {
        var capped = new SampleTextCaps { MaxAnswerChars = 3 }.Apply(Sample("ab😀cd", details: "not json"));

        Assert.Equal("ab", capped.AnswerText);
        using var details = JsonDocument.Parse(capped.DetailsJson!);
        Assert.Equal("not json", details.RootElement.GetProperty("details").GetString());
        Assert.Equal(6, details.RootElement.GetProperty(SampleTextCaps.DetailsKey).GetProperty("answer_chars").GetInt32());
    }

    [Fact]
    public void The_default_cap_is_256_KiB_of_characters() =>
        Assert.Equal((262_144, 262_144), (SampleTextCaps.Default.MaxAnswerChars, SampleTextCaps.Default.MaxReasoningChars));
}
