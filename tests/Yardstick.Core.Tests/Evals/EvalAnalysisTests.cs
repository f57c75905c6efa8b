using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Evals;

public sealed class EvalAnalysisTests
{
    private static SampleRecord Sample(string promptId, bool? correct, string? extracted = "A", int epoch = 0, ErrorKind error = ErrorKind.None, int sequence = 0) => new()
    {
        RunId = "eval-1",
        PromptId = promptId,
        Epoch = epoch,
        Sequence = sequence,
        RequestStartedUtc = DateTimeOffset.UnixEpoch,
        ErrorKind = error,
        Correct = error == ErrorKind.None ? correct : null,
        ExtractedAnswer = error == ErrorKind.None ? extracted : null,
        InputTokensNative = 100,
        OutputTokensNormalised = 40,
        OutputTokensNative = error == ErrorKind.None ? 50 : null,
        ReasoningTokens = 10,
    };

    [Fact]
    public void Counts_no_answer_apart_from_wrong_and_failed()
    {
        // Given one right, one wrong, one with no extracted answer and one failed request
        SampleRecord[] samples = [Sample("1", true), Sample("2", false, "B"), Sample("3", false, null), Sample("4", null, error: ErrorKind.ServerError)];

        // When
        var summary = EvalAnalysis.Summarise("gsm8k", "1", samples);

        // Then
        Assert.Equal(4, summary.N);
        Assert.Equal(0.25, summary.Score);
        Assert.Equal(1, summary.NoAnswer);
        Assert.Equal(1, summary.Failed);
        Assert.Equal("wilson", summary.CiMethod);
        Assert.True(summary.Ci95[0] < 0.25 && summary.Ci95[1] > 0.25);
    }

    [Fact]
    public void Sums_native_tokens_and_falls_back_to_normalised()
    {
        SampleRecord[] samples = [Sample("1", true), Sample("2", null, error: ErrorKind.Timeout)];

        var summary = EvalAnalysis.Summarise("gsm8k", "1", samples);

        Assert.Equal(200, summary.InputTokens);
        Assert.Equal(50 + 40, summary.OutputTokens);
        Assert.Equal(20, summary.ReasoningTokens);
    }

    [Fact]
    public void A_request_refused_before_any_answer_consumes_no_input_tokens()
    {
        var refused = Sample("1", null, error: ErrorKind.ConnectionRefused) with { InputTokensNative = null, InputTokensNormalised = 120 };

        var summary = EvalAnalysis.Summarise("x", "1", [refused]);

        Assert.Equal(0, summary.InputTokens);
    }

    [Fact]
    public void Cost_is_null_without_a_price_and_computed_with_one()
    {
        SampleRecord[] samples = [Sample("1", true)];
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null);

