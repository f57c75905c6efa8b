using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class ResponseVariantsTests
{
    [Fact]
    public void Loose_variants_drop_first_and_last_lines_and_asterisks_in_the_official_order()
    {
        // Given a response with a preamble and a closing line
        const string response = "Sure:\n**Body**\nBye";

        // When
        var variants = ResponseVariants.Loose(response);

        // Then
        Assert.Equal(
            [response, "Sure:\nBody\nBye", "**Body**\nBye", "Sure:\n**Body**", "**Body**", "Body\nBye", "Sure:\nBody", "Body"],
            variants);
    }

    [Fact]
    public void A_single_line_response_has_empty_trimmed_variants()
    {
        var variants = ResponseVariants.Loose("only");

        Assert.Equal(["only", "only", "", "", "", "", "", ""], variants);
    }
}
