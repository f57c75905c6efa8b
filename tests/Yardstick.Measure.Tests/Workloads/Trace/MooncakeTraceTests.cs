using Yardstick.Measure.Workloads.Trace;

namespace Yardstick.Measure.Tests.Workloads.Trace;

public sealed class MooncakeTraceTests
{
    [Fact]
    public void Good_lines_become_entries_and_every_broken_line_is_kept_with_its_number_and_reason()
    {
        // Given the sample trace, When it is loaded
        var trace = MooncakeTrace.Load(SampleTrace.Path);

        // Then the six good lines are entries in timestamp order, the blank line is skipped
        Assert.Equal(SampleTrace.GoodLines, trace.Entries.Select(e => e.Line));
        Assert.Equal([0.0, 100, 150, 260, 400, 520], trace.Entries.Select(e => e.TimestampMilliseconds));
        Assert.Equal([0L, 1, 2], trace.Entries[1].HashIds);
        Assert.Equal((1100, 6), (trace.Entries[1].InputLength, trace.Entries[1].OutputLength));
        // and the three broken lines say where and why
        Assert.Equal([6, 7, 8], trace.Problems.Select(p => p.Line));
        Assert.Equal("output_length is missing", trace.Problems[0].Error);
        Assert.StartsWith("not JSON", trace.Problems[1].Error, StringComparison.Ordinal);
        Assert.Equal("input_length 2000 is 4 block(s) of 512 tokens but hash_ids has 2", trace.Problems[2].Error);
    }

    [Theory]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("""{"timestamp": -1, "input_length": 5, "output_length": 1, "hash_ids": [1]}""", "timestamp is negative")]
    [InlineData("""{"timestamp": "0", "input_length": 5, "output_length": 1, "hash_ids": [1]}""", "timestamp is not a number")]
    [InlineData("""{"timestamp": 0, "input_length": 5.5, "output_length": 1, "hash_ids": [1]}""", "input_length is not an integer")]
    [InlineData("""{"timestamp": 0, "input_length": 0, "output_length": 1, "hash_ids": []}""", "input_length and output_length must be at least 1")]
    [InlineData("""{"timestamp": 0, "input_length": 5, "output_length": 1, "hash_ids": "1"}""", "hash_ids is missing or not an array")]
    [InlineData("""{"timestamp": 0, "input_length": 5, "output_length": 1, "hash_ids": [1.5]}""", "hash_ids holds something that is not an integer")]
    public void A_line_that_cannot_be_replayed_says_why(string line, string error)
    {
        var trace = MooncakeTrace.Parse(new StringReader("\n" + line + "\n"));

        Assert.Empty(trace.Entries);
        Assert.Equal(new TraceLineProblem(2, error), Assert.Single(trace.Problems));
    }
}
