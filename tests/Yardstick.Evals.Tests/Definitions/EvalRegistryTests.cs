using Yardstick.Evals.Definitions;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class EvalRegistryTests
{
    [Theory]
    [InlineData("mmlu-pro", 12012, "7687")]
    [InlineData("gsm8k", 1319, "0")]
    [InlineData("math-500", 500, "test/precalculus/807.json")]
    [InlineData("bbh", 6511, "boolean_expressions/0")]
    [InlineData("ifeval", 541, "1000")]
    [InlineData("truthfulqa-mc1", 790, "0")]
    public void Published_evals_load_every_question_of_the_shared_data(string name, int count, string someId)
    {
        // Given the data folder laid out like ../shared/data/evals
        var eval = EvalRegistry.Create(name, SharedData.EvalsFolder);

        // When
        var dataset = eval.Load();

        // Then
        Assert.Empty(dataset.Problems);
        Assert.Equal(count, dataset.Items.Count);
        Assert.Contains(dataset.Items, i => i.PromptId == someId);
        Assert.Equal(count, dataset.Items.Select(i => i.PromptId).Distinct().Count());
    }

    [Fact]
    public void Multi_file_evals_interleave_their_files_so_a_limit_covers_every_category()
    {
        var items = EvalRegistry.Create("bbh", SharedData.EvalsFolder).Load().Items.Take(27);

        Assert.Equal(27, items.Select(i => i.PromptId.Split('/')[0]).Distinct().Count());
    }

    [Fact]
    public void Built_in_evals_need_no_data_and_are_the_same_for_the_same_seed()
    {
        var first = EvalRegistry.Create("builtin-arith", dataDirectory: null).Load();
        var again = EvalRegistry.Create("builtin-arith", dataDirectory: null).Load();
        var otherSeed = EvalRegistry.Create("builtin-arith", dataDirectory: null, seed: 7).Load();
        var choice = EvalRegistry.Create("builtin-mc", dataDirectory: null).Load();

        Assert.Equal(first.Items, again.Items);
        Assert.NotEqual(first.Items.Select(i => i.Prompt), otherSeed.Items.Select(i => i.Prompt));
        Assert.Equal(50, choice.Items.Count);
        Assert.True(choice.Items.Select(i => i.Reference).Distinct().Count() >= 3, "the right letter should vary");
    }

    [Fact]
    public void An_unknown_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => EvalRegistry.Create("mmlu"));

        Assert.Contains("mmlu-pro", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_folder_says_what_to_pass()
    {
        var error = Assert.Throws<EvalDataException>(() => new Gsm8kEval(Path.Combine(Path.GetTempPath(), "no-such-folder-yardstick")).Load());

        Assert.Contains("gsm8k", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.jsonl", error.Message, StringComparison.Ordinal);
    }
}
