namespace Yardstick.Web.Charts;

/// <summary>
/// One field of a chart's data: its JSON/CSV name, the header (with its unit) the table and tooltips show, how the table
/// writes a value, and whether the table shows it at all (a link target or a highlight flag is for the chart only).
/// </summary>
internal sealed record ChartColumn(string Field, string Header, Func<object?, string>? Display = null, bool InTable = true)
{
    public string Show(object? value) => value is null ? "–" : Display?.Invoke(value) ?? value.ToString() ?? "";
}
