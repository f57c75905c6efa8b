using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class RaterAgreementTests
{
    // (both correct, neither, exact only, judge only) → raw agreement and kappa, computed by hand:
    // p_o = (a + d) / n, p_e = p_A·p_B + (1 − p_A)(1 − p_B), kappa = (p_o − p_e) / (1 − p_e).
    [Theory]
    [InlineData(5, 5, 0, 0, 1.0, 1.0)]          // perfect agreement on a balanced set
    [InlineData(0, 0, 5, 5, 0.0, -1.0)]         // always opposite, balanced: kappa −1
    [InlineData(20, 15, 5, 10, 0.7, 0.4)]       // n 50: p_A .5, p_B .6, p_e .5 → (.7 − .5)/.5
    [InlineData(45, 0, 5, 0, 0.9, 0.0)]         // the judge always says correct: no agreement beyond chance
    public void Raw_agreement_and_kappa_follow_their_definitions(int both, int neither, int exactOnly, int judgeOnly, double raw, double kappa)
    {
        // Given pairs (exact, judge) in those counts
        var pairs = Enumerable.Repeat((true, true), both).Concat(Enumerable.Repeat((false, false), neither))
            .Concat(Enumerable.Repeat((true, false), exactOnly)).Concat(Enumerable.Repeat((false, true), judgeOnly)).ToList();

        // When
        var agreement = RaterAgreement.Of(pairs);

        // Then
        Assert.Equal(pairs.Count, agreement.N);
        Assert.Equal(raw, agreement.Raw!.Value, 9);
        Assert.Equal(kappa, agreement.Kappa!.Value, 9);
        Assert.Equal(exactOnly, agreement.ExactOnly);
        Assert.Equal(judgeOnly, agreement.JudgeOnly);
    }

    [Fact]
    public void Kappa_is_undefined_when_both_graders_give_one_answer_to_everything()
    {
        // Given both graders saying "correct" to all 8 items
        var agreement = RaterAgreement.Of(Enumerable.Repeat((true, true), 8));

        // Then agreement is total but kappa is 0/0: reported as undefined, not as 1
        Assert.Equal(1.0, agreement.Raw);
        Assert.Null(agreement.Kappa);
    }

    [Fact]
    public void No_pairs_give_n_0_and_no_figures()
    {
        var agreement = RaterAgreement.Of([]);

        Assert.Equal(0, agreement.N);
        Assert.Null(agreement.Raw);
        Assert.Null(agreement.Kappa);
    }
}
