using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>Yardstick's own figures for a model: the latest perf run and the latest run of each eval; null/empty when not measured yet.</summary>
public sealed record MeasuredDto(
    [property: JsonPropertyName("perf")] MeasuredPerfDto? Perf,
    [property: JsonPropertyName("evals")] IReadOnlyList<MeasuredEvalDto> Evals);
