using System.Net.Http.Headers;
using System.Text.Json;

namespace Yardstick.Providers.Http;

/// <summary>What every streaming API request has in common: a POST of a JSON body that asks for an event stream.</summary>
internal static class StreamingRequests
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>POSTs <paramref name="body"/> to <paramref name="relativePath"/> under the base URL, with the options' extra headers.</summary>
    public static HttpRequestMessage Create(HttpProviderOptions options, string relativePath, byte[] body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, options.Endpoint(relativePath))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
        };
        message.Headers.Accept.ParseAdd("text/event-stream");
        foreach (var (name, value) in options.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    /// <summary>A JSON object written by <paramref name="writeMembers"/>, as UTF-8 bytes (written before t0 is taken).</summary>
    public static byte[] JsonObject(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            writeMembers(json);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
