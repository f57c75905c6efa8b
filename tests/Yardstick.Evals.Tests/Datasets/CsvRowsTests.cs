using Yardstick.Evals.Datasets;

namespace Yardstick.Evals.Tests.Datasets;

public sealed class CsvRowsTests
{
    [Theory]
    [InlineData("a,b\n", new[] { "a|b" })]
    [InlineData("\"x, y\",z\r\n", new[] { "x, y|z" })]
    [InlineData("\"say \"\"hi\"\"\",2\n", new[] { "say \"hi\"|2" })]
    [InlineData("\"two\nlines\",3\nnext,4", new[] { "two\nlines|3", "next|4" })]
    [InlineData("a,,c\n", new[] { "a||c" })]
    public void Parses_quoted_fields_doubled_quotes_and_line_breaks_inside_quotes(string text, string[] rows)
    {
        var parsed = CsvRows.Parse(new StringReader(text)).Select(r => string.Join('|', r)).ToArray();

        Assert.Equal(rows, parsed);
    }

    [Fact]
    public void Reads_records_by_header_name_skipping_the_byte_order_mark()
    {
        // Given a file with a BOM, a header and two records
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "Question,Answer\n\"Why, then?\",Because\nNext,\n", new System.Text.UTF8Encoding(true));

        // When
        var records = CsvRows.Read(path).ToList();

        // Then
        Assert.Equal(2, records.Count);
        Assert.Equal((0, "Why, then?", "Because"), (records[0].Row, records[0].Fields["Question"], records[0].Fields["Answer"]));
        Assert.Equal((1, "Next", ""), (records[1].Row, records[1].Fields["Question"], records[1].Fields["Answer"]));
    }
}
