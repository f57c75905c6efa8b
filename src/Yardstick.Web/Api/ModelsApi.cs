using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Classes;
using Yardstick.Core.Context;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Api;

/// <summary><c>GET /api/models</c>, <c>GET /api/models/{slug}</c> and the CSV export <c>GET /api/models.csv</c>.</summary>
internal static class ModelsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Models");
        group.MapGet("/models", ListAsync).WithName("ListModels").WithSummary("Every model in the catalog, with derived prices, classes and Yardstick's measurements; ?offset= and ?limit= page through them.");
        group.MapGet("/models/{slug}", GetAsync).WithName("GetModel").WithSummary("One model by slug; 404 with {\"error\"} when unknown.");
        group.MapGet("/models.csv", CsvAsync).WithName("ExportModelsCsv").WithSummary("The leaderboard as CSV, one row per model.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
    }

    /// <summary>Every model, in the catalog's order; <paramref name="offset"/> and <paramref name="limit"/> page through it (default: all).</summary>
    private static async Task<Results<Ok<List<ModelDto>>, BadRequest<ErrorDto>>> ListAsync(SiteData data, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (offset is < 0)
            return TypedResults.BadRequest(new ErrorDto("offset must be 0 or more."));
        if (limit is < 1)
            return TypedResults.BadRequest(new ErrorDto("limit must be 1 or more."));
        var models = await data.ModelsAsync(cancellationToken);
        var measured = await data.MeasurementsAsync(cancellationToken);
        var page = models.Skip(offset ?? 0).Take(limit ?? int.MaxValue);
        return TypedResults.Ok(page.Select(m => ModelDtos.From(m, measured.GetValueOrDefault(m.Slug) ?? ModelMeasurements.None, data.Ratio, data.Index, data.Origin)).ToList());
    }

    private static async Task<Results<Ok<ModelDto>, NotFound<ErrorDto>>> GetAsync(string slug, SiteData data, CancellationToken cancellationToken)
    {
        var model = await data.ModelAsync(slug, cancellationToken);
        if (model is null)
            return TypedResults.NotFound(new ErrorDto($"No model with slug '{slug}' in the catalog."));
        return TypedResults.Ok(ModelDtos.From(model, await data.MeasurementsAsync(model.Slug, cancellationToken), data.Ratio, data.Index, data.Origin));
    }

    private static async Task<IResult> CsvAsync(SiteData data, CancellationToken cancellationToken)
    {
        var models = await data.ModelsAsync(cancellationToken);
        var measured = await data.MeasurementsAsync(cancellationToken);
        var evalIds = measured.Values.SelectMany(m => m.LatestEvals).Select(e => e.Summary.Eval)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var csv = new Csv();
        csv.Row([.. new object?[]
        {
            "slug", "name", "creator", "release_date", "parameters_total_b", "size_class", "comparison_class", "context_window_tokens",
            "context_window_a4_pages", "input_price_usd_per_1m", "output_price_usd_per_1m", "blended_price_usd_per_1m", "reasoning",
            "open_weights", "licence", "successor_slug", "median_output_tokens_per_s", "median_ttft_s", "perf_run_id",
            "intelligence_index", "intelligence_index_estimated", "speed_basis", "speed_run_count",
        }, .. evalIds.SelectMany(id => new object?[] { $"{id}_score", $"{id}_ci95_low", $"{id}_ci95_high", $"{id}_n", $"{id}_run_id" })]);
        foreach (var m in models)
        {
            var cls = ComparisonClassRule.Classify(m, data.Ratio);
            var price = m.HeadlinePrice;
            var mine = measured.GetValueOrDefault(m.Slug) ?? ModelMeasurements.None;
            var speed = mine.Speed;
            var index = data.Index is { } definition ? mine.Index(definition) : null;
            csv.Row([.. new object?[]
            {
                m.Slug, m.Name, m.Creator, m.ReleaseDate, m.ParametersTotalB, cls.SizeClass?.ToString().ToLowerInvariant(), cls.Key,
                m.ContextWindowTokens, m.ContextWindowTokens is { } ctx ? ContextWindowPages.A4Pages(ctx) : null,
                ModelDtos.Price(price?.Input), ModelDtos.Price(price?.Output), HeadlineBlend.Of(m, data.Ratio)?.Value,
                m.Reasoning, m.OpenWeights, m.Licence, m.SuccessorSlug, mine.MedianOutputTokensPerSecond, mine.MedianTtftSeconds, speed?.Newest.Run.Id,
                index?.Value, index?.Value is null ? null : index.Estimated, speed is null ? null : ModelSpeedDto.BasisName(speed.Basis), speed?.Runs.Count,
            }, .. evalIds.SelectMany(id => mine.LatestEval(id) is { } e
                ? new object?[] { e.Summary.Score, e.Summary.Ci95[0], e.Summary.Ci95[1], e.Summary.N, e.Run.Id }
                : new object?[] { null, null, null, null, null })]);
        }
        return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
    }
}
