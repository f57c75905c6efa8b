using Yardstick.Core.Pricing;

namespace Yardstick.Core.Catalog;

/// <summary>One way to call one model: a provider, an API style, an address, a model id and a price.</summary>
public sealed record EndpointCard
{
    /// <summary>Stable id, <c>&lt;model slug&gt;@&lt;provider slug&gt;</c>.</summary>
    public required string Id { get; init; }
    public required string ModelSlug { get; init; }
    public required string Provider { get; init; }
    public required ApiStyle ApiStyle { get; init; }
    public required string BaseUrl { get; init; }
    public required string ModelId { get; init; }
    /// <summary>First-party endpoints (the model's creator serving it) set the headline price.</summary>
    public bool FirstParty { get; init; }
    /// <summary>Name of the environment variable holding the API key; the key itself never enters Yardstick's storage.</summary>
    public string? ApiKeyEnvironmentVariable { get; init; }
    public required TokenPrice Price { get; init; }
    /// <summary>The hourly cost of the machine behind a self-hosted endpoint; with its perf runs it gives a measured cost per token.</summary>
    public HardwareRate? Hardware { get; init; }
}
