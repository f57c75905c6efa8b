using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yardstick.Core.Evals;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Evals;

/// <summary>
/// The files scripts read: <c>--json</c> (the summary contract) and <c>--samples</c> (one JSON line per sample:
/// <c>{prompt_id, epoch, extracted_answer, correct, correct_loose, error}</c>).
/// </summary>
internal static class EvalOutputFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static async Task WriteSummaryAsync(string path, EvalSummary summary, CancellationToken cancellationToken)
    {
        CreateFolder(path);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary, Indented) + "\n", cancellationToken);
    }

    public static async Task WriteSamplesAsync(string path, IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken)
    {
        CreateFolder(path);
        await using var writer = new StreamWriter(path);
        foreach (var sample in samples)
        {
            var line = new SampleLine(sample.PromptId, sample.Epoch, sample.ExtractedAnswer,
                sample.Succeeded ? sample.Correct ?? false : null,
                sample.Succeeded ? sample.CorrectLoose : null,
                sample.Succeeded ? null : ErrorText(sample));
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, Compact).AsMemory(), cancellationToken);
        }
    }

    private static string ErrorText(SampleRecord sample) =>
        sample.ErrorMessage is not { Length: > 0 } message ? sample.ErrorKind.ToString()
        : message.StartsWith(sample.ErrorKind.ToString(), StringComparison.Ordinal) ? message
        : $"{sample.ErrorKind}: {message}";

    private static void CreateFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    private sealed record SampleLine(
        [property: JsonPropertyName("prompt_id")] string PromptId,
        [property: JsonPropertyName("epoch")] int Epoch,
        [property: JsonPropertyName("extracted_answer")] string? ExtractedAnswer,
        [property: JsonPropertyName("correct")] bool? Correct,
        [property: JsonPropertyName("correct_loose")] bool? CorrectLoose,
        [property: JsonPropertyName("error")] string? Error);
}
