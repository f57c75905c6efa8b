using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>How many requests succeeded and failed, and the failures by kind (snake_case names of ErrorKind).</summary>
public sealed record RequestCounts(
    [property: JsonPropertyName("ok")] int Ok,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("errors")] IReadOnlyDictionary<string, int> Errors);
