namespace Yardstick.Storage.Entities;

/// <summary>A catalog model row; facts as columns, their sources in <see cref="FactSources"/>.</summary>
public sealed class ModelEntity
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Creator { get; set; }
    public string? Description { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public double? ParametersTotalB { get; set; }
    public double? ParametersActiveB { get; set; }
    public long? ContextWindowTokens { get; set; }
    public long? MaxOutputTokens { get; set; }
    /// <summary>Comma-separated modality words (text,image).</summary>
    public required string InputModalities { get; set; }
    public required string OutputModalities { get; set; }
    public required string Licence { get; set; }
    public bool OpenWeights { get; set; }
    public string? KnowledgeCutoff { get; set; }
    public bool Reasoning { get; set; }
    /// <summary>Catalog <c>demo: true</c>: a random-weight model kept out of real models' peers.</summary>
    public bool Demo { get; set; }
    public string? ReasoningVariantSlug { get; set; }
    public string? NonReasoningVariantSlug { get; set; }
    public string? SuccessorSlug { get; set; }
    public string? CatalogFile { get; set; }
    public DateOnly? LastReviewed { get; set; }
    public List<FactSourceEntity> FactSources { get; set; } = [];
    public List<CapabilityEntity> Capabilities { get; set; } = [];
    public List<PublishedScoreEntity> PublishedScores { get; set; } = [];
    public List<EndpointEntity> Endpoints { get; set; } = [];
}
