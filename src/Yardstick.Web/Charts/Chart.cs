using System.Text.Json.Nodes;

namespace Yardstick.Web.Charts;

/// <summary>
/// One chart of a page: an id unique on the page (its anchor and its download address), a title, a sentence that says
/// what it shows for readers who cannot see it, the Vega-Lite spec (data inline) and the table it was drawn from.
/// </summary>
internal sealed record Chart(string Id, string Title, string Summary, JsonObject Spec, ChartTable Table)
{
    /// <summary>Said under the chart: what was left out and why (a chart never invents a figure).</summary>
    public string? Note { get; init; }

    /// <summary>Where the data (JSON) download points instead of the chart's own rows: an API that serves the same points.</summary>
    public string? DataJsonUrl { get; init; }
}
