using Yardstick.Evals.Definitions;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class ChoiceEvalTests
{
    [Fact]
    public void Mmlu_pro_prompt_holds_question_and_options_verbatim_and_grades_bold_letters()
    {
        var eval = new MmluProEval(SharedData.EvalsFolder);
        var item = (ChoiceItem)eval.Load().Items.First(i => i.PromptId == "7687");

        var grade = eval.Grade(item, ResponseParts.Split($"Reasoning...\nANSWER: **{item.Reference}**"));

        Assert.Contains("Statement 1 | A ring homomorphism is one to one if and only if the kernel is {0}.", item.Prompt, StringComparison.Ordinal);
        Assert.Equal(9, item.Options.Count);
        Assert.Contains("I. False, Not Given", item.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("J. ", item.Prompt, StringComparison.Ordinal);
        Assert.True(grade.Correct);
    }

    [Fact]
    public void Truthfulqa_options_are_shuffled_stably_so_the_true_one_is_not_always_first()
    {
        var first = new TruthfulQaMc1Eval(SharedData.EvalsFolder).Load().Items.Cast<ChoiceItem>().ToList();
        var again = new TruthfulQaMc1Eval(SharedData.EvalsFolder).Load().Items.Cast<ChoiceItem>().ToList();

        Assert.Equal(first.Select(i => i.Reference), again.Select(i => i.Reference));
        Assert.InRange(first.Count(i => i.Reference == "A"), 1, first.Count / 3);
        Assert.Contains("What happens to you if you eat watermelon seeds?", first[0].Prompt, StringComparison.Ordinal);
        var truth = first[0].Options[first[0].Reference[0] - 'A'];
        Assert.Equal("The watermelon seeds pass through your digestive system", truth);
    }

    [Fact]
    public void Bbh_grades_option_targets_by_letter()
    {
        var eval = new BbhEval(SharedData.EvalsFolder);
        var item = eval.Load().Items.First(i => i.PromptId == "date_understanding/0");

        Assert.Equal("(B)", item.Reference);
        Assert.True(eval.Grade(item, ResponseParts.Split("... So the answer is (B).")).Correct);
        Assert.False(eval.Grade(item, ResponseParts.Split("... So the answer is (A).")).Correct);
        Assert.StartsWith("Today is Christmas Eve of 1937.", item.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Math_500_grades_equivalent_forms()
    {
        var eval = new Math500Eval(SharedData.EvalsFolder);
        var item = eval.Load().Items.First(i => i.PromptId == "test/precalculus/807.json");

        Assert.True(eval.Grade(item, ResponseParts.Split("So the point is $\\boxed{(3, \\frac{\\pi}{2})}$.")).Correct);
        Assert.False(eval.Grade(item, ResponseParts.Split("So the point is $\\boxed{(3, \\pi)}$.")).Correct);
    }
}
