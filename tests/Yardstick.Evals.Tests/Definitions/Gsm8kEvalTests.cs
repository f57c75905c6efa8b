using Yardstick.Evals.Definitions;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class Gsm8kEvalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("yardstick-gsm8k-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_broken_line_is_reported_with_file_and_line_and_the_rest_loads()
    {
        // Given a data file whose second line is not JSON and whose third has no final answer
        Directory.CreateDirectory(Path.Combine(_folder, "gsm8k"));
        File.WriteAllLines(Path.Combine(_folder, "gsm8k", "test.jsonl"),
        [
            """{"question": "What is 2 + 2?", "answer": "2 + 2 = 4\n#### 4"}""",
            """{"question": "broken""",
            """{"question": "No answer here", "answer": "none"}""",
            """{"question": "What is 3 * 3?", "answer": "#### 9"}""",
        ]);

        // When
        var dataset = new Gsm8kEval(_folder).Load();

        // Then
        Assert.Equal(["0", "3"], dataset.Items.Select(i => i.PromptId));
        Assert.Equal([2, 3], dataset.Problems.Select(p => p.Line));
        Assert.All(dataset.Problems, p => Assert.EndsWith("test.jsonl", p.File, StringComparison.Ordinal));
        Assert.Contains("####", dataset.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prompt_holds_the_question_verbatim_and_grading_reads_the_last_answer()
    {
        var eval = new Gsm8kEval(SharedData.EvalsFolder);
        var item = eval.Load().Items[0];

        var right = eval.Grade(item, ResponseParts.Split("16 - 3 - 4 = 9 eggs, 9 * 2 = 18.\nAnswer: $18"));
        var unanchored = eval.Grade(item, ResponseParts.Split("She makes 18 dollars."));
        var empty = eval.Grade(item, ResponseParts.Split(""));

        Assert.Contains("Janet’s ducks lay 16 eggs per day.", item.Prompt, StringComparison.Ordinal);
        Assert.Equal("18", item.Reference);
        Assert.True(right.Correct);
        Assert.Equal((false, true, (string?)null), (unanchored.Correct, unanchored.CorrectLoose, unanchored.ExtractedAnswer));
        Assert.Null(empty.ExtractedAnswer);
    }
}
