using System.Text.Json.Serialization;
using Yardstick.Core.Evals;

namespace Yardstick.Web.Api;

/// <summary>A model as the API shows it: catalog facts, derived classes and prices, sources and Yardstick's own measurements.</summary>
public sealed record ModelDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("creator")] public required string Creator { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("release_date")] public DateOnly? ReleaseDate { get; init; }
    [JsonPropertyName("parameters_total_b")] public double? ParametersTotalB { get; init; }
    [JsonPropertyName("parameters_active_b")] public double? ParametersActiveB { get; init; }
    /// <summary>tiny, small, medium or large (open weights with a published size); null otherwise.</summary>
    [JsonPropertyName("size_class")] public string? SizeClass { get; init; }
    /// <summary>budget, mid or premium (proprietary with a listed price); null otherwise.</summary>
    [JsonPropertyName("price_band")] public string? PriceBand { get; init; }
    /// <summary>Stable key of the peer class, e.g. open-tiny-all or proprietary-premium-non-reasoning.</summary>
    [JsonPropertyName("comparison_class")] public required string ComparisonClass { get; init; }
    [JsonPropertyName("comparison_class_label")] public required string ComparisonClassLabel { get; init; }
    [JsonPropertyName("context_window_tokens")] public long? ContextWindowTokens { get; init; }
    [JsonPropertyName("context_window_a4_pages")] public int? ContextWindowA4Pages { get; init; }
    [JsonPropertyName("max_output_tokens")] public long? MaxOutputTokens { get; init; }
    [JsonPropertyName("input_modalities")] public required IReadOnlyList<string> InputModalities { get; init; }
    [JsonPropertyName("output_modalities")] public required IReadOnlyList<string> OutputModalities { get; init; }
    /// <summary>Headline prices (first-party endpoint, else the median across providers); null when no price is listed.</summary>
    [JsonPropertyName("input_price_usd_per_1m")] public decimal? InputPriceUsdPer1M { get; init; }
    [JsonPropertyName("cached_input_price_usd_per_1m")] public decimal? CachedInputPriceUsdPer1M { get; init; }
    [JsonPropertyName("output_price_usd_per_1m")] public decimal? OutputPriceUsdPer1M { get; init; }
    [JsonPropertyName("blended_price_usd_per_1m")] public decimal? BlendedPriceUsdPer1M { get; init; }
    /// <summary>input:output (or cached:input:output) weights of the blended price.</summary>
    [JsonPropertyName("blend_ratio")] public required string BlendRatio { get; init; }
    /// <summary>Every price part, the cache-aware blend and the measured self-hosting cost (<see cref="PriceDto"/>).</summary>
    [JsonPropertyName("price")] public required PriceDto Price { get; init; }
    [JsonPropertyName("reasoning")] public required bool Reasoning { get; init; }
    [JsonPropertyName("open_weights")] public required bool OpenWeights { get; init; }
    [JsonPropertyName("licence")] public required string Licence { get; init; }
    [JsonPropertyName("knowledge_cutoff")] public string? KnowledgeCutoff { get; init; }
    [JsonPropertyName("successor_slug")] public string? SuccessorSlug { get; init; }
    [JsonPropertyName("reasoning_variant_slug")] public string? ReasoningVariantSlug { get; init; }
    [JsonPropertyName("non_reasoning_variant_slug")] public string? NonReasoningVariantSlug { get; init; }
    [JsonPropertyName("last_reviewed")] public DateOnly? LastReviewed { get; init; }
    [JsonPropertyName("page_url")] public required string PageUrl { get; init; }
    [JsonPropertyName("endpoints")] public required IReadOnlyList<EndpointDto> Endpoints { get; init; }
    [JsonPropertyName("capabilities")] public required IReadOnlyList<CapabilityDto> Capabilities { get; init; }
    /// <summary>What the capability probes found, per endpoint (empty when no probe run is stored).</summary>
    [JsonPropertyName("capability_matrix")] public required CapabilityMatrixDto CapabilityMatrix { get; init; }
    [JsonPropertyName("published_scores")] public required IReadOnlyList<PublishedScoreDto> PublishedScores { get; init; }
    /// <summary>Source of each fact by catalog field name: published:&lt;url&gt;, measured:&lt;run id&gt; or user.</summary>
    [JsonPropertyName("fact_sources")] public required IReadOnlyDictionary<string, string> FactSources { get; init; }
    [JsonPropertyName("measured")] public required MeasuredDto Measured { get; init; }
    /// <summary>The configured index from the latest run of each eval (value null with a note when it cannot be given); null when no index is configured.</summary>
    [JsonPropertyName("intelligence_index")] public IndexResult? IntelligenceIndex { get; init; }
}
