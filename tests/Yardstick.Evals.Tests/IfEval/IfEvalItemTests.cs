using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class IfEvalItemTests
{
    [Fact]
    public void Parses_an_input_data_line()
    {
        // Given a line in the format of input_data.jsonl
        const string line = """{"key": 1000, "prompt": "Write a poem.", "instruction_id_list": ["punctuation:no_comma", "length_constraints:number_words"], "kwargs": [{}, {"relation": "at least", "num_words": 300}]}""";

        // When
        var item = IfEvalItem.ParseJsonLine(line);

        // Then
        Assert.Equal(1000, item.Key);
        Assert.Equal("Write a poem.", item.Prompt);
        Assert.Equal(["punctuation:no_comma", "length_constraints:number_words"], item.InstructionIds);
        Assert.Equal(300, item.Kwargs[1]["num_words"].GetInt32());
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("""{"prompt": "p", "instruction_id_list": [], "kwargs": []}""", "lacks 'key'")]
    [InlineData("""{"key": "1", "prompt": "p", "instruction_id_list": [], "kwargs": []}""", "'key' must be a JSON number")]
    [InlineData("""{"key": 1, "prompt": "p", "instruction_id_list": ["punctuation:no_comma"], "kwargs": []}""", "1 instruction ids but 0 kwargs")]
    [InlineData("""{"key": 1, "prompt": "p", "instruction_id_list": ["no:such"], "kwargs": [{}]}""", "Unknown IFEval instruction 'no:such'")]
    [InlineData("""{"key": 1, "prompt": "p", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"relation": "at least"}]}""", "needs argument 'num_words'")]
    [InlineData("""{"key": 1, "prompt": "p", "instruction_id_list": [3], "kwargs": [{}]}""", "instruction ids must be strings")]
    public void Bad_lines_are_format_errors_that_say_why(string line, string expectedMessagePart)
    {
        // When
        var error = Assert.Throws<FormatException>(() => IfEvalItem.ParseJsonLine(line));

        // Then
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }
}
