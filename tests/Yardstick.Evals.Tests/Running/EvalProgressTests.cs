using Yardstick.Evals.Running;

namespace Yardstick.Evals.Tests.Running;

public sealed class EvalProgressTests
{
    [Fact]
    public void Eta_extrapolates_the_pace_of_this_session_only()
    {
        // Given 40 of 100 done, 20 of them resumed from a previous session, in 10 s
        var progress = new EvalProgress("r", 100, 40, 0, 0, 0, 0, 20, 0, TimeSpan.FromSeconds(10));

        // Then: 20 samples in 10 s, 60 to go → 30 s
        Assert.Equal(TimeSpan.FromSeconds(30), progress.Eta);
    }

    [Fact]
    public void Eta_is_unknown_before_the_first_sample_and_zero_at_the_end()
    {
        Assert.Null(new EvalProgress("r", 10, 3, 0, 0, 0, 0, 3, 0, TimeSpan.FromSeconds(1)).Eta);
        Assert.Equal(TimeSpan.Zero, new EvalProgress("r", 10, 10, 0, 0, 0, 0, 0, 0, TimeSpan.FromSeconds(1)).Eta);
    }
}
