using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;

namespace Yardstick.Web.Api;

/// <summary>
/// Each chart's downloads: <c>spec.json</c> (the Vega-Lite spec with its data inline, as the page draws it),
/// <c>data.json</c> and <c>data.csv</c> (the rows). Built by the same code as the page, from the same rows.
/// </summary>
internal static class ChartsApi
{
    // Downloads are JSON documents of their own (not embedded in a page), so readable text (×, –, accents) stays as written.
    private static readonly JsonSerializerOptions DownloadJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/charts").WithTags("Charts");
        group.MapGet("/leaderboard/{chart}/{file}", LeaderboardAsync).WithName("GetLeaderboardChart")
            .WithSummary("A leaderboard chart: spec.json (Vega-Lite), data.json or data.csv; ?eval= and ?highlight= (and ?sort=, ?dir=, ?page=) as on the page.");
        group.MapGet("/compare/{a}/{b}/{chart}/{file}", CompareAsync).WithName("GetCompareChart")
            .WithSummary("A comparison page chart: spec.json (Vega-Lite), data.json or data.csv.");
        group.MapGet("/runs/{id}/{chart}/{file}", RunAsync).WithName("GetRunChart")
            .WithSummary("A run page chart (a perf run's request-timeline): spec.json (Vega-Lite), data.json or data.csv.");
        group.MapGet("/models/{slug}/{chart}/{file}", ModelAsync).WithName("GetModelChart")
            .WithSummary("A model page chart: spec.json (Vega-Lite), data.json or data.csv.");
    }

    private static async Task<IResult> LeaderboardAsync(string chart, string file, string? eval, string? highlight, string? sort, string? dir, int? page,
        SiteData data, CancellationToken cancellationToken)
    {
        var rows = await data.LeaderboardRowsAsync(cancellationToken);
        // A page's charts plot that page's rows (the page links here with its sort and page); without a page, every row.
        if (page is not null)
            rows = LeaderboardPage.Of(rows, sort, dir, page, _ => true).Rows;
        var charts = new LeaderboardCharts(rows, data.Index, data.Ratio, eval, highlight);
        return Answer(charts.Find(chart), chart, file);
    }

    private static async Task<IResult> ModelAsync(string slug, string chart, string file, SiteData data, CancellationToken cancellationToken)
    {
        var charts = await ModelCharts.BuildAsync(data, slug, cancellationToken);
        if (charts is null)
            return TypedResults.NotFound(new ErrorDto($"No model with slug '{slug}' in the catalog."));
        return Answer(charts.FirstOrDefault(c => string.Equals(c.Id, chart, StringComparison.OrdinalIgnoreCase)), chart, file);
    }

    private static async Task<IResult> CompareAsync(string a, string b, string chart, string file, SiteData data, CancellationToken cancellationToken)
    {
        var modelA = await data.ModelAsync(a, cancellationToken);
        var modelB = await data.ModelAsync(b, cancellationToken);
        if (modelA is null || modelB is null)
            return TypedResults.NotFound(new ErrorDto($"No model with slug '{(modelA is null ? a : b)}' in the catalog."));
        var comparison = ModelComparison.Compare(modelA, modelB, await data.MeasurementsAsync(modelA.Slug, cancellationToken),
            await data.MeasurementsAsync(modelB.Slug, cancellationToken), MonthlyTraffic.Default, data.Ratio);
        return Answer(CompareCharts.Build(comparison, data.Index).FirstOrDefault(c => string.Equals(c.Id, chart, StringComparison.OrdinalIgnoreCase)), chart, file);
    }

    private static async Task<IResult> RunAsync(string id, string chart, string file, SiteData data, CancellationToken cancellationToken)
    {
        var run = await data.Runs.GetRunAsync(id, cancellationToken);
        if (run is null || run.Kind != Yardstick.Core.Runs.RunKind.Perf)
            return TypedResults.NotFound(new ErrorDto($"No perf run with id '{id}'."));
        var timeline = RunCharts.Timeline(run, await data.Runs.GetSamplesAsync(run.Id, cancellationToken));
        return Answer(string.Equals(chart, timeline.Id, StringComparison.OrdinalIgnoreCase) ? timeline : null, chart, file);
    }

    internal static IResult Answer(Chart? chart, string id, string file)
    {
        if (chart is null)
            return TypedResults.NotFound(new ErrorDto($"No chart '{id}' on this page."));
        return file switch
        {
            "spec.json" => Results.Text(chart.Spec.ToJsonString(DownloadJson), "application/json; charset=utf-8"),
            "data.json" => Results.Text(chart.Table.ToJson().ToJsonString(DownloadJson), "application/json; charset=utf-8"),
            "data.csv" => Results.Text(chart.Table.ToCsv(), "text/csv; charset=utf-8"),
            _ => TypedResults.NotFound(new ErrorDto($"No file '{file}': ask for spec.json, data.json or data.csv.")),
        };
    }
}
