using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class EvalWarningsTests
{
    private static EvalSummary Summary(int n = 200, int failed = 0, int noAnswer = 0, int truncated = 0, int invalid = 0, int? items = 200) => new()
    {
        Eval = "x", Version = "1", N = n, Questions = n, Score = 0.5, Ci95 = [0.45, 0.55], NoAnswer = noAnswer, Failed = failed,
        Truncated = truncated, InvalidItems = invalid, DatasetItems = items, InputTokens = 0, OutputTokens = 0, CostUsd = null,
    };

    [Fact]
    public void A_clean_whole_dataset_run_has_no_warning()
    {
        Assert.Empty(EvalWarnings.Of(Summary()));
    }

    [Theory]
    [InlineData(20, 0, 0, 0, 0, 20, "Only 20 samples")]
    [InlineData(200, 20, 0, 0, 0, 200, "requests failed")]
    [InlineData(200, 0, 60, 0, 0, 200, "no extractable answer")]
    [InlineData(200, 0, 0, 30, 0, 200, "token limit")]
    [InlineData(200, 0, 0, 0, 3, 200, "could not be read")]
    [InlineData(200, 0, 0, 0, 0, 1000, "Partial run")]
    public void Doubtful_numbers_are_flagged(int n, int failed, int noAnswer, int truncated, int invalid, int items, string expected)
    {
        var warnings = EvalWarnings.Of(Summary(n, failed, noAnswer, truncated, invalid, items));

        Assert.Contains(warnings, w => w.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Failed_judgements_and_a_thin_agreement_are_flagged()
    {
        var summary = Summary() with
        {
            Judge = new JudgeSummary { Judged = 10, Failed = 3, AgreementWithExactMatch = new RaterAgreement { N = 10, Raw = 0.9, Kappa = 0.8 } },
        };

        var warnings = EvalWarnings.Of(summary);

        Assert.Contains(warnings, w => w.StartsWith("3 judgements failed", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("rests on 10 items only", StringComparison.Ordinal));
    }

    [Fact]
    public void Abstentions_are_not_flagged_as_missing_answers()
    {
        // Given a knowledge-with-abstention run where half the answers were "I don't know"
        var summary = Summary(noAnswer: 100) with { Abstention = new AbstentionScore { N = 200, Abstained = 100 } };

        Assert.DoesNotContain(EvalWarnings.Of(summary), w => w.Contains("no extractable answer", StringComparison.Ordinal));
        Assert.Contains(EvalWarnings.Of(Summary(noAnswer: 100)), w => w.Contains("no extractable answer", StringComparison.Ordinal));
    }
}
