using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

/// <summary>
/// Grades GPT-4's published IFEval responses and compares every verdict with the output of
/// Google's official checker (half of the prompts are kept as golden results).
/// </summary>
public sealed class OfficialAgreementTests(ITestOutputHelper output)
{
    private const double RequiredPromptAgreement = 0.99;

    [Theory]
    [InlineData(IfEvalData.StrictResultsFile, true)]
    [InlineData(IfEvalData.LooseResultsFile, false)]
    public void Grades_agree_with_the_official_checker_on_gpt4_responses(string resultsFile, bool strict)
    {
        // Given the published inputs, GPT-4 responses and official results
        var items = File.ReadLines(IfEvalData.PathOf(IfEvalData.InputFile))
            .Select(IfEvalItem.ParseJsonLine)
            .ToDictionary(i => i.Prompt, StringComparer.Ordinal);
        var responses = IfEvalData.ByPrompt(IfEvalData.ResponsesFile);
        var official = IfEvalData.ByPrompt(resultsFile);

        // When each response is graded
        int prompts = 0, promptAgree = 0, instructions = 0, instructionAgree = 0, oursFollowed = 0, officialFollowed = 0;
        var disagreements = new List<string>();
        foreach (var (prompt, expected) in official)
        {
            var item = items[prompt];
            var result = IfEvalGrader.Grade(item, responses[prompt].GetProperty("response").GetString()!);
            var ours = strict ? result.InstructionStrict : result.InstructionLoose;
            var theirs = expected.GetProperty("follow_instruction_list").EnumerateArray().Select(e => e.GetBoolean()).ToList();
            var oursAll = strict ? result.PromptStrict : result.PromptLoose;
            var theirsAll = expected.GetProperty("follow_all_instructions").GetBoolean();
            prompts++;
            promptAgree += oursAll == theirsAll ? 1 : 0;
            oursFollowed += oursAll ? 1 : 0;
            officialFollowed += theirsAll ? 1 : 0;
            for (var i = 0; i < theirs.Count; i++)
            {
                instructions++;
                if (ours[i] == theirs[i])
                    instructionAgree++;
                else
                    disagreements.Add($"key {item.Key} {item.InstructionIds[i]}: ours={ours[i]} official={theirs[i]}");
            }
        }

        // Then the verdicts agree on at least 99 % of prompts
        var mode = strict ? "strict" : "loose";
        var promptRate = (double)promptAgree / prompts;
        output.WriteLine($"{mode}: prompt-level agreement {promptAgree}/{prompts} = {promptRate:P2}; "
            + $"instruction-level agreement {instructionAgree}/{instructions} = {(double)instructionAgree / instructions:P2}");
        output.WriteLine($"{mode}: prompt-level accuracy ours {oursFollowed}/{prompts}, official {officialFollowed}/{prompts}");
        foreach (var line in disagreements)
            output.WriteLine(line);
        Assert.True(promptRate >= RequiredPromptAgreement,
            $"{mode} prompt-level agreement {promptRate:P2} is below {RequiredPromptAgreement:P0}; disagreements: {string.Join("; ", disagreements)}");
    }
}
