using System.Text.Json;

namespace Yardstick.Evals.IfEval;

/// <summary>
/// The kwargs of one instruction, read with the types the official checker expects. A missing or
/// mistyped argument is a <see cref="FormatException"/> naming the instruction and the argument.
/// </summary>
public sealed class InstructionArguments(string instructionId, IReadOnlyDictionary<string, JsonElement> values)
{
    public string InstructionId { get; } = instructionId;

    public int GetInt(string name)
    {
        var value = Get(name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        throw Error(name, "an integer", value);
    }

    public string GetString(string name)
    {
        var value = Get(name);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(name, "a string", value);
    }

    public IReadOnlyList<string> GetStringList(string name)
    {
        var value = Get(name);
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw Error(name, "a list of strings", value);
        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    public ComparisonRelation GetRelation(string name) => GetString(name) switch
    {
        "less than" => ComparisonRelation.LessThan,
        "at least" => ComparisonRelation.AtLeast,
        var other => throw new FormatException(
            $"IFEval instruction '{InstructionId}': argument '{name}' must be \"less than\" or \"at least\", got \"{other}\"."),
    };

    private JsonElement Get(string name) =>
        values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"IFEval instruction '{InstructionId}' needs argument '{name}'.");

    private FormatException Error(string name, string expected, JsonElement actual) =>
        new($"IFEval instruction '{InstructionId}': argument '{name}' must be {expected}, got {actual.GetRawText()}.");
}
