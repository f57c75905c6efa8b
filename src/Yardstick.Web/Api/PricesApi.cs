using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Pricing;
using Yardstick.Web.Data;

namespace Yardstick.Web.Api;

/// <summary><c>GET /api/models/{slug}/prices</c>: the dated price history of a model's endpoints.</summary>
internal static class PricesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Prices")
            .MapGet("/models/{slug}/prices", GetAsync).WithName("GetModelPrices")
            .WithSummary("Every dated price of the model's endpoints (catalog and feed imports), newest first, with the one in force; 404 when unknown.");
    }

    private static async Task<Results<Ok<PriceHistoryDto>, NotFound<ErrorDto>>> GetAsync(string slug, SiteData data, CancellationToken cancellationToken)
    {
        var model = await data.ModelAsync(slug, cancellationToken);
        if (model is null)
            return TypedResults.NotFound(new ErrorDto($"No model with slug '{slug}' in the catalog."));
        return TypedResults.Ok(new PriceHistoryDto(model.Slug, From(await data.Prices.GetAsync(model.Slug, cancellationToken), DateTimeOffset.UtcNow)));
    }

    internal static IReadOnlyList<PriceRecordDto> From(IReadOnlyList<PriceRecord> records, DateTimeOffset now)
    {
        var inForce = PriceHistory.InForce(records, now).Values.ToHashSet();
        var changed = PriceHistory.Changes(records).Select(c => c.Record).ToHashSet();
        return records.OrderByDescending(r => r.EffectiveFromUtc).ThenByDescending(r => r.ImportId).Select(r => new PriceRecordDto
        {
            EndpointId = r.EndpointId, Provider = r.Provider, EffectiveFrom = r.EffectiveFromUtc, Feed = r.Feed, ImportId = r.ImportId,
            Price = PriceDtos.Token(r.Price), InForce = inForce.Contains(r), Changed = changed.Contains(r),
        }).ToList();
    }
}
