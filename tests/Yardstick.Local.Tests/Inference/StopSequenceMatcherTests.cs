using Yardstick.Local.Inference;

namespace Yardstick.Local.Tests.Inference;

public sealed class StopSequenceMatcherTests
{
    [Fact]
    public void Without_stop_sequences_text_passes_straight_through()
    {
        var matcher = new StopSequenceMatcher([]);

        Assert.Equal("abc", matcher.Push("abc"));
        Assert.False(matcher.Matched);
    }

    [Fact]
    public void A_stop_sequence_split_across_chunks_is_held_back_then_cut()
    {
        // Given a stop sequence arriving in pieces
        var matcher = new StopSequenceMatcher(["STOP"]);

        // When chunks arrive, the possible start of the stop is held back
        Assert.Equal("hello ", matcher.Push("hello ST"));
        Assert.False(matcher.Matched);

        // Then the completed stop ends the text, and nothing after it is released
        Assert.Equal("", matcher.Push("OP and more"));
        Assert.True(matcher.Matched);
        Assert.Equal("", matcher.Push("later"));
        Assert.Equal("", matcher.Flush());
    }

    [Fact]
    public void Held_text_that_turns_out_not_to_be_a_stop_is_released()
    {
        var matcher = new StopSequenceMatcher(["\n\n"]);

        Assert.Equal("line", matcher.Push("line\n"));
        Assert.Equal("\nnext", matcher.Push("next"));
        Assert.Equal("", matcher.Flush());
    }

    [Fact]
    public void The_earliest_of_several_stop_sequences_wins()
    {
        var matcher = new StopSequenceMatcher(["world", "lo"]);

        Assert.Equal("hel", matcher.Push("hello world"));
        Assert.True(matcher.Matched);
    }

    [Fact]
    public void Flush_releases_a_held_partial_match_at_the_end()
    {
        var matcher = new StopSequenceMatcher(["</answer>"]);

        Assert.Equal("42 ", matcher.Push("42 </ans"));
        Assert.Equal("</ans", matcher.Flush());
    }
}
