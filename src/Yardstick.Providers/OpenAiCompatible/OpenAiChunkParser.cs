using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.OpenAiCompatible;

/// <summary>
/// Parses one <c>chat.completion.chunk</c> straight from its UTF-8 bytes with <see cref="Utf8JsonReader"/> (no DOM, one
/// pass): the first choice's <c>delta.content</c>, <c>delta.reasoning_content</c> or <c>delta.reasoning</c>, its
/// <c>delta.tool_calls</c> fragments, <c>finish_reason</c>, <c>usage</c> (with reasoning and cached token details) and a streamed <c>error</c>.
/// </summary>
internal static class OpenAiChunkParser
{
    private static ReadOnlySpan<byte> DoneMarker => "[DONE]"u8;

    public static StreamChunk Parse(ReadOnlySpan<byte> data, long timestamp)
    {
        if (!Utf8.IsValid(data))
            return new StreamChunk(timestamp) { Error = new ProviderException(ErrorKind.InvalidUtf8, "An event's data is not valid UTF-8.") };
        var trimmed = data.Trim(" \t\r\n"u8);
        if (trimmed.SequenceEqual(DoneMarker))
            return new StreamChunk(timestamp) { Done = true };
        try
        {
            return ParseJson(trimmed, timestamp);
        }
        catch (JsonException e)
        {
            return new StreamChunk(timestamp) { Error = Malformed(trimmed, e.Message) };
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader reports a value of the wrong type (a number where a string belongs) this way.
            return new StreamChunk(timestamp) { Error = Malformed(trimmed, e.Message) };
        }
    }

    private static StreamChunk ParseJson(ReadOnlySpan<byte> json, long timestamp)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return new StreamChunk(timestamp) { Error = Malformed(json, "not a JSON object") };
        var chunk = new StreamChunk(timestamp);
        var sawChoices = false;
        var choiceCount = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                reader.Read();
                sawChoices = true;
                if (reader.TokenType == JsonTokenType.Null)
                    continue;
                Expect(ref reader, JsonTokenType.StartArray);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    chunk = choiceCount == 0 ? ReadChoice(ref reader, chunk) : SkipValue(ref reader, chunk);
                    choiceCount++;
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                    chunk = chunk with { Usage = ReadUsage(ref reader) };
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                chunk = chunk with { Error = ReadError(ref reader) };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            return new StreamChunk(timestamp) { Error = Malformed(json, "the object does not end") };
        if (sawChoices && choiceCount == 0 && chunk.Usage is null && chunk.Error is null)
            chunk = chunk with { EmptyChoices = true };
        return chunk;
    }

    private static StreamChunk ReadChoice(ref Utf8JsonReader reader, StreamChunk chunk)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("delta"u8) || reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                    continue;
                Expect(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("content"u8))
                    {
                        reader.Read();
                        chunk = chunk with { Content = Concat(chunk.Content, reader.GetString()) };
                    }
                    else if (reader.ValueTextEquals("tool_calls"u8))
                    {
                        reader.Read();
                        chunk = chunk with { ToolCalls = [.. chunk.ToolCalls, .. ReadToolCalls(ref reader)] };
                    }
                    else if (reader.ValueTextEquals("reasoning_content"u8) || reader.ValueTextEquals("reasoning"u8))
                    {
                        reader.Read();
                        // Some servers send both fields with the same text; the first non-empty one wins.
                        var reasoning = reader.GetString();
                        if (string.IsNullOrEmpty(chunk.Reasoning))
                            chunk = chunk with { Reasoning = reasoning };
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                reader.Read();
                chunk = chunk with { FinishReason = reader.TokenType == JsonTokenType.String ? reader.GetString() : chunk.FinishReason };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return chunk;
    }

    // Elements without an index (not OpenAI's shape) are skipped rather than failing the stream: the text still counts.
    private static List<ToolCallFragment> ReadToolCalls(ref Utf8JsonReader reader)
    {
        var fragments = new List<ToolCallFragment>();
        if (reader.TokenType == JsonTokenType.Null)
            return fragments;
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            int? index = null;
            string? id = null, name = null, arguments = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("index"u8))
                    index = ReadInt(ref reader);
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("function"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var isName = reader.ValueTextEquals("name"u8);
                        var isArguments = reader.ValueTextEquals("arguments"u8);
                        reader.Read();
                        if (isName && reader.TokenType == JsonTokenType.String)
                            name = reader.GetString();
                        else if (isArguments && reader.TokenType == JsonTokenType.String)
                            arguments = reader.GetString();
                        else
                            reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (index is { } i)
                fragments.Add(new ToolCallFragment(i, id, name, arguments));
        }
        return fragments;
    }

    private static TokenUsage ReadUsage(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        int? prompt = null, completion = null, reasoning = null, cached = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("prompt_tokens"u8) || reader.ValueTextEquals("input_tokens"u8))
                prompt = ReadInt(ref reader);
            else if (reader.ValueTextEquals("completion_tokens"u8) || reader.ValueTextEquals("output_tokens"u8))
                completion = ReadInt(ref reader);
            else if (reader.ValueTextEquals("completion_tokens_details"u8))
                reasoning = ReadNestedInt(ref reader, "reasoning_tokens"u8) ?? reasoning;
            else if (reader.ValueTextEquals("prompt_tokens_details"u8))
                cached = ReadNestedInt(ref reader, "cached_tokens"u8) ?? cached;
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new TokenUsage(prompt, completion, reasoning, cached);
    }

    private static int? ReadNestedInt(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        Expect(ref reader, JsonTokenType.StartObject);
        int? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name))
                value = ReadInt(ref reader);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return value;
    }

    private static int? ReadInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : null;
    }

    private static ProviderException ReadError(ref Utf8JsonReader reader)
    {
        string? message = null;
        int? code = null;
        if (reader.TokenType == JsonTokenType.String)
            message = reader.GetString();
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    message = reader.TokenType == JsonTokenType.String ? reader.GetString() : message;
                }
                else if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    code = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var c) ? c : code;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        else
            reader.Skip();
        var kind = code switch { 429 => ErrorKind.RateLimited, >= 400 and < 500 => ErrorKind.ClientError, _ => ErrorKind.ServerError };
        return new ProviderException(kind, $"The server streamed an error: {message ?? "(no message)"}", code);
    }

    private static StreamChunk SkipValue(ref Utf8JsonReader reader, StreamChunk chunk)
    {
        reader.Skip();
        return chunk;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
            throw new JsonException($"Expected {type} but found {reader.TokenType}.");
    }

    private static string? Concat(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? second : string.IsNullOrEmpty(second) ? first : first + second;

    private static ProviderException Malformed(ReadOnlySpan<byte> json, string reason)
    {
        var preview = Encoding.UTF8.GetString(json[..Math.Min(json.Length, 200)]);
        return new ProviderException(ErrorKind.MalformedEvent, $"Malformed event ({reason}): {preview}");
    }
}
