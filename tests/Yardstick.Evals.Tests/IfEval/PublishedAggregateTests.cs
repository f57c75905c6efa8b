using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

/// <summary>
/// Grades all GPT-4 responses (both halves, including the one without per-prompt golden results)
/// and compares the accuracies with the official checker's published aggregates.
/// </summary>
public sealed class PublishedAggregateTests(ITestOutputHelper output)
{
    // The mirror's official results (SOURCE.txt) cover 540 prompts: key 2785 was left out there.
    private const int ExcludedKey = 2785;
    private const int OfficialPrompts = 540;
    private const int OfficialInstructions = 832;
    private const int OfficialStrictPromptsFollowed = 415;
    private const double OfficialStrictInstructionAccuracy = 0.8353;
    private const double OfficialLoosePromptAccuracy = 0.7981;
    private const double TolerancePercentagePoints = 1.5;

    [Fact]
    public void Accuracies_on_all_gpt4_responses_are_within_one_and_a_half_points_of_the_official_ones()
    {
        // Given every prompt the official results cover and GPT-4's response to it
        var responses = IfEvalData.ByPrompt(IfEvalData.ResponsesFile);
        var items = File.ReadLines(IfEvalData.PathOf(IfEvalData.InputFile))
            .Select(IfEvalItem.ParseJsonLine)
            .Where(i => i.Key != ExcludedKey)
            .ToList();

        // When all are graded
        var results = items.Select(i => IfEvalGrader.Grade(i, responses[i.Prompt].GetProperty("response").GetString()!)).ToList();
        var strictPrompts = results.Count(r => r.PromptStrict);
        var loosePrompts = results.Count(r => r.PromptLoose);
        var instructions = results.Sum(r => r.InstructionStrict.Count);
        var strictInstructions = results.Sum(r => r.InstructionStrict.Count(b => b));
        var looseInstructions = results.Sum(r => r.InstructionLoose.Count(b => b));
        output.WriteLine($"prompts {results.Count}, instructions {instructions}");
        output.WriteLine($"strict: prompt {strictPrompts}/{results.Count} = {(double)strictPrompts / results.Count:F4} (official {OfficialStrictPromptsFollowed}/{OfficialPrompts}), "
            + $"instruction {strictInstructions}/{instructions} = {(double)strictInstructions / instructions:F4} (official {OfficialStrictInstructionAccuracy})");
        output.WriteLine($"loose: prompt {loosePrompts}/{results.Count} = {(double)loosePrompts / results.Count:F4} (official {OfficialLoosePromptAccuracy}), "
            + $"instruction {looseInstructions}/{instructions} = {(double)looseInstructions / instructions:F4}");

        // Then the same prompts are graded and each aggregate is close to the official one
        Assert.Equal(OfficialPrompts, results.Count);
        Assert.Equal(OfficialInstructions, instructions);
        AssertClose((double)OfficialStrictPromptsFollowed / OfficialPrompts, (double)strictPrompts / results.Count);
        AssertClose(OfficialStrictInstructionAccuracy, (double)strictInstructions / instructions);
        AssertClose(OfficialLoosePromptAccuracy, (double)loosePrompts / results.Count);
    }

    private static void AssertClose(double official, double ours) =>
        Assert.True(Math.Abs(official - ours) * 100 <= TolerancePercentagePoints,
            $"accuracy {ours:F4} differs from the official {official:F4} by more than {TolerancePercentagePoints} points");
}
