using System.Text.Json.Serialization;

namespace Yardstick.Core.Probes;

/// <summary>What a capability probe concluded about one feature of one endpoint.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProbeVerdict>))]
public enum ProbeVerdict
{
    /// <summary>The endpoint did what the feature promises, by the probe's pass rule.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,
    /// <summary>The endpoint accepted the request but did not do what the feature promises (ignored it or returned garbage).</summary>
    [JsonStringEnumMemberName("refuted")]
    Refuted,
    /// <summary>The endpoint rejected the feature cleanly (an HTTP 4xx with an error body).</summary>
    [JsonStringEnumMemberName("not_supported")]
    NotSupported,
    /// <summary>The evidence does not decide (server errors, timeouts, a model that cannot be told from a broken feature).</summary>
    [JsonStringEnumMemberName("inconclusive")]
    Inconclusive,
}
