using System.Text.Json;

namespace Yardstick.Evals.IfEval;

/// <summary>One IFEval prompt: its key, text, instruction ids and each instruction's kwargs.</summary>
public sealed record IfEvalItem(int Key, string Prompt, IReadOnlyList<string> InstructionIds, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Kwargs)
{
    /// <summary>
    /// Parses one line of IFEval's <c>input_data.jsonl</c> and checks that every instruction is
    /// known and has valid arguments, so that <see cref="IfEvalGrader.Grade"/> cannot fail on it.
    /// </summary>
    /// <exception cref="FormatException">The line is not a valid IFEval item; the message says why.</exception>
    public static IfEvalItem ParseJsonLine(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"IFEval line is not valid JSON: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FormatException("IFEval line must be a JSON object.");
            var key = Property(root, "key", JsonValueKind.Number);
            if (!key.TryGetInt32(out var keyValue))
                throw new FormatException($"IFEval 'key' must be an integer, got {key.GetRawText()}.");
            var prompt = Property(root, "prompt", JsonValueKind.String).GetString()!;
            var ids = Property(root, "instruction_id_list", JsonValueKind.Array).EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.String
                    ? e.GetString()!
                    : throw new FormatException($"IFEval item {keyValue}: instruction ids must be strings, got {e.GetRawText()}."))
                .ToList();
            var kwargs = Property(root, "kwargs", JsonValueKind.Array).EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.Object
                    ? Arguments(keyValue, e)
                    : throw new FormatException($"IFEval item {keyValue}: each kwargs entry must be an object, got {e.GetRawText()}."))
                .ToList();
            var item = new IfEvalItem(keyValue, prompt, ids, kwargs);
            try
            {
                _ = item.CreateCheckers();
            }
            catch (FormatException ex)
            {
                throw new FormatException($"IFEval item {keyValue}: {ex.Message}", ex);
            }
            return item;
        }
    }

    /// <summary>One kwargs object; a repeated name is a bad line (found by the property tests), not a crash.</summary>
    private static IReadOnlyDictionary<string, JsonElement> Arguments(int key, JsonElement entry)
    {
        var arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in entry.EnumerateObject())
            if (!arguments.TryAdd(property.Name, property.Value.Clone()))
                throw new FormatException($"IFEval item {key}: kwargs repeats the argument '{property.Name}'.");
        return arguments;
    }

    /// <summary>One configured checker per instruction, in order.</summary>
    /// <exception cref="FormatException">An instruction is unknown, has bad arguments, or the kwargs count differs.</exception>
    public IReadOnlyList<IInstructionChecker> CreateCheckers()
    {
        if (InstructionIds.Count != Kwargs.Count)
            throw new FormatException($"{InstructionIds.Count} instruction ids but {Kwargs.Count} kwargs entries.");
        return [.. InstructionIds.Select((id, i) => InstructionRegistry.Create(new InstructionArguments(id, Kwargs[i])))];
    }

    private static JsonElement Property(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value))
            throw new FormatException($"IFEval line lacks '{name}'.");
        return value.ValueKind == kind
            ? value
            : throw new FormatException($"IFEval '{name}' must be a JSON {kind.ToString().ToLowerInvariant()}, got {value.GetRawText()}.");
    }
}
