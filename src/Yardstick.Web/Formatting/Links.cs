namespace Yardstick.Web.Formatting;

/// <summary>Site addresses, with each slug or id escaped as one path segment.</summary>
internal static class Links
{
    public static string Model(string slug) => "/models/" + Uri.EscapeDataString(slug);

    public static string Compare(string a, string b) => $"/compare/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}";

    public static string Run(string runId) => "/runs/" + Uri.EscapeDataString(runId);

    public static string RunSamplesCsv(string runId) => $"/api/runs/{Uri.EscapeDataString(runId)}/samples.csv";

    public static string ApiModel(string slug) => "/api/models/" + Uri.EscapeDataString(slug);

    public static string ApiCompare(string a, string b) => $"/api/compare/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}";
}
