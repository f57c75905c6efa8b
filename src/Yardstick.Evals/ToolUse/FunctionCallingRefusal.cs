using System.Text.Json;
using System.Text.RegularExpressions;

namespace Yardstick.Evals.ToolUse;

/// <summary>
/// Decides whether an endpoint's error to a request with tools means "function calling is not supported" (an eval
/// result of its own) rather than an ordinary failure. The structured error body decides first: OpenAI's shape
/// <c>{"error":{"message","type","param","code"}}</c> with <c>param</c> naming the tools parameters and a code saying it is
/// unsupported (serve-model: <c>unsupported_parameter</c> on <c>tools</c>). Without one, only the phrases known servers
/// use for it count (vLLM without <c>--enable-auto-tool-choice</c>, Ollama's "does not support tools", llama.cpp's
/// "tools param requires --jinja"). A mere mention of "tool" (a rejected schema in <c>tools[2]</c>, an unrelated message)
/// is not a refusal: that run fails with the error, it is not excused from a score.
/// </summary>
public static partial class FunctionCallingRefusal
{
    private static readonly HashSet<string> ToolParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "tools", "tool_choice", "functions", "function_call", "parallel_tool_calls",
    };

    private static readonly HashSet<string> UnsupportedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "unsupported_parameter", "unsupported_value", "not_supported", "unsupported", "tools_not_supported", "function_calling_not_supported",
    };

    /// <summary>True when the error (HTTP status and the provider's message, which quotes the body) says tools are unsupported.</summary>
    public static bool IsRefusal(int? httpStatus, string? errorMessage)
    {
        // A rate limit or a server that is down says nothing about what the endpoint supports; 500/501 do occur (llama.cpp).
        if (httpStatus is 429 or 502 or 503 or 504 || string.IsNullOrEmpty(errorMessage))
            return false;
        if (ErrorObject(errorMessage) is { } error)
        {
            var param = Text(error, "param");
            var code = Text(error, "code") ?? Text(error, "type");
            if (code is not null && (code.Equals("tools_not_supported", StringComparison.OrdinalIgnoreCase) || code.Equals("function_calling_not_supported", StringComparison.OrdinalIgnoreCase)))
                return true;
            if (param is not null)
                return ToolParameters.Contains(param) && (code is not null && UnsupportedCodes.Contains(code) || KnownPhrase().IsMatch(Text(error, "message") ?? ""));
            return KnownPhrase().IsMatch(Text(error, "message") ?? "");
        }
        return KnownPhrase().IsMatch(errorMessage);
    }

    // The provider's message is "HTTP 400 Bad Request: <body>"; the body is JSON from OpenAI-compatible servers.
    private static JsonElement? ErrorObject(string message)
    {
        var start = message.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(message[start..]);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            var error = root.TryGetProperty("error", out var nested) ? nested : root;
            return error.ValueKind == JsonValueKind.Object ? error.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(
        @"does\s+not\s+support\s+(tools|tool\s+use|tool\s+calling|function\s+calling|functions)\b|\b(tools|tool\s+use|tool\s+calling|function\s+calling|tool_choice|functions)\s+(is|are)\s+not\s+supported|tool\s+choice\s+requires\s+--enable-auto-tool-choice|tools\s+param\s+requires\s+--jinja",
        RegexOptions.IgnoreCase)]
    private static partial Regex KnownPhrase();
}
