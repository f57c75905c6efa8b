using System.Text.Json;
using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class InstructionArgumentsTests
{
    private static InstructionArguments Parse(string json) =>
        new("test:id", JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));

    [Fact]
    public void Reads_typed_values()
    {
        // Given
        var arguments = Parse("""{"n": 3, "s": "x", "list": ["a", "b"], "relation": "at least"}""");

        // Then
        Assert.Equal(3, arguments.GetInt("n"));
        Assert.Equal("x", arguments.GetString("s"));
        Assert.Equal(["a", "b"], arguments.GetStringList("list"));
        Assert.Equal(ComparisonRelation.AtLeast, arguments.GetRelation("relation"));
    }

    [Theory]
    [InlineData("""{}""", "needs argument 'n'")]
    [InlineData("""{"n": null}""", "needs argument 'n'")]
    [InlineData("""{"n": "3"}""", "must be an integer")]
    [InlineData("""{"n": 2.5}""", "must be an integer")]
    public void Missing_or_mistyped_integer_is_a_format_error(string json, string expectedMessagePart)
    {
        var error = Assert.Throws<FormatException>(() => Parse(json).GetInt("n"));

        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_relation_is_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => Parse("""{"relation": "at most"}""").GetRelation("relation"));

        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }
}
