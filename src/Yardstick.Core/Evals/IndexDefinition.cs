using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// A named, versioned weight table: the index is the weighted mean of its components' scores on a 0–100 scale.
/// Published figures carry <see cref="Name"/> and <see cref="Version"/>, so a change of weights is a new version.
/// </summary>
public sealed record IndexDefinition
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("components")] public required IReadOnlyList<IndexComponent> Components { get; init; }
    /// <summary>Categories with fixed shares of the weight; empty for a flat table (v1).</summary>
    [JsonPropertyName("categories")] public IReadOnlyList<IndexCategory> Categories { get; init; } = [];
    [JsonPropertyName("estimation")] public IndexEstimationRule Estimation { get; init; } = new();
    /// <summary>
    /// The older definition a page shows for a model that has no figure under this one (runs from before this version):
    /// each figure then names the version it is (<see cref="IndexResult.Version"/>). Not part of the weight table's file.
    /// </summary>
    [JsonIgnore] public IndexDefinition? Fallback { get; init; }

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses and validates a weight table; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static IndexDefinition Parse(string json)
    {
        IndexDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<IndexDefinition>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Index definition is not valid JSON: {e.Message}", e);
        }
        if (definition is null)
            throw new FormatException("Index definition is empty.");
        definition.Validate();
        return definition;
    }

    private void Validate()
    {
        if (Components.Count == 0)
            throw new FormatException($"Index {Name} v{Version} has no components.");
        if (Components.Any(c => c.Weight <= 0 || double.IsNaN(c.Weight)))
            throw new FormatException($"Index {Name} v{Version}: every weight must be positive.");
        var duplicate = Components.GroupBy(c => c.Eval, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FormatException($"Index {Name} v{Version}: eval '{duplicate.Key}' appears twice.");
        var total = Components.Sum(c => c.Weight);
        if (Math.Abs(total - 1) > 1e-9)
            throw new FormatException($"Index {Name} v{Version}: weights sum to {total}, not 1.");
        foreach (var category in Categories)
        {
            var inCategory = Components.Where(c => c.Category == category.Name).Sum(c => c.Weight);
            if (Math.Abs(inCategory - category.Weight) > 1e-9)
                throw new FormatException($"Index {Name} v{Version}: the evals of '{category.Name}' weigh {inCategory}, not the category's {category.Weight}.");
        }
        if (Categories.Count > 0 && Components.FirstOrDefault(c => Categories.All(k => k.Name != c.Category)) is { } orphan)
            throw new FormatException($"Index {Name} v{Version}: eval '{orphan.Eval}' has no category of the definition.");
    }
}
