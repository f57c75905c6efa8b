using Yardstick.Core.Pages;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pages;

public sealed class ModelFaqTests
{
    [Fact]
    public void Answers_come_from_the_facts_and_say_not_measured_yet_without_runs()
    {
        // Given GPT-4.1's card and no runs
        var faq = ModelFaq.For(SeedCards.Gpt41, null, ModelMeasurements.None);

        // Then the price is stated with its blend, the context in pages, and speed as not measured yet
        Assert.Contains(faq, f => f.Question == "How much does gpt-4.1 cost?" && f.Answer.Contains("$2.00 per 1M input tokens and $8.00 per 1M output tokens", StringComparison.Ordinal)
            && f.Answer.Contains("blended $3.50", StringComparison.Ordinal));
        Assert.Contains(faq, f => f.Answer == "1,047,576 tokens (1.05M), about 1,571 A4 pages of text at 1.5 pages per 1,000 tokens.");
        Assert.Contains(faq, f => f.Question == "How fast is gpt-4.1?" && f.Answer.StartsWith("Not measured yet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_price_is_answered_as_no_price_and_a_perf_run_as_measured_speed()
    {
        // Given a self-hosted model at $0 and one perf run
        var model = SeedCards.Open("qwen3-4b", 4.0) with { Endpoints = [SeedCards.Endpoint("qwen3-4b", "Self-hosted", 0m, 0m, false)], SuccessorSlug = "qwen3-4b-2507" };
        var measured = ModelMeasurements.From([ModelMeasurementsTests.Run("perf-1", RunKind.Perf, DateTimeOffset.UnixEpoch, ModelMeasurementsTests.Perf(40, 44, 48))]);

        // When the FAQ is written
        var faq = ModelFaq.For(model, null, measured);

        // Then there is no $0 price, the successor is named, and the speed cites its run
        Assert.Contains(faq, f => f.Question.StartsWith("How much", StringComparison.Ordinal) && f.Answer.StartsWith("No price is listed", StringComparison.Ordinal));
        Assert.Contains(faq, f => f.Answer == "Yes: qwen3-4b-2507 replaces it.");
        Assert.Contains(faq, f => f.Question.StartsWith("How fast", StringComparison.Ordinal) && f.Answer.Contains("perf-1", StringComparison.Ordinal) && f.Answer.Contains("median of 44 output tokens/s", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_list_price_the_price_answer_gives_the_measured_self_hosting_cost()
    {
        var measured = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(0.2m, 1.4m) };

        var answer = ModelFaq.For(PriceQuoteTests.SelfHosted("m"), null, measured).Single(f => f.Question.StartsWith("How much", StringComparison.Ordinal)).Answer;

        Assert.StartsWith("No price is listed", answer, StringComparison.Ordinal);
        Assert.EndsWith("Yardstick's measured self-hosting cost at $2.50/h (1x L40S) (run perf-1) is $0.20 per 1M input tokens and $1.40 per 1M output tokens.", answer, StringComparison.Ordinal);
    }
}
