using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Server;

/// <summary>Errors in OpenAI's shape: <c>{"error":{"message","type","param","code"}}</c>.</summary>
internal static class OpenAiError
{
    public static async Task WriteAsync(HttpContext context, OpenAiRequestException error)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ToJson(error), context.RequestAborted);
    }

    /// <summary>The error object as UTF-8 JSON (also sent as an SSE event when a stream fails midway).</summary>
    public static byte[] ToJson(OpenAiRequestException error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("message", error.Message);
            json.WriteString("type", error.Type);
            WriteNullable(json, "param", error.Param);
            WriteNullable(json, "code", error.Code);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>How a provider failure is reported to an HTTP client.</summary>
    public static OpenAiRequestException From(ProviderException error) => error.Kind switch
    {
        ErrorKind.ContextOverflow => new OpenAiRequestException(400, error.Message, "messages", "context_length_exceeded"),
        ErrorKind.ClientError => new OpenAiRequestException(400, error.Message),
        _ => new OpenAiRequestException(500, error.Message, code: error.Kind.ToString(), type: "server_error"),
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
