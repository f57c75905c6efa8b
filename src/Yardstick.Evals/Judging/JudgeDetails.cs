using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Evals;
using Yardstick.Core.Runs;

namespace Yardstick.Evals.Judging;

/// <summary>
/// The <c>"judge"</c> object in a judged eval sample's details: verdict (or failure), whether it was reused, and the
/// judge sample that holds the raw reply (<c>run_id</c>, <c>prompt_id</c>, <c>epoch</c>); and the reader of it.
/// </summary>
public static class JudgeDetails
{
    /// <summary>What a stored eval sample says about its judgement; null when no judge saw it.</summary>
    public sealed record Entry(JudgeVerdict? Verdict, bool Cached, string? Failure, string? RunId);

    /// <summary>The sample's details with the judgement added under <c>"judge"</c> (other members kept as they are).</summary>
    public static string With(string? detailsJson, Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var details = Parse(detailsJson);
        details["judge"] = new JsonObject
        {
            ["verdict"] = judgement.Verdict is { } verdict ? JudgeVerdictParser.Key(verdict) : null,
            ["cached"] = judgement.CachedFrom is not null,
            ["cached_from"] = judgement.CachedFrom,
            ["failure"] = judgement.FailureReason,
            ["run_id"] = judgement.JudgeRunId,
            ["prompt_id"] = judgement.PromptId,
            ["epoch"] = judgement.Epoch,
        };
        return details.ToJsonString();
    }

    /// <summary>The sample's details with <c>"expected"</c> set to the reference answer, unless the eval stored one itself.</summary>
    public static string WithExpected(string? detailsJson, string expected)
    {
        var details = Parse(detailsJson);
        if (!details.ContainsKey("expected"))
            details["expected"] = expected;
        return details.ToJsonString();
    }

    public static Entry? Read(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.DetailsJson is null)
            return null;
        try
        {
            if (JsonNode.Parse(sample.DetailsJson) is not JsonObject details || details["judge"] is not JsonObject judge)
                return null;
            return new Entry(
                JudgeVerdictParser.FromKey(judge["verdict"]?.GetValue<string>()),
                judge["cached"]?.GetValue<bool>() ?? false,
                judge["failure"]?.GetValue<string>(),
                judge["run_id"]?.GetValue<string>());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    // Details an eval wrote that are not a JSON object (none do today) are kept whole under "eval".
    private static JsonObject Parse(string? detailsJson)
    {
        if (detailsJson is null)
            return [];
        try
        {
            return JsonNode.Parse(detailsJson) as JsonObject ?? new JsonObject { ["eval"] = JsonNode.Parse(detailsJson) };
        }
        catch (JsonException)
        {
            return new JsonObject { ["eval"] = detailsJson };
        }
    }
}
