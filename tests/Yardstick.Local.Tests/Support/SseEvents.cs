namespace Yardstick.Local.Tests.Support;

/// <summary>Reads the <c>data:</c> payloads of a server-sent-events response.</summary>
internal static class SseEvents
{
    public static async Task<List<string>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var events = new List<string>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                events.Add(line["data: ".Length..]);
        return events;
    }
}
