using Yardstick.Core.Evals;
using Yardstick.Evals.Judging;

namespace Yardstick.Evals.Tests.Judging;

public sealed class JudgeVerdictParserTests
{
    [Theory]
    [InlineData("The answer matches.\nVERDICT: CORRECT", JudgeVerdict.Correct)]
    [InlineData("verdict: incorrect", JudgeVerdict.Incorrect)]
    [InlineData("It declines.\n**VERDICT: ABSTAINED**", JudgeVerdict.Abstained)]
    [InlineData("VERDICT: CORRECT\nOn reflection it contradicts the reference.\nVERDICT: INCORRECT", JudgeVerdict.Incorrect)] // the last line counts
    [InlineData("  VERDICT :  Correct.  ", JudgeVerdict.Correct)]
    public void Reads_the_last_verdict_line(string reply, JudgeVerdict expected) =>
        Assert.Equal(expected, JudgeVerdictParser.Parse(reply));

    [Theory]
    [InlineData("")]
    [InlineData("The answer is correct.")]                      // no verdict line: not a verdict, never "incorrect"
    [InlineData("VERDICT: PARTIALLY")]                          // a word outside the three
    [InlineData("The VERDICT: CORRECT is what I would say")]    // not a line of its own
    public void Anything_else_is_no_verdict(string reply) =>
        Assert.Null(JudgeVerdictParser.Parse(reply));

    [Theory]
    [InlineData(JudgeVerdict.Correct)]
    [InlineData(JudgeVerdict.Incorrect)]
    [InlineData(JudgeVerdict.Abstained)]
    public void Stored_keys_round_trip(JudgeVerdict verdict) =>
        Assert.Equal(verdict, JudgeVerdictParser.FromKey(JudgeVerdictParser.Key(verdict)));
}
