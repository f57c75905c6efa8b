using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Pages;
using Yardstick.Web.Data;

namespace Yardstick.Web.Api;

/// <summary><c>GET /api/compare/{a}/{b}?input_tokens=&amp;output_tokens=</c>: the comparison page's content as JSON.</summary>
internal static class CompareApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/api").WithTags("Compare")
            .MapGet("/compare/{a}/{b}", CompareAsync).WithName("CompareModels")
            .WithSummary("Model a vs model b: verdict, scorecard, shared benchmarks, monthly cost at a traffic, switch friction, FAQ.");

    private static async Task<Results<Ok<ComparisonDto>, NotFound<ErrorDto>, BadRequest<ErrorDto>>> CompareAsync(
        string a, string b,
        [FromQuery(Name = TrafficQuery.InputParameter)] string? inputTokens,
        [FromQuery(Name = TrafficQuery.OutputParameter)] string? outputTokens,
        [FromQuery(Name = TrafficQuery.PromptParameter)] string? promptTokens,
        SiteData data, CancellationToken cancellationToken)
    {
        var traffic = TrafficQuery.Parse(inputTokens, outputTokens, promptTokens, out var trafficError);
        if (trafficError is not null)
            return TypedResults.BadRequest(new ErrorDto(trafficError));
        var modelA = await data.ModelAsync(a, cancellationToken);
        var modelB = await data.ModelAsync(b, cancellationToken);
        if (modelA is null || modelB is null)
            return TypedResults.NotFound(new ErrorDto($"No model with slug '{(modelA is null ? a : b)}' in the catalog."));
        if (string.Equals(modelA.Slug, modelB.Slug, StringComparison.OrdinalIgnoreCase))
            return TypedResults.BadRequest(new ErrorDto("Compare two different models."));
        var comparison = ModelComparison.Compare(modelA, modelB,
            await data.MeasurementsAsync(modelA.Slug, cancellationToken), await data.MeasurementsAsync(modelB.Slug, cancellationToken), traffic, data.Ratio);
        return TypedResults.Ok(ComparisonDtos.From(comparison, data.Index, data.Origin));
    }
}
