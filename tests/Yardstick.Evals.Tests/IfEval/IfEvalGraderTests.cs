using System.Text.Json;
using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class IfEvalGraderTests
{
    private static IfEvalItem Item(params (string Id, string KwargsJson)[] instructions) =>
        new(1, "prompt",
            [.. instructions.Select(i => i.Id)],
            [.. instructions.Select(i => (IReadOnlyDictionary<string, JsonElement>)JsonDocument.Parse(i.KwargsJson).RootElement
                .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()))]);

    [Fact]
    public void Loose_forgives_a_preamble_line_that_strict_does_not()
    {
        // Given a JSON instruction and a response with a chatty first line
        var item = Item(("detectable_format:json_format", "{}"));

        // When
        var result = IfEvalGrader.Grade(item, "Here is your JSON:\n{\"a\": 1}");

        // Then
        Assert.False(result.PromptStrict);
        Assert.True(result.PromptLoose);
    }

    [Fact]
    public void Loose_forgives_markdown_asterisks()
    {
        // Given a quotation instruction and a bold-wrapped quote
        var item = Item(("startend:quotation", "{}"));

        // When
        var result = IfEvalGrader.Grade(item, "**\"Quoted\"**");

        // Then
        Assert.Equal([false], result.InstructionStrict);
        Assert.Equal([true], result.InstructionLoose);
    }

    [Fact]
    public void Prompt_passes_only_when_every_instruction_passes_and_results_keep_instruction_order()
    {
        // Given
        var item = Item(("punctuation:no_comma", "{}"), ("length_constraints:number_words", """{"relation": "at least", "num_words": 5}"""));

        // When
        var result = IfEvalGrader.Grade(item, "No commas in this short text");

        // Then
        Assert.Equal([true, true], result.InstructionStrict);
        Assert.True(result.PromptStrict);
        Assert.False(IfEvalGrader.Grade(item, "Too, short").PromptStrict);
        Assert.Equal([false, false], IfEvalGrader.Grade(item, "Too, short").InstructionStrict);
    }

    [Fact]
    public void Empty_response_follows_nothing()
    {
        // Given an instruction that an empty text would trivially satisfy
        var item = Item(("punctuation:no_comma", "{}"));

        // When
        var result = IfEvalGrader.Grade(item, "  \n ");

        // Then
        Assert.False(result.PromptStrict);
        Assert.False(result.PromptLoose);
    }

    [Fact]
    public void Item_with_bad_arguments_is_a_format_error()
    {
        var item = Item(("keywords:frequency", """{"keyword": "x", "frequency": 2, "relation": "around"}"""));

        Assert.Throws<FormatException>(() => IfEvalGrader.Grade(item, "x"));
    }
}