        Assert.Null(EvalAnalysis.Summarise("x", "1", samples).CostUsd);
        Assert.Null(EvalAnalysis.Summarise("x", "1", samples, new TokenPrice(new UsdPerMillionTokens(0m), null, new UsdPerMillionTokens(0m), null)).CostUsd);
        Assert.Equal(100 * 2m / 1_000_000m + 50 * 8m / 1_000_000m, EvalAnalysis.Summarise("x", "1", samples, price).CostUsd);
    }

    [Theory]
    [InlineData("measured:perf-abc", true)]
    [InlineData("published:https://example.com/prices", false)]
    public void The_summary_names_the_source_of_the_price_its_cost_was_computed_at(string source, bool measured)
    {
        // Given a price from a source (a measured self-hosting cost, or a list price)
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), FactSource.TryParse(source));

        // When samples are summarised at it, and without one
        var priced = EvalAnalysis.Summarise("x", "1", [Sample("1", true)], price);
        var unpriced = EvalAnalysis.Summarise("x", "1", [Sample("1", true)], price with { Input = null });

        // Then the cost names its source; no cost names none
        Assert.Equal(source, priced.CostSource);
        Assert.Equal(measured, priced.CostIsMeasured);
        Assert.Null(unpriced.CostUsd);
        Assert.Null(unpriced.CostSource);
    }

    [Theory]
    [InlineData(100, null, 0.0006)]         // 100 × $2 + 50 × $8 per 1M: the reasoning tokens are output tokens
    [InlineData(100, 20.0, 0.00072)]        // 100 × $2 + 40 × $8 + 10 reasoning × $20
    [InlineData(300_000, null, 1.20080)]    // prompt above 200k: 300k × $4 + 50 × $16 (the long-context tier)
    public void Sample_cost_applies_the_reasoning_price_and_the_long_context_tier(int inputTokens, double? reasoningPrice, double expected)
    {
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null)
        {
            Reasoning = reasoningPrice is null ? null : new UsdPerMillionTokens((decimal)reasoningPrice.Value),
            LongContext = new LongContextTier(200_000, new UsdPerMillionTokens(4m), null, new UsdPerMillionTokens(16m)),
        };
        var sample = Sample("1", true) with { InputTokensNative = inputTokens };

        Assert.Equal((decimal)expected, EvalAnalysis.Cost(price, sample));
        Assert.Equal((decimal)expected * 2, EvalAnalysis.Summarise("x", "1", [sample, sample with { PromptId = "2" }], price).CostUsd);
    }

    [Fact]
    public void A_successful_retry_replaces_the_failed_attempt_of_the_same_item()
    {
        // Given a failed attempt and, after resuming, a successful one for the same prompt and epoch
        SampleRecord[] samples = [Sample("1", null, error: ErrorKind.ServerError, sequence: 0), Sample("1", true, sequence: 5), Sample("2", false, sequence: 1)];

        // When
        var summary = EvalAnalysis.Summarise("x", "1", samples);

        // Then
        Assert.Equal(2, summary.N);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(0.5, summary.Score);
    }

    [Fact]
    public void Epochs_give_mean_pass_at_1_with_a_clustered_interval()
    {
        // Given two questions × three epochs
        SampleRecord[] samples =
        [
            Sample("q1", true, epoch: 0), Sample("q1", true, epoch: 1), Sample("q1", false, epoch: 2),
            Sample("q2", false, epoch: 0), Sample("q2", true, epoch: 1), Sample("q2", false, epoch: 2),
        ];

        // When
        var summary = EvalAnalysis.Summarise("x", "1", samples);

        // Then
        Assert.Equal(0.5, summary.Score, 12);
        Assert.Equal(3, summary.Epochs);
        Assert.Equal(2, summary.Questions);
        Assert.Equal("clustered", summary.CiMethod);
    }

    [Theory]
    [InlineData(false, 0.0, 0.6576198)]
    [InlineData(true, 0.3423802, 1.0)]
    public void Epochs_at_zero_or_full_score_keep_an_interval_as_wide_as_the_questions_warrant(bool correct, double lower, double upper)
    {
        // Given two questions × three epochs, all wrong (or all right): the clustered standard error is 0
        SampleRecord[] samples = [.. Enumerable.Range(0, 6).Select(i => Sample($"q{i % 2}", correct, epoch: i / 2))];

        // When
        var summary = EvalAnalysis.Summarise("x", "1", samples);

        // Then the interval is Wilson's over the two questions, not the point a normal interval would give
        Assert.Equal("clustered", summary.CiMethod);
        Assert.Equal(lower, summary.Ci95[0], 6);
        Assert.Equal(upper, summary.Ci95[1], 6);
    }

    [Fact]
    public void One_question_over_several_epochs_still_gets_a_finite_interval()
    {
        SampleRecord[] samples = [Sample("q1", true, epoch: 0), Sample("q1", false, epoch: 1), Sample("q1", true, epoch: 2)];

        var summary = EvalAnalysis.Summarise("x", "1", samples);

        Assert.All(summary.Ci95, bound => Assert.True(double.IsFinite(bound)));
        Assert.Equal("wilson-single-question", summary.CiMethod);
        _ = System.Text.Json.JsonSerializer.Serialize(summary);
    }

    [Fact]
    public void Loose_score_is_reported_only_when_samples_carry_it()
    {
        var strictOnly = EvalAnalysis.Summarise("x", "1", [Sample("1", true)]);
        var withLoose = EvalAnalysis.Summarise("x", "1", [Sample("1", false) with { CorrectLoose = true }, Sample("2", false) with { CorrectLoose = false }]);

        Assert.Null(strictOnly.ScoreLoose);
        Assert.Equal(0.5, withLoose.ScoreLoose);
    }

    [Fact]
    public void Difference_is_paired_when_both_runs_answered_the_same_questions()
    {
        var a = Enumerable.Range(0, 50).Select(i => Sample($"q{i}", i < 30)).ToList();
        var b = Enumerable.Range(0, 50).Select(i => Sample($"q{i}", i < 20)).ToList();

        var difference = EvalAnalysis.Difference(a, b);

        Assert.Equal(0.2, difference.Estimate, 12);
        Assert.True(difference.ExcludesZero);
    }
}
