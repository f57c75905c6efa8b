using System.Text;
using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Server;

/// <summary>
/// Validates a chat-completion body at the edge, field by field, and rejects bad input with OpenAI's error shape and the
/// offending <c>param</c>. Features the in-process model does not have (tools, <c>response_format</c> other than text,
/// log-probabilities, images, n &gt; 1) are refused the same way, naming the field, never silently ignored: a client
/// (and Yardstick's capability probes) must be able to tell "unsupported" from "did it". Other unknown fields are
/// ignored, as llama.cpp's server does.
/// </summary>
internal static class ChatCompletionRequestParser
{
    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant"];

    public static ChatCompletionCall Parse(ReadOnlySpan<byte> body, int defaultMaxTokens)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException e)
        {
            throw new OpenAiRequestException(400, $"We could not parse the JSON body of your request: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new OpenAiRequestException(400, "The request body must be a JSON object.");

            var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()!
                : throw new OpenAiRequestException(400, "You must provide a model parameter.", "model");
            var stream = OptionalBool(root, "stream") ?? false;
            var includeUsage = false;
            if (root.TryGetProperty("stream_options", out var options) && options.ValueKind != JsonValueKind.Null)
            {
                if (!stream)
                    throw new OpenAiRequestException(400, "The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options");
                if (options.ValueKind != JsonValueKind.Object)
                    throw new OpenAiRequestException(400, "'stream_options' must be an object.", "stream_options");
                includeUsage = OptionalBool(options, "include_usage", "stream_options.include_usage") ?? false;
            }
            if (OptionalInteger(root, "n") is { } n && n != 1)
                throw new OpenAiRequestException(400, "Only n = 1 is supported.", "n");
            RejectUnsupported(root);

            var maxTokens = OptionalInteger(root, "max_completion_tokens") ?? OptionalInteger(root, "max_tokens");
            if (maxTokens is < 1)
                throw new OpenAiRequestException(400, $"max_tokens must be at least 1 (was {maxTokens}).", "max_tokens");
            var temperature = OptionalNumber(root, "temperature") ?? 1.0;
            if (temperature is < 0 or > 2)
                throw new OpenAiRequestException(400, $"temperature must be between 0 and 2 (was {temperature}).", "temperature");

            var request = new CompletionRequest
            {
                Messages = Messages(root),
                MaxTokens = maxTokens ?? defaultMaxTokens,
                Temperature = temperature,
                Seed = OptionalInteger(root, "seed"),
                Stop = Stop(root),
                IgnoreEos = OptionalBool(root, "ignore_eos") ?? false,
            };
            return new ChatCompletionCall(model, request, stream, includeUsage);
        }
    }

    private static void RejectUnsupported(JsonElement root)
    {
        if (Present(root, "tools", out var tools) && !(tools.ValueKind == JsonValueKind.Array && tools.GetArrayLength() == 0))
            throw Unsupported("tools", "This model does not support tools (function calling).");
        if (Present(root, "tool_choice", out var choice) && !(choice.ValueKind == JsonValueKind.String && choice.GetString() is "none" or "auto"))
            throw Unsupported("tool_choice", "This model does not support tools, so tool_choice can only be \"none\" or \"auto\".");
        if (Present(root, "response_format", out var format))
        {
            var type = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type != "text")
                throw Unsupported("response_format", $"response_format type '{type ?? "(none)"}' is not supported by this model; only 'text' is (no JSON mode or JSON schema).");
        }
        if (Present(root, "logprobs", out var logprobs) && logprobs.ValueKind != JsonValueKind.False)
            throw Unsupported("logprobs", "This server does not return log-probabilities.");
        if (Present(root, "top_logprobs", out _))
            throw Unsupported("top_logprobs", "This server does not return log-probabilities.");
    }

    private static bool Present(JsonElement root, string name, out JsonElement value) =>
        root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static OpenAiRequestException Unsupported(string param, string message) => new(400, message, param, "unsupported_parameter");

    private static List<ChatMessage> Messages(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            throw new OpenAiRequestException(400, "You must provide a 'messages' array.", "messages");
        if (messages.GetArrayLength() == 0)
            throw new OpenAiRequestException(400, "'messages' must contain at least one message.", "messages");
        var result = new List<ChatMessage>();
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var param = $"messages[{index++}]";
            if (message.ValueKind != JsonValueKind.Object)
                throw new OpenAiRequestException(400, $"{param} must be an object.", param);
            var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
            if (!Roles.Contains(role))
                throw new OpenAiRequestException(400, $"{param}.role must be one of system, developer, user, assistant (was '{role}').", $"{param}.role");
            result.Add(new ChatMessage(role == "developer" ? "system" : role, Content(message, $"{param}.content")));
        }
        return result;
    }

    private static string Content(JsonElement message, string param)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
            return "";
        if (content.ValueKind == JsonValueKind.String)
            return content.GetString()!;
        if (content.ValueKind != JsonValueKind.Array)
            throw new OpenAiRequestException(400, $"{param} must be a string or an array of text parts.", param);
        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var kind) && kind.ValueKind == JsonValueKind.String
                && kind.GetString() is "image_url" or "input_image" or "image")
                throw new OpenAiRequestException(400, $"{param}: image input is not supported by this model (text only).", param, "unsupported_parameter");
            if (part.ValueKind != JsonValueKind.Object
                || !part.TryGetProperty("type", out var type) || type.GetString() != "text"
                || !part.TryGetProperty("text", out var partText) || partText.ValueKind != JsonValueKind.String)
                throw new OpenAiRequestException(400, $"{param}: only text parts ({{\"type\":\"text\",\"text\":…}}) are supported by this model.", param);
            text.Append(partText.GetString());
        }
        return text.ToString();
    }

    private static List<string> Stop(JsonElement root)
    {
        if (!root.TryGetProperty("stop", out var stop) || stop.ValueKind == JsonValueKind.Null)
            return [];
        if (stop.ValueKind == JsonValueKind.String)
            return [stop.GetString()!];
        if (stop.ValueKind != JsonValueKind.Array || stop.GetArrayLength() > 4
            || stop.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
            throw new OpenAiRequestException(400, "stop must be a string or an array of up to 4 strings.", "stop");
        return stop.EnumerateArray().Select(s => s.GetString()!).ToList();
    }

    private static bool? OptionalBool(JsonElement parent, string name, string? param = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new OpenAiRequestException(400, $"{param ?? name} must be a boolean.", param ?? name),
        };
    }

    private static int? OptionalInteger(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new OpenAiRequestException(400, $"{name} must be an integer.", name);
    }

    private static double? OptionalNumber(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new OpenAiRequestException(400, $"{name} must be a number.", name);
    }
}
