using System.Text.Json;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Datasets;

/// <summary>
/// Reads the published data files from a data folder laid out like <c>../shared/data/evals</c>
/// (<c>gsm8k/test.jsonl</c>, <c>mmlu-pro/test_*.jsonl</c>, <c>bbh/*.json</c>, …): JSON lines one by one so that a
/// broken line is reported with file and line and the rest still load.
/// </summary>
public static class DataFiles
{
    /// <summary>The path of a required file; <see cref="EvalDataException"/> naming the expected layout when absent.</summary>
    public static string Require(string? dataDirectory, string evalId, params string[] relative)
    {
        if (dataDirectory is null)
            throw new EvalDataException($"Eval {evalId} needs its data folder: pass --data-dir (a folder laid out like ../shared/data/evals) or set YARDSTICK_EVAL_DATA.");
        var path = Path.Combine([dataDirectory, .. relative]);
        if (!File.Exists(path))
            throw new EvalDataException($"Eval {evalId}: {path} not found. The data folder must be laid out like ../shared/data/evals ({string.Join('/', relative)}).");
        return path;
    }

    /// <summary>Files of a sub-folder matching a pattern, sorted by name; <see cref="EvalDataException"/> when there are none.</summary>
    public static IReadOnlyList<string> RequireAll(string? dataDirectory, string evalId, string folder, string pattern)
    {
        if (dataDirectory is null)
            throw new EvalDataException($"Eval {evalId} needs its data folder: pass --data-dir (a folder laid out like ../shared/data/evals) or set YARDSTICK_EVAL_DATA.");
        var directory = Path.Combine(dataDirectory, folder);
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
            throw new EvalDataException($"Eval {evalId}: no {pattern} files in {directory}. The data folder must be laid out like ../shared/data/evals.");
        return files;
    }

    /// <summary>Every non-empty line of a JSON-lines file (gzip-compressed when its name ends in <c>.gz</c>); line numbers are zero-based positions in the file.</summary>
    public static IEnumerable<DatasetLine> ReadJsonLines(string path)
    {
        var index = -1;
        foreach (var line in ReadLines(path))
        {
            index++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonElement value;
            string? error = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                value = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                value = default;
                error = $"not valid JSON ({e.Message})";
            }
            yield return new DatasetLine(index, value, error);
        }
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in File.ReadLines(path))
                yield return line;
            yield break;
        }
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
            yield return line;
    }

    /// <summary>Reads a whole JSON file; <see cref="EvalDataException"/> when it is not JSON.</summary>
    public static JsonElement ReadJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new EvalDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>A required string property, or a <see cref="FormatException"/> naming it.</summary>
    public static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"missing string field '{name}'");

    /// <summary>
    /// Takes items from several files in turn (first of each, then second of each…), so that <c>--limit</c> samples
    /// every category or task instead of the first file only. The order is stable for a given set of files.
    /// </summary>
    public static IReadOnlyList<T> Interleave<T>(IReadOnlyList<IReadOnlyList<T>> groups)
    {
        var result = new List<T>(groups.Sum(g => g.Count));
        var longest = groups.Count == 0 ? 0 : groups.Max(g => g.Count);
        for (var i = 0; i < longest; i++)
            foreach (var group in groups)
                if (i < group.Count)
                    result.Add(group[i]);
        return result;
    }
}
