namespace Yardstick.Web.Charts;

/// <summary>A chart as a page shows it: the chart and the address under which its spec and data can be downloaded.</summary>
internal sealed record ChartView(Chart Chart, string DownloadBase, string Query = "")
{
    public string SpecUrl => $"{DownloadBase}/{Uri.EscapeDataString(Chart.Id)}/spec.json{Query}";
    public string DataJsonUrl => Chart.DataJsonUrl ?? $"{DownloadBase}/{Uri.EscapeDataString(Chart.Id)}/data.json{Query}";
    public string DataCsvUrl => $"{DownloadBase}/{Uri.EscapeDataString(Chart.Id)}/data.csv{Query}";
}
