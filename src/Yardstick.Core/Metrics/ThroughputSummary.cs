using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>
/// Per-user and system throughput kept apart (docs/methodology.md): <c>per_user_output_tokens_per_s</c> is the median
/// of each request's own output speed after its first chunk (what one user sees); <c>system_output_tokens_per_s</c> is
/// every successful request's normalised output tokens over the run's window, first request issued to last token
/// received (what the server delivered to everyone at once). Under load the first falls while the second rises.
/// </summary>
public sealed record ThroughputSummary(
    [property: JsonPropertyName("per_user_output_tokens_per_s")] double PerUserOutputTokensPerSecond,
    [property: JsonPropertyName("system_output_tokens_per_s")] double SystemOutputTokensPerSecond,
    [property: JsonPropertyName("requests_per_s")] double RequestsPerSecond,
    [property: JsonPropertyName("output_tokens")] long OutputTokens,
    [property: JsonPropertyName("window_s")] double WindowSeconds);
