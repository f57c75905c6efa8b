using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Runs;
using Yardstick.Web.Data;

namespace Yardstick.Web.Api;

/// <summary>
/// <c>GET /api/models/{slug}/speed-history?days=14</c>: one point per completed perf run of the model in the window — its
/// endpoint, location and suite, median output speed and median TTFT recomputed from its samples (precomputed when the run completed, <see cref="RunFigures"/>) — for time series per
/// endpoint and location (72 h and 14 d windows are filters of these points).
/// </summary>
internal static class SpeedHistoryApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/api").WithTags("Models").MapGet("/models/{slug}/speed-history", GetAsync).WithName("GetModelSpeedHistory")
            .WithSummary("Per-run median output speed and TTFT of a model over the last days (default 14, at most 90), per endpoint and location.");

    private static async Task<Results<Ok<SpeedHistoryPointDto[]>, BadRequest<ErrorDto>>> GetAsync(string slug, SiteData data, int? days,
        CancellationToken cancellationToken)
    {
        if (days is < 1 or > 90)
            return TypedResults.BadRequest(new ErrorDto("days must be between 1 and 90."));
        var since = DateTimeOffset.UtcNow.AddDays(-(days ?? 14));
        var runs = await data.Runs.ListRunsAsync(new RunQuery(RunKind.Perf, slug.ToLowerInvariant(), Status: RunStatus.Completed, Since: since, Limit: 2000),
            cancellationToken);
        var figures = await data.Figures.GetFiguresAsync(runs.Select(r => r.Id).ToList(), cancellationToken);
        var points = new List<SpeedHistoryPointDto>(runs.Count);
        foreach (var run in runs.OrderBy(r => r.StartedUtc))
        {
            var f = figures[run.Id];
            points.Add(new SpeedHistoryPointDto(run.Id, run.StartedUtc, run.BaseUrl, run.Location, run.Suite, run.Task,
                f.OutputTokensPerSecondP50, f.TtftP50Seconds, f.SucceededRequests, $"/runs/{run.Id}"));
        }
        return TypedResults.Ok(points.ToArray());
    }
}
