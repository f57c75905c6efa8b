using Yardstick.Core.Pricing;

namespace Yardstick.Core.Catalog;

/// <summary>A model and its facts, as the catalog states them, each fact with its source.</summary>
public sealed record ModelCard
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Creator { get; init; }
    public string? Description { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    /// <summary>Total parameters in billions; null when the creator does not publish it.</summary>
    public double? ParametersTotalB { get; init; }
    /// <summary>Active parameters per token in billions (mixture-of-experts); equals total for dense models.</summary>
    public double? ParametersActiveB { get; init; }
    public long? ContextWindowTokens { get; init; }
    public long? MaxOutputTokens { get; init; }
    public required Modalities Modalities { get; init; }
    public required string Licence { get; init; }
    public required bool OpenWeights { get; init; }
    /// <summary>Knowledge cutoff as the creator states it: <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public string? KnowledgeCutoff { get; init; }
    public required bool Reasoning { get; init; }
    /// <summary>The reasoning variant of this model, when this one is the non-reasoning one.</summary>
    public string? ReasoningVariantSlug { get; init; }
    /// <summary>The non-reasoning variant of this model, when this one is the reasoning one.</summary>
    public string? NonReasoningVariantSlug { get; init; }
    /// <summary>A newer model that replaces this one.</summary>
    public string? SuccessorSlug { get; init; }
    public IReadOnlyList<CapabilityClaim> Capabilities { get; init; } = [];
    public IReadOnlyList<PublishedScore> PublishedScores { get; init; } = [];
    public IReadOnlyList<EndpointCard> Endpoints { get; init; } = [];
    /// <summary>Source of each fact by field name (catalog field names, e.g. <c>release_date</c>).</summary>
    public required IReadOnlyDictionary<string, FactSource> FactSources { get; init; }
    /// <summary>The catalog file this card was read from (relative path), for error messages and "last reviewed".</summary>
    public string? CatalogFile { get; init; }
    public DateOnly? LastReviewed { get; init; }
    /// <summary>
    /// A demo model (catalog <c>demo: true</c>): random weights that exercise the pipeline, whose scores are noise. A demo
    /// model is never a peer of a real model, nor offered to compare with one; demo models are peers of each other.
    /// </summary>
    public bool Demo { get; init; }

    /// <summary>The source of a fact: its own entry, else the card's default.</summary>
    public FactSource? SourceOf(string field) =>
        FactSources.TryGetValue(field, out var source) ? source : FactSources.GetValueOrDefault("default");

    /// <summary>A model's headline price: its first-party endpoint, else the median across its providers.</summary>
    public TokenPrice? HeadlinePrice => HeadlinePriceRule.Select(Endpoints);
}
