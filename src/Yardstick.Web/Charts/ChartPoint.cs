namespace Yardstick.Web.Charts;

/// <summary>One labelled point of a scatter chart, with the page it links to.</summary>
internal sealed record ChartPoint(string Label, double X, double Y, string Href);
