using System.Text.Json;
using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class InstructionRegistryTests
{
    // instructions_registry.INSTRUCTION_DICT of google-research/instruction_following_eval.
    private static readonly string[] OfficialIds =
    [
        "keywords:existence", "keywords:frequency", "keywords:forbidden_words", "keywords:letter_frequency",
        "language:response_language", "length_constraints:number_sentences", "length_constraints:number_paragraphs",
        "length_constraints:number_words", "length_constraints:nth_paragraph_first_word",
        "detectable_content:number_placeholders", "detectable_content:postscript",
        "detectable_format:number_bullet_lists", "detectable_format:constrained_response",
        "detectable_format:number_highlighted_sections", "detectable_format:multiple_sections",
        "detectable_format:json_format", "detectable_format:title", "combination:two_responses",
        "combination:repeat_prompt", "startend:end_checker", "change_case:capital_word_frequency",
        "change_case:english_capital", "change_case:english_lowercase", "punctuation:no_comma", "startend:quotation",
    ];

    [Fact]
    public void Knows_exactly_the_25_official_instructions()
    {
        Assert.Equal(OfficialIds.Order(StringComparer.Ordinal), InstructionRegistry.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_instruction_is_a_format_error_naming_it()
    {
        // Given
        var arguments = new InstructionArguments("keywords:rhymes", new Dictionary<string, JsonElement>());

        // When
        var error = Assert.Throws<FormatException>(() => InstructionRegistry.Create(arguments));

        // Then
        Assert.Contains("keywords:rhymes", error.Message, StringComparison.Ordinal);
    }
}
