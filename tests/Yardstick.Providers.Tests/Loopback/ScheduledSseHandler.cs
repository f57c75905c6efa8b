using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Yardstick.Tests.Loopback;

/// <summary>
/// Streams OpenAI-style chunks on a <see cref="StreamSchedule"/> against absolute deadlines from the request's arrival
/// (lateness never accumulates), and logs, per request, the <see cref="Stopwatch"/> timestamp just before each chunk is
/// written: the reference a measuring client in the same process is compared with. Requests are keyed by their first
/// message's content.
/// </summary>
public sealed class ScheduledSseHandler(StreamSchedule schedule)
{
    public ConcurrentDictionary<string, ServedRequest> Served { get; } = new(StringComparer.Ordinal);

    public StreamSchedule Schedule { get; } = schedule;

    public async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var key = await ReadKeyAsync(context.Request);
        var writes = new long[Schedule.Chunks];
        await Sse.StartAsync(context.Response);
        var wordIndex = 0;
        for (var chunk = 0; chunk < Schedule.Chunks; chunk++)
        {
            var due = arrived + (long)(Schedule.DueSeconds(chunk) * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, context.RequestAborted);
            var (reasoning, answer) = Schedule.Split(chunk);
            var data = Sse.Chunk(
                content: answer > 0 ? Words(StreamSchedule.AnswerWords, ref wordIndex, answer) : null,
                reasoningContent: reasoning > 0 ? Words(StreamSchedule.ReasoningWords, ref wordIndex, reasoning) : null);
            var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
            writes[chunk] = Stopwatch.GetTimestamp();
            await Sse.RawAsync(context.Response, bytes);
        }
        Served[key] = new ServedRequest(arrived, writes);
        var usage = Sse.Usage(10, Schedule.TotalTokens, Schedule.ReasoningTokens > 0 ? Schedule.ReasoningTokens : null);
        await Sse.RawAsync(context.Response, Encoding.UTF8.GetBytes($"data: {usage}\n\ndata: [DONE]\n\n"));
    }

    private static string Words(IReadOnlyList<string> words, ref int index, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
            builder.Append(words[index++ % words.Count]);
        return builder.ToString();
    }

    private static async Task<string> ReadKeyAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.GetProperty("messages")[0].GetProperty("content").GetString() ?? "";
    }
}
