using System.Text.Json;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>detectable_format:json_format</c>: the whole response, once a surrounding markdown code fence
/// is removed, parses as JSON (any value, as Python's <c>json.loads</c>).
/// </summary>
public sealed class JsonFormatChecker : IInstructionChecker
{
    public const string Id = "detectable_format:json_format";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 1000 };

    public static JsonFormatChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response)
    {
        var value = PythonText.Strip(response);
        value = RemovePrefix(value, "```json");
        value = RemovePrefix(value, "```Json");
        value = RemovePrefix(value, "```JSON");
        value = RemovePrefix(value, "```");
        value = RemoveSuffix(value, "```");
        value = PythonText.Strip(value);
        try
        {
            using var document = JsonDocument.Parse(value, Options);
            return true;
        }
        catch (JsonException)
        {
            // Not JSON is the expected "instruction not followed" outcome, not an error.
            return false;
        }
    }

    private static string RemovePrefix(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;

    private static string RemoveSuffix(string value, string suffix) =>
        value.EndsWith(suffix, StringComparison.Ordinal) ? value[..^suffix.Length] : value;
}
