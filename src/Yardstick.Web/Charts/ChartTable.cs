using System.Globalization;
using System.Text.Json.Nodes;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// The data behind one chart, as rows of values in column order. The same rows become the spec's inline data, the
/// table a reader without script sees, and the CSV/JSON downloads, so the three cannot disagree.
/// </summary>
internal sealed class ChartTable(IReadOnlyList<ChartColumn> columns)
{
    private readonly List<object?[]> _rows = [];

    public IReadOnlyList<ChartColumn> Columns => columns;

    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>The column whose value a row's first cell links to in the table (a model page), when the table has one.</summary>
    public string? LinkField { get; init; } = "href";

    public ChartTable Add(params object?[] values)
    {
        if (values.Length != columns.Count)
            throw new ArgumentException($"A row of {values.Length} values does not fit {columns.Count} columns.", nameof(values));
        _rows.Add(values);
        return this;
    }

    public int Count => _rows.Count;

    public object? Value(object?[] row, string field)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i].Field == field)
                return row[i];
        return null;
    }

    public JsonArray ToJson()
    {
        var array = new JsonArray();
        foreach (var row in _rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < columns.Count; i++)
                item[columns[i].Field] = Node(row[i]);
            array.Add(item);
        }
        return array;
    }

    public string ToCsv()
    {
        var csv = new Csv();
        csv.Row([.. columns.Select(c => (object?)c.Field)]);
        foreach (var row in _rows)
            csv.Row(row);
        return csv.ToString();
    }

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        double d when !double.IsFinite(d) => null,
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        DateTimeOffset t => JsonValue.Create(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };
}
