using System.Globalization;
using System.Text.Json;

namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// A trace in the Mooncake JSONL format: one object per line with <c>timestamp</c> (ms from the start),
/// <c>input_length</c> and <c>output_length</c> (tokens) and <c>hash_ids</c> (one id per block of
/// <see cref="BlockTokens"/> prompt tokens, the last block partial). Blank lines are skipped; every other line that
/// cannot be replayed is kept in <see cref="Problems"/> with its number and the reason, never dropped silently.
/// Entries are ordered by timestamp (stable, so equal times keep file order).
/// </summary>
public sealed class MooncakeTrace
{
    public const int BlockTokens = 512;

    private MooncakeTrace(IReadOnlyList<TraceEntry> entries, IReadOnlyList<TraceLineProblem> problems) => (Entries, Problems) = (entries, problems);

    public IReadOnlyList<TraceEntry> Entries { get; }

    public IReadOnlyList<TraceLineProblem> Problems { get; }

    public static MooncakeTrace Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    public static MooncakeTrace Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<TraceEntry>();
        var problems = new List<TraceLineProblem>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (ParseLine(number, line, out var entry) is { } error)
                problems.Add(new TraceLineProblem(number, error));
            else
                entries.Add(entry!);
        }
        return new MooncakeTrace([.. entries.OrderBy(e => e.TimestampMilliseconds)], problems);
    }

    private static string? ParseLine(int number, string line, out TraceEntry? entry)
    {
        entry = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return $"not JSON ({e.Message})";
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return "not a JSON object";
            if (Number(root, "timestamp", out var timestamp) is { } t)
                return t;
            if (timestamp < 0)
                return "timestamp is negative";
            if (Integer(root, "input_length", out var input) is { } i)
                return i;
            if (Integer(root, "output_length", out var output) is { } o)
                return o;
            if (input < 1 || output < 1)
                return "input_length and output_length must be at least 1";
            if (!root.TryGetProperty("hash_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
                return "hash_ids is missing or not an array";
            var hashIds = new List<long>(ids.GetArrayLength());
            foreach (var id in ids.EnumerateArray())
            {
                if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var value))
                    return "hash_ids holds something that is not an integer";
                hashIds.Add(value);
            }
            var blocks = (input + BlockTokens - 1) / BlockTokens;
            if (hashIds.Count != blocks)
                return string.Create(CultureInfo.InvariantCulture,
                    $"input_length {input} is {blocks} block(s) of {BlockTokens} tokens but hash_ids has {hashIds.Count}");
            entry = new TraceEntry(number, timestamp, input, output, hashIds);
            return null;
        }
    }

    private static string? Number(JsonElement root, string name, out double value)
    {
        value = 0;
        if (!root.TryGetProperty(name, out var property))
            return $"{name} is missing";
        return property.ValueKind == JsonValueKind.Number && property.TryGetDouble(out value) && double.IsFinite(value) ? null : $"{name} is not a number";
    }

    private static string? Integer(JsonElement root, string name, out int value)
    {
        value = 0;
        if (!root.TryGetProperty(name, out var property))
            return $"{name} is missing";
        return property.ValueKind == JsonValueKind.Number && property.TryGetInt32(out value) ? null : $"{name} is not an integer";
    }
}
