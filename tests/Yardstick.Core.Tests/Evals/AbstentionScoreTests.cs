using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class AbstentionScoreTests
{
    [Theory]
    [InlineData(6, 2, 2, 0.6, 0.5, 0.4)]    // hallucination 2 / (2 + 2); signed (6 − 2) / 10
    [InlineData(0, 0, 10, 0.0, 0.0, 0.0)]   // always "I don't know": no hallucination, score 0
    [InlineData(0, 10, 0, 0.0, 1.0, -1.0)]  // always wrong: every miss a hallucination
    [InlineData(3, 7, 0, 0.3, 1.0, -0.4)]
    public void Accuracy_hallucination_rate_and_signed_score_follow_their_definitions(
        int correct, int incorrect, int abstained, double accuracy, double hallucination, double signed)
    {
        // Given one verdict per question
        var verdicts = Enumerable.Repeat(JudgeVerdict.Correct, correct).Concat(Enumerable.Repeat(JudgeVerdict.Incorrect, incorrect))
            .Concat(Enumerable.Repeat(JudgeVerdict.Abstained, abstained)).Select((v, i) => ($"q{i}", v)).ToList();

        // When
        var score = AbstentionScore.Of(verdicts);

        // Then
        Assert.Equal(verdicts.Count, score.N);
        Assert.Equal((correct, incorrect, abstained), (score.Correct, score.Incorrect, score.Abstained));
        Assert.Equal(accuracy, score.Accuracy, 9);
        Assert.Equal(hallucination, score.HallucinationRate!.Value, 9);
        Assert.Equal(signed, score.SignedScore, 9);
        Assert.NotNull(score.SignedScoreCi95);
        Assert.InRange(signed, score.SignedScoreCi95![0] - 1e-9, score.SignedScoreCi95[1] + 1e-9);
        Assert.True(score.SignedScoreCi95[0] >= -1 && score.SignedScoreCi95[1] <= 1);
    }

    [Fact]
    public void Hallucination_rate_is_undefined_when_every_answer_is_correct()
    {
        var score = AbstentionScore.Of([("a", JudgeVerdict.Correct), ("b", JudgeVerdict.Correct)]);

        Assert.Equal(1.0, score.SignedScore);
        Assert.Null(score.HallucinationRate);
    }

    [Fact]
    public void Epochs_of_one_question_are_one_cluster_so_the_interval_is_not_narrowed_by_repeats()
    {
        // Given two questions: one always right, one always wrong, asked 1 time vs 5 times
        var once = AbstentionScore.Of([("a", JudgeVerdict.Correct), ("b", JudgeVerdict.Incorrect), ("c", JudgeVerdict.Abstained)]);
        var repeated = AbstentionScore.Of(Enumerable.Range(0, 5).SelectMany(_ => new[] { ("a", JudgeVerdict.Correct), ("b", JudgeVerdict.Incorrect), ("c", JudgeVerdict.Abstained) }));

        // Then the same mean and no narrower interval (repeats of a question are not new evidence)
        Assert.Equal(once.SignedScore, repeated.SignedScore, 9);
        var widthOnce = once.SignedScoreCi95![1] - once.SignedScoreCi95[0];
        var widthRepeated = repeated.SignedScoreCi95![1] - repeated.SignedScoreCi95[0];
        Assert.True(widthRepeated >= widthOnce * 0.99, $"{widthRepeated} vs {widthOnce}");
    }

    [Theory]
    [InlineData(JudgeVerdict.Correct, 1)]
    [InlineData(JudgeVerdict.Incorrect, -1)]
    [InlineData(JudgeVerdict.Abstained, 0)]
    public void Points_are_plus_one_minus_one_and_zero(JudgeVerdict verdict, int points) =>
        Assert.Equal(points, AbstentionScore.Points(verdict));
}
