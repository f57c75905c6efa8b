using Yardstick.Core.Pages;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pages;

public sealed class RunDiffTests
{
    private static SampleRecord Sample(string run, string prompt, bool? correct, string? answer = "x", ErrorKind error = ErrorKind.None) => new()
    {
        RunId = run, PromptId = prompt, RequestStartedUtc = DateTimeOffset.UnixEpoch, Correct = correct, ExtractedAnswer = answer, ErrorKind = error,
    };

    [Theory]
    [InlineData(true, "x", ErrorKind.None, SampleVerdict.Correct)]
    [InlineData(false, "x", ErrorKind.None, SampleVerdict.Wrong)]
    [InlineData(false, null, ErrorKind.None, SampleVerdict.NoAnswer)]
    [InlineData(null, null, ErrorKind.ServerError, SampleVerdict.Failed)]
    public void A_sample_is_correct_wrong_without_answer_or_failed(bool? correct, string? answer, ErrorKind error, SampleVerdict expected) =>
        Assert.Equal(expected, SampleVerdicts.Of(Sample("r", "p", correct, answer, error)));

    [Fact]
    public void Items_are_matched_by_prompt_and_only_correctness_changes_count_as_flips()
    {
        // Given run A right on q1 and q2, run B right on q2 and q3, and each with an item of its own
        var a = new[] { Sample("a", "q1", true), Sample("a", "q2", true), Sample("a", "q3", false), Sample("a", "q4", false, null), Sample("a", "only-a", true) };
        var b = new[] { Sample("b", "q1", false), Sample("b", "q2", true), Sample("b", "q3", true), Sample("b", "q4", false), Sample("b", "only-b", true) };

        // When the runs are diffed
        var diff = RunDiff.Of(a, b);

        // Then q1 was lost and q3 gained; q4 (no answer → wrong) is no flip; one item each has no partner
        Assert.Equal(["q1", "q3"], diff.Flipped.Select(i => i.PromptId));
        Assert.Equal(1, diff.GainedByB);
        Assert.Equal(1, diff.LostByB);
        Assert.Equal(4, diff.Shared.Count);
        Assert.Equal((1, 1), (diff.OnlyInA, diff.OnlyInB));
    }
}
