namespace Yardstick.Storage.Entities;

/// <summary>A run row (see Core.Runs.RunRecord).</summary>
public sealed class RunEntity
{
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public string? ModelSlug { get; set; }
    public string? EndpointId { get; set; }
    public required string ApiStyle { get; set; }
    public required string BaseUrl { get; set; }
    public required string ModelId { get; set; }
    public required string Task { get; set; }
    public string? TaskVersion { get; set; }
    public required string ConfigurationJson { get; set; }
    public required string YardstickVersion { get; set; }
    public string? Host { get; set; }
    public DateTimeOffset StartedUtc { get; set; }
    public DateTimeOffset? FinishedUtc { get; set; }
    public required string Status { get; set; }
    public string? SummaryJson { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresUtc { get; set; }
    public string? FailureReason { get; set; }
    public List<SampleEntity> Samples { get; set; } = [];
}
