using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>
/// One figure across repeat runs: the mean of the runs' values, its 95 % interval from Student's t with n − 1 degrees of
/// freedom (mean ± t·s/√n), and the coefficient of variation s / mean. Bounds are NaN (null in JSON) with fewer than two runs.
/// </summary>
public sealed record RepeatStatistic(
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("ci95_low")] double Ci95Low,
    [property: JsonPropertyName("ci95_high")] double Ci95High,
    [property: JsonPropertyName("cv")] double CoefficientOfVariation,
    [property: JsonPropertyName("runs")] int Runs);
