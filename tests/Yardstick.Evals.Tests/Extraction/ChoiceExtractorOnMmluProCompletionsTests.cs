using System.Text.Json;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

/// <summary>
/// Real 5-shot CoT completions of four models on MMLU-Pro (TIGER-Lab's published runs), 300 per model, half of them
/// rows where the official extraction found no letter or a wrong one.
/// </summary>
public sealed class ChoiceExtractorOnMmluProCompletionsTests
{
    private static readonly string[] Files =
    [
        "gemini-1.5-flash-002_5shot_sample300.jsonl", "Meta-Llama-3_1-8B-Instruct_5shot_sample300.jsonl",
        "Phi-3-mini-4k-instruct_5shot_sample300.jsonl", "Llama-2-7b-hf_5shot_sample300.jsonl",
    ];

    private sealed record Row(string Gold, string? Official, string Output, string Sampling, IReadOnlyList<string> Options);

    private static IEnumerable<Row> Rows() => Files.SelectMany(file => SharedData.ReadJsonLines(SharedData.Path("completions", "mmlu-pro", file)))
        .Select(row => new Row(
            row.GetProperty("answer").GetString()!,
            row.GetProperty("official_pred").ValueKind == JsonValueKind.Null ? null : row.GetProperty("official_pred").GetString(),
            row.GetProperty("model_output").GetString()!,
            row.GetProperty("sampling").GetString()!,
            row.GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToList()));

    [Fact]
    public void Ported_official_cascade_reproduces_the_published_predictions()
    {
        // Some published runs predate the last-resort fallback (they show no letter where it would find one), and the
        // Llama-3.1 run filled a missing letter with a random one, so the port is checked where the published run has a
        // letter and allows for those fills (measured: 903 / 928 identical; the 25 others are fills where no letter exists).
        var rows = Rows().Where(r => r.Official is not null).ToList();

        var same = rows.Count(r => OfficialMmluProExtraction.Extract(r.Output) == r.Official);

        Assert.True(same >= 0.97 * rows.Count, $"{same}/{rows.Count}");
    }

    [Fact]
    public void On_rows_where_the_official_extraction_failed_more_letters_are_right_and_guesses_become_no_answer()
    {
        // Given the rows where the official cascade found no letter or a wrong one
        var failures = Rows().Where(r => r.Sampling != "random").ToList();

        // When both extract
        var oursRight = failures.Count(r => new ChoiceExtractor(r.Options).Extract(r.Output) == r.Gold);
        var officialRight = failures.Count(r => r.Official == r.Gold);
        var oursNoAnswer = failures.Count(r => new ChoiceExtractor(r.Options).Extract(r.Output) is null);
        var officialGuesses = failures.Count(r => r.Official is not null && new ChoiceExtractor(r.Options).Extract(r.Output) is null);

        // Then: the official cascade is right on none of them by construction; reading the last anchored answer
        // recovers the answers given after few-shot restatements, and the letters the official last-resort fallback
        // picked out of runaway text become an explicit "no answer" (measured: 2 right, 259 no answer, 38 ex-guesses)
        TestContext.Current.TestOutputHelper?.WriteLine($"failure rows {failures.Count}: ours right {oursRight}, official right {officialRight}, ours no answer {oursNoAnswer}, official guesses turned no-answer {officialGuesses}");
        Assert.Equal(0, officialRight);
        Assert.True(oursRight >= 2, $"ours right {oursRight}");
        Assert.True(officialGuesses >= 30, $"guesses {officialGuesses}");
    }

    [Fact]
    public void On_all_rows_at_least_as_many_letters_are_right_as_the_official_cascade()
    {
        var rows = Rows().ToList();

        var oursRight = rows.Count(r => new ChoiceExtractor(r.Options).Extract(r.Output) == r.Gold);
        var officialRight = rows.Count(r => r.Official == r.Gold);

        TestContext.Current.TestOutputHelper?.WriteLine($"all rows {rows.Count}: ours right {oursRight}, official right {officialRight}");
        Assert.True(oursRight >= officialRight, $"ours {oursRight} vs official {officialRight}");
    }

    [Theory]
    [InlineData("ANSWER: **{0}**\n\nOption ({1}) is a distractor.")]
    [InlineData("The final answer is $\\boxed{{{0}}}$, not ({1}).")]
    [InlineData("At first the answer is ({1}), but checking again the answer is ({0}).")]
    [InlineData("**Final Answer:** ({0})\n\nWhy not ({1})? It fails the second condition.")]
    [InlineData("Answer:\n\n**({0})**\n\n(I considered ({1}) too.)")]
    public void Restated_final_answers_keep_their_letter_where_the_official_cascade_loses_it(string format)
    {
        // Given each correctly answered random row's reasoning, re-ended in a format peers mis-read
        var rows = Rows().Where(r => r.Sampling == "random" && r.Official is not null && r.Official == r.Gold).ToList();
        int ours = 0, official = 0;
        foreach (var row in rows)
        {
            var decoy = row.Gold == "A" ? "B" : "A";
            var reasoning = row.Output[..Math.Min(200, row.Output.Length)].Replace("answer", "result", StringComparison.OrdinalIgnoreCase);
            var response = reasoning + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, row.Gold, decoy);

            // When
            ours += new ChoiceExtractor(row.Options).Extract(response) == row.Gold ? 1 : 0;
            official += OfficialMmluProExtraction.Extract(response) == row.Gold ? 1 : 0;
        }

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"{format}: ours {ours}/{rows.Count}, official {official}/{rows.Count}");
        // (measured: ours 246/246 for every format; the official cascade 0/246)
        Assert.Equal(rows.Count, ours);
        Assert.True(official < rows.Count / 2, $"official {official}/{rows.Count}");
    }
}
