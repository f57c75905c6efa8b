using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Index;
using Yardstick.Evals.Running;
using Yardstick.Evals.Tests.Fakes;

namespace Yardstick.Evals.Tests.Index;

public sealed class ModelEvalResultsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static EvalRunOptions Options(int limit) => new() { ModelId = "fake-model", ModelSlug = "fake", BaseUrl = "http://127.0.0.1:1/v1", Limit = limit, UseCache = false };

    [Fact]
    public async Task Latest_summaries_prefer_the_most_recent_completed_run_per_eval()
    {
        // Given two completed arithmetic runs (the second all wrong) and one choice run
        var store = new InMemoryRunStore();
        var right = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var wrong = new ScriptedProvider((_, _) => new ScriptedReply("Answer: -1"));
        await EvalRunner.RunAsync(right, new BuiltinArithmeticEval(), Options(4), store, cancellationToken: Token);
        await Task.Delay(10, Token);
        var latest = await EvalRunner.RunAsync(wrong, new BuiltinArithmeticEval(), Options(4) with { Temperature = 0.1 }, store, cancellationToken: Token);
        await EvalRunner.RunAsync(wrong, new BuiltinChoiceEval(), Options(4), store, cancellationToken: Token);

        // When
        var summaries = await ModelEvalResults.LatestSummariesAsync(store, "fake", Token);

        // Then
        Assert.Equal(["builtin-arith", "builtin-mc"], summaries.Select(s => s.Eval));
        Assert.Equal(latest.Run.Id, summaries[0].RunId);
        Assert.Equal(0, summaries[0].Score);
        Assert.Equal(summaries.Select(s => s.RunId), (await ModelEvalResults.LatestSummariesAsync(store, "fake-model", Token)).Select(s => s.RunId));
    }

    [Fact]
    public async Task A_quick_check_on_fewer_questions_does_not_replace_a_larger_run()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var larger = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(10), store, cancellationToken: Token);
        await Task.Delay(10, Token);
        await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(2), store, cancellationToken: Token);

        var summaries = await ModelEvalResults.LatestSummariesAsync(store, "fake", Token);

        Assert.Equal(larger.Run.Id, Assert.Single(summaries).RunId);
    }

    [Fact]
    public async Task A_model_without_the_index_evals_gets_no_index()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(3), store, cancellationToken: Token);

        var index = await ModelEvalResults.IndexAsync(store, "fake", cancellationToken: Token);

        Assert.Null(index.Value);
        Assert.Equal(10, index.Missing.Count); // every eval of v2, the current definition (v1 has no figure either)
        Assert.Equal("2", index.Version);
        Assert.Equal("Yardstick Index", index.Index);
    }

    [Fact]
    public async Task A_summary_is_recomputed_from_samples_when_none_is_stored()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(3), store, cancellationToken: Token);

        var summary = await ModelEvalResults.SummaryOfAsync(store, result.Run with { SummaryJson = null }, Token);

        Assert.NotNull(summary);
        Assert.Equal(result.Summary.Score, summary.Score);
        Assert.Equal(result.Summary.N, summary.N);
    }
}
