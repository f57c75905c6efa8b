namespace Yardstick.Scheduling.Plans;

/// <summary>One endpoint of a plan. The key is named by its environment variable, never written in the plan.</summary>
public sealed record PlanEndpoint
{
    public required string Name { get; init; }
    /// <summary><c>openai-chat</c>, <c>anthropic</c> or <c>gguf</c> (<see cref="PlanApiStyles"/>).</summary>
    public required string ApiStyle { get; init; }
    /// <summary>HTTP base URL; null for <c>gguf</c>.</summary>
    public Uri? BaseUrl { get; init; }
    /// <summary>The GGUF file run in-process (api_style gguf).</summary>
    public string? GgufPath { get; init; }
    /// <summary>Model id sent to the endpoint (for gguf, a label; the file's name when absent).</summary>
    public required string Model { get; init; }
    /// <summary>Catalog slug the figures belong to (checked against the catalog in the database).</summary>
    public required string ModelSlug { get; init; }
    public string? ApiKeyEnv { get; init; }
    public PlanHardware? Hardware { get; init; }
    /// <summary>Where the endpoint runs (a region label), for the record; workers carry their own location.</summary>
    public string? Location { get; init; }
}
