using Yardstick.Web.Charts;

namespace Yardstick.Web.Tests.Charts;

public sealed class ChartTableTests
{
    [Fact]
    public void Json_and_csv_carry_every_column_and_write_a_missing_figure_as_null_or_empty()
    {
        // Given a table with a hidden link column and a missing figure
        var table = new ChartTable([new("name", "Model"), new("href", "href", InTable: false), new("speed", "Speed (tokens/s)")]);
        table.Add("A, the first", "/models/a", 12.5).Add("B", "/models/b", null);

        // When it is written as JSON and CSV
        var json = table.ToJson().ToJsonString();
        var csv = table.ToCsv();

        // Then both have every field; the missing figure is null / empty, never 0; CSV quotes the comma
        Assert.Equal("""[{"name":"A, the first","href":"/models/a","speed":12.5},{"name":"B","href":"/models/b","speed":null}]""", json);
        Assert.Equal("name,href,speed\r\n\"A, the first\",/models/a,12.5\r\nB,/models/b,\r\n", csv);
    }

    [Fact]
    public void A_row_that_does_not_fit_the_columns_is_refused()
    {
        var table = new ChartTable([new("name", "Model")]);
        Assert.Throws<ArgumentException>(() => table.Add("a", 1));
    }
}
