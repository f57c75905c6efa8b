using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class InstructionFollowingEvalTests
{
    [Fact]
    public void Grading_the_published_gpt4_responses_gives_the_published_prompt_level_accuracy()
    {
        // Given IFEval's prompts and the GPT-4 responses its authors published
        var eval = new InstructionFollowingEval(SharedData.EvalsFolder);
        var items = eval.Load().Items.Cast<InstructionItem>().ToDictionary(i => i.Source.Prompt);
        var responses = SharedData.ReadJsonLines(SharedData.Path("evals", "ifeval", "input_response_data_gpt4_20231107_145030.jsonl")).ToList();

        // When each is graded through the eval
        var samples = responses.Select((r, i) =>
        {
            var item = items[r.GetProperty("prompt").GetString()!];
            var grade = eval.Grade(item, ResponseParts.Split(r.GetProperty("response").GetString()));
            return new SampleRecord
            {
                RunId = "r", PromptId = item.PromptId, Sequence = i, RequestStartedUtc = DateTimeOffset.UnixEpoch,
                Correct = grade.Correct, CorrectLoose = grade.CorrectLoose, ExtractedAnswer = grade.ExtractedAnswer, DetailsJson = grade.DetailsJson,
            };
        }).ToList();
        var metrics = eval.Metrics(samples);

        // Then: the paper reports GPT-4 at 76.89 % prompt-level strict, 79.30 % loose, 83.57 % instruction-level strict
        TestContext.Current.TestOutputHelper?.WriteLine(JsonSerializer.Serialize(metrics));
        Assert.Equal(541, samples.Count);
        Assert.InRange(metrics["prompt_strict"], 0.75, 0.79);
        Assert.InRange(metrics["prompt_loose"], 0.78, 0.81);
        Assert.InRange(metrics["instruction_strict"], 0.82, 0.85);
        Assert.True(metrics["instruction_loose"] >= metrics["instruction_strict"]);
    }

    [Fact]
    public void An_empty_response_follows_no_instruction()
    {
        var eval = new InstructionFollowingEval(SharedData.EvalsFolder);
        var item = eval.Load().Items[0];

        var grade = eval.Grade(item, ResponseParts.Split("<think>I will write the essay"));

        Assert.Null(grade.ExtractedAnswer);
        Assert.False(grade.Correct);
        Assert.DoesNotContain("true", grade.DetailsJson, StringComparison.Ordinal);
    }
}
