using Yardstick.Core.Tokens;
using Yardstick.Measure.Workloads.Trace;

namespace Yardstick.Measure.Tests.Workloads.Trace;

public sealed class TraceBlocksTests
{
    private static readonly IReadOnlyList<TraceEntry> Entries = MooncakeTrace.Load(SampleTrace.Path).Entries;

    [Fact]
    public void A_prompt_has_exactly_its_input_length_in_normalised_tokens()
    {
        foreach (var entry in Entries)
            Assert.Equal(entry.InputLength, O200kTokenCounter.Default.Count(TraceBlocks.Prompt(entry, salt: 7)));
    }

    [Fact]
    public void Requests_that_share_leading_block_ids_share_that_text_and_others_do_not()
    {
        // Given line 1 (blocks 0, 1 partial), line 2 (0, 1, 2), line 4 (0, 4) and line 3 (block 3)
        var (one, two, three, four) = (TraceBlocks.Prompt(Entries[0], 7), TraceBlocks.Prompt(Entries[1], 7), TraceBlocks.Prompt(Entries[2], 7), TraceBlocks.Prompt(Entries[3], 7));
        var firstBlock = four[..FirstBlockLength(four)];

        // Then line 1's whole prompt is a prefix of line 2's, all three start with block 0's text, and line 3 shares none of it
        Assert.StartsWith(one, two, StringComparison.Ordinal);
        Assert.StartsWith(firstBlock, one, StringComparison.Ordinal);
        Assert.False(three.StartsWith(firstBlock[..40], StringComparison.Ordinal));
        // and the same ids with another salt give other text (a server's cache from an earlier run does not help)
        Assert.NotEqual(one, TraceBlocks.Prompt(Entries[0], 8));
        Assert.Equal(one, TraceBlocks.Prompt(Entries[0], 7));
    }

    private static int FirstBlockLength(string prompt)
    {
        // The first 512 single-token words: count pieces by their leading spaces.
        var spaces = 0;
        for (var i = 0; i < prompt.Length; i++)
            if (prompt[i] == ' ' && ++spaces == MooncakeTrace.BlockTokens + 1)
                return i;
        return prompt.Length;
    }
}
