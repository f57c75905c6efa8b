namespace Yardstick.Web.Api;

/// <summary>One perf run as a point of a model's speed time series; null figures mean the run had too few tokens to measure.</summary>
public sealed record SpeedHistoryPointDto(string RunId, DateTimeOffset StartedUtc, string Endpoint, string? Location, string? Suite, string Workload,
    double? MedianOutputTokensPerSecond, double? MedianTtftSeconds, int SuccessfulRequests, string RunUrl);
