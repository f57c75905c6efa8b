using System.Text.Json;

namespace Yardstick.Evals.Datasets;

/// <summary>One record of a data file with its zero-based position; <see cref="Error"/> set when it could not be parsed.</summary>
public sealed record DatasetLine(int Index, JsonElement Value, string? Error)
{
    public bool IsValid => Error is null;
}
