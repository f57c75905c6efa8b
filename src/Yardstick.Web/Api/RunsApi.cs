using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Api;

/// <summary><c>GET /api/runs/{id}</c> and <c>GET /api/runs/{id}/samples.csv</c>: every published figure back to its raw samples.</summary>
internal static class RunsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Runs");
        group.MapGet("/runs/{id}", GetAsync).WithName("GetRun").WithSummary("A run's configuration, versions, times and summary.");
        group.MapGet("/runs/{id}/samples.csv", SamplesCsvAsync).WithName("ExportRunSamplesCsv")
            .WithSummary("Every raw sample of a run as CSV: prompt id, times, token counts, error kind, score.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Produces<ErrorDto>(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<RunDto>, NotFound<ErrorDto>>> GetAsync(string id, SiteData data, CancellationToken cancellationToken)
    {
        var run = await data.Runs.GetRunAsync(id, cancellationToken);
        if (run is null)
            return TypedResults.NotFound(new ErrorDto($"No run with id '{id}'."));
        var samples = await data.Runs.GetSamplesAsync(run.Id, cancellationToken);
        return TypedResults.Ok(From(run, samples.Count));
    }

    private static async Task<IResult> SamplesCsvAsync(string id, SiteData data, CancellationToken cancellationToken)
    {
        var run = await data.Runs.GetRunAsync(id, cancellationToken);
        if (run is null)
            return TypedResults.NotFound(new ErrorDto($"No run with id '{id}'."));
        var samples = await data.Runs.GetSamplesAsync(run.Id, cancellationToken);
        var csv = new Csv().Row(
            "run_id", "sequence", "epoch", "prompt_id", "request_started_utc", "load", "input_tokens_normalised", "input_tokens_native",
            "ttft_s", "first_answer_token_s", "last_token_s", "token_events", "output_tokens_normalised", "output_tokens_native",
            "reasoning_tokens", "reasoning_tokens_source", "finish_reason", "http_status", "error_kind", "error_message", "retries",
            "extracted_answer", "correct", "score", "cost_usd", "prompt_sha256");
        foreach (var s in samples.OrderBy(s => s.Sequence).ThenBy(s => s.Epoch))
        {
            csv.Row(s.RunId, s.Sequence, s.Epoch, s.PromptId, s.RequestStartedUtc, s.Load, s.InputTokensNormalised, s.InputTokensNative,
                s.TtftSeconds, s.FirstAnswerTokenSeconds, s.LastTokenSeconds, s.TokenEvents, s.OutputTokensNormalised, s.OutputTokensNative,
                s.ReasoningTokens, s.ReasoningTokensSource, s.FinishReason, s.HttpStatus, s.ErrorKind.ToString(), s.ErrorMessage, s.Retries,
                s.ExtractedAnswer, s.Correct, s.Score, s.CostUsd, s.PromptSha256);
        }
        return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
    }

    private static RunDto From(RunRecord run, int sampleCount)
    {
        string? error = null;
        var perf = run.Kind == RunKind.Perf && run.SummaryJson is not null ? RunSummaryReader.ReadPerf(run, out error) : null;
        var eval = run.Kind == RunKind.Eval && run.SummaryJson is not null ? RunSummaryReader.ReadEval(run, out error) : null;
        return new RunDto
        {
            Id = run.Id,
            Kind = run.Kind.ToString().ToLowerInvariant(),
            Status = run.Status.ToString().ToLowerInvariant(),
            FailureReason = run.FailureReason,
            ModelSlug = run.ModelSlug,
            EndpointId = run.EndpointId,
            ApiStyle = run.ApiStyle,
            BaseUrl = run.BaseUrl,
            ModelId = run.ModelId,
            Task = run.Task,
            TaskVersion = run.TaskVersion,
            ConfigurationJson = run.ConfigurationJson,
            YardstickVersion = run.YardstickVersion,
            Host = run.Host,
            StartedUtc = run.StartedUtc,
            FinishedUtc = run.FinishedUtc,
            SummaryJson = run.SummaryJson,
            PerfSummary = perf,
            EvalSummary = eval,
            SummaryError = error,
            SampleCount = sampleCount,
            SamplesCsvUrl = Links.RunSamplesCsv(run.Id),
            PageUrl = Links.Run(run.Id),
        };
    }
}
