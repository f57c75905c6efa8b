using System.Text.Json.Serialization;
using Yardstick.Core.Catalog;

namespace Yardstick.Core.Evals;

/// <summary>
/// An eval run's result, exactly the `yardstick eval --json` contract:
/// {eval, version, n, score, ci95: [lo, hi], no_answer, failed, input_tokens, output_tokens, cost_usd}.
/// Score is the proportion correct (0–1) over all n samples; no-answer and failed samples count as not correct.
/// The members after <see cref="CostUsd"/> are additions that scripts may ignore.
/// </summary>
public sealed record EvalSummary
{
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("eval")] public required string Eval { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("n")] public required int N { get; init; }
    [JsonPropertyName("score")] public required double Score { get; init; }
    [JsonPropertyName("ci95")] public required double[] Ci95 { get; init; }
    [JsonPropertyName("no_answer")] public required int NoAnswer { get; init; }
    [JsonPropertyName("failed")] public required int Failed { get; init; }
    [JsonPropertyName("input_tokens")] public required long InputTokens { get; init; }
    [JsonPropertyName("output_tokens")] public required long OutputTokens { get; init; }
    [JsonPropertyName("reasoning_tokens")] public long ReasoningTokens { get; init; }
    /// <summary>Null when the endpoint has no price ("unavailable", never $0).</summary>
    [JsonPropertyName("cost_usd")] public required decimal? CostUsd { get; init; }

    /// <summary>Distinct questions behind the <see cref="N"/> samples (N = questions × epochs).</summary>
    [JsonPropertyName("questions")] public int Questions { get; init; }
    [JsonPropertyName("epochs")] public int Epochs { get; init; } = 1;
    /// <summary>How the interval was computed: <c>wilson</c> (one sample per question) or <c>clustered</c> (epochs repeat questions).</summary>
    [JsonPropertyName("ci_method")] public string? CiMethod { get; init; }
    /// <summary>The lenient score where the eval defines one (IFEval loose, last-number GSM8K), else null.</summary>
    [JsonPropertyName("score_loose")] public double? ScoreLoose { get; init; }
    /// <summary>Questions in the whole dataset (before <c>--limit</c>), when known: the run is complete when Questions equals it.</summary>
    [JsonPropertyName("dataset_items")] public int? DatasetItems { get; init; }
    /// <summary>Dataset lines that could not be read (reported with file and line, not fatal).</summary>
    [JsonPropertyName("invalid_items")] public int InvalidItems { get; init; }
    /// <summary>Responses cut by the token limit (finish reason <c>length</c>); most of them are no-answer samples.</summary>
    [JsonPropertyName("truncated")] public int Truncated { get; init; }
    /// <summary>Eval-specific figures (IFEval instruction-level accuracy…), named in docs/evals.md.</summary>
    [JsonPropertyName("metrics")] public IReadOnlyDictionary<string, double>? Metrics { get; init; }
    /// <summary>
    /// Where the price behind <see cref="CostUsd"/> came from (<c>published:…</c>, <c>user</c>, or <c>measured:&lt;perf run id&gt;</c>
    /// for a measured self-hosting cost, used when the model has no list price); null when there is no cost.
    /// </summary>
    [JsonPropertyName("cost_source")] public string? CostSource { get; init; }

    /// <summary>True when the cost is a measured self-hosting cost (no list price), not a list price.</summary>
    [JsonIgnore] public bool CostIsMeasured => CostUsd is not null && FactSource.TryParse(CostSource)?.Kind == FactSourceKind.Measured;

    /// <summary>The LLM judge's work in this run (judged, cached, failed, agreement with exact match); null when no judge graded it.</summary>
    [JsonPropertyName("judge")] public JudgeSummary? Judge { get; init; }
    /// <summary>Knowledge with abstention (truthfulqa-open): accuracy, hallucination rate and signed score; null for other evals.</summary>
    [JsonPropertyName("abstention")] public AbstentionScore? Abstention { get; init; }
}
