using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Yardstick.Tests.Loopback;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that answers every POST with an OpenAI-style SSE stream on a
/// <see cref="StreamSchedule"/>. Dedicated sender threads (one by default; streams are spread over them) send every
/// chunk synchronously at its absolute deadline (arrival of the request + due time) and log the moment just before the
/// send: the bytes reach the kernel then, so the log is a reference the server adds no queueing to. Chunk frames are
/// encoded once per schedule, so serving costs one send per event (cheap enough to load the client, not itself).
/// </summary>
public sealed class ScheduledStreamServer : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Sender[] _senders;
    private int _nextSender;
    private readonly CancellationTokenSource _stopping = new();
    private readonly byte[][] _frames;
    private readonly byte[] _tail;
    private readonly ConcurrentBag<Socket> _connections = [];
    private volatile bool _stopped;

    private readonly Func<Socket, ConnectionReceiver> _receiverFor;

    /// <param name="receiverFor">
    /// How a connection's bytes are read and their arrival stamped; by default <see cref="Socket.ReceiveAsync(Memory{byte}, SocketFlags, CancellationToken)"/>
    /// and the time the read returns (the separate-process server passes the kernel's receive timestamps instead).
    /// </param>
    public ScheduledStreamServer(StreamSchedule schedule, bool logWrites = true, int senderThreads = 1, Func<Socket, ConnectionReceiver>? receiverFor = null)
    {
        _receiverFor = receiverFor ?? UserSpaceReceiver;
        Schedule = schedule;
        LogWrites = logWrites;
        (_frames, _tail) = EncodeFrames(schedule);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(4096);
        _senders = Enumerable.Range(0, senderThreads).Select(i => new Sender(this, i)).ToArray();
        _ = AcceptLoopAsync();
    }

    public StreamSchedule Schedule { get; }

    public bool LogWrites { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}/v1");

    /// <summary>Requests served, keyed by their first message's content.</summary>
    public ConcurrentDictionary<string, ServedRequest> Served { get; } = new(StringComparer.Ordinal);

    /// <summary>Chunks sent later than due by more than 1 ms (the sender thread could not keep up).</summary>
    public long LateChunks => Interlocked.Read(ref _lateChunks);

    private long _lateChunks;

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            connection.NoDelay = true;
            _connections.Add(connection);
            _ = ServeConnectionAsync(connection);
        }
    }

    private async Task ServeConnectionAsync(Socket connection)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var receive = _receiverFor(connection);
        long arrived = 0;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                int headEnd;
                while ((headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
                {
                    var (read, arrival) = await receive(buffer.AsMemory(filled), _stopping.Token);
                    if (read == 0)
                        return;
                    filled += read;
                    arrived = arrival;
                }
                var contentLength = ContentLength(Encoding.ASCII.GetString(buffer, 0, headEnd));
                var total = headEnd + 4 + contentLength;
                if (total > buffer.Length)
                    Array.Resize(ref buffer, total);
                while (filled < total)
                {
                    var (read, arrival) = await receive(buffer.AsMemory(filled), _stopping.Token);
                    if (read == 0)
                        return;
                    filled += read;
                    arrived = arrival;
                }
                var key = Key(buffer.AsSpan(headEnd + 4, contentLength));
                Buffer.BlockCopy(buffer, total, buffer, 0, filled - total);
                filled -= total;
                var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                connection.Send("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"u8);
                var sender = _senders[(Interlocked.Increment(ref _nextSender) & int.MaxValue) % _senders.Length];
                var stream = new ActiveStream(connection, key, arrived, new long[_frames.Length], finished, sender);
                sender.Enqueue(stream, arrived + Ticks(Schedule.DueSeconds(0)));
                await finished.Task;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client closed the connection or the server is stopping: nothing left to serve on it.
        }
        finally
        {
            connection.Dispose();
        }
    }

    private void Send(ActiveStream stream, long due)
    {
        var chunk = stream.NextChunk;
        var now = Stopwatch.GetTimestamp();
        if (now - due > Stopwatch.Frequency / 1000)
            Interlocked.Increment(ref _lateChunks);
        stream.Writes[chunk] = now;
        try
        {
            stream.Connection.Send(_frames[chunk]);
            if (chunk + 1 < _frames.Length)
            {
                stream.NextChunk++;
                stream.Sender.Enqueue(stream, stream.Arrived + Ticks(Schedule.DueSeconds(chunk + 1)));
                return;
            }
            stream.Connection.Send(_tail);
            if (LogWrites)
                Served[stream.Key] = new ServedRequest(stream.Arrived, stream.Writes);
            stream.Finished.TrySetResult();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            stream.Finished.TrySetException(e);
        }
    }

    private static (byte[][] Frames, byte[] Tail) EncodeFrames(StreamSchedule schedule)
    {
        var frames = new byte[schedule.Chunks][];
        var wordIndex = 0;
        for (var chunk = 0; chunk < schedule.Chunks; chunk++)
        {
            var (reasoning, answer) = schedule.Split(chunk);
            var data = SseJson.Chunk(
                content: answer > 0 ? Words(StreamSchedule.AnswerWords, ref wordIndex, answer) : null,
                reasoningContent: reasoning > 0 ? Words(StreamSchedule.ReasoningWords, ref wordIndex, reasoning) : null);
            frames[chunk] = HttpChunk($"data: {data}\n\n");
        }
        var usage = SseJson.Usage(10, schedule.TotalTokens, schedule.ReasoningTokens > 0 ? schedule.ReasoningTokens : null);
        var tail = HttpChunk($"data: {usage}\n\ndata: [DONE]\n\n").Concat("0\r\n\r\n"u8.ToArray()).ToArray();
        return (frames, tail);
    }

    private static byte[] HttpChunk(string payload)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        return [.. Encoding.ASCII.GetBytes($"{body.Length:X}\r\n"), .. body, .. "\r\n"u8];
    }

    private static string Words(IReadOnlyList<string> words, ref int index, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
            builder.Append(words[index++ % words.Count]);
        return builder.ToString();
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                return int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return 0;
    }

    private static string Key(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("messages")[0].GetProperty("content").GetString() ?? "";
    }

    private static ConnectionReceiver UserSpaceReceiver(Socket connection) => async (buffer, cancellationToken) =>
        (await connection.ReceiveAsync(buffer, SocketFlags.None, cancellationToken), Stopwatch.GetTimestamp());

    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    public async ValueTask DisposeAsync()
    {
        _stopped = true;
        await _stopping.CancelAsync();
        _listener.Dispose();
        foreach (var connection in _connections)
            connection.Dispose();
        foreach (var sender in _senders)
            sender.Join();
        _stopping.Dispose();
    }

    /// <summary>One sender thread and the deadlines of the streams it serves.</summary>
    private sealed class Sender
    {
        private readonly ScheduledStreamServer _server;
        private readonly PriorityQueue<ActiveStream, long> _due = new();
        private readonly object _gate = new();
        private readonly Thread _thread;

        public Sender(ScheduledStreamServer server, int index)
        {
            _server = server;
            _thread = new Thread(Loop) { IsBackground = true, Name = $"scheduled-sse-sender-{index}" };
            _thread.Start();
        }

        public void Enqueue(ActiveStream stream, long due)
        {
            lock (_gate)
            {
                _due.Enqueue(stream, due);
                Monitor.PulseAll(_gate);
            }
        }

        public void Join() => _thread.Join(TimeSpan.FromSeconds(2));

        private void Loop()
        {
            while (!_server._stopped)
            {
                ActiveStream? stream = null;
                long due = 0;
                lock (_gate)
                {
                    if (!_due.TryPeek(out _, out due))
                        Monitor.Wait(_gate, 50);
                    else
                    {
                        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                        if (wait > TimeSpan.FromMilliseconds(2))
                            Monitor.Wait(_gate, wait - TimeSpan.FromMilliseconds(1));
                        else if (wait <= TimeSpan.Zero)
                            stream = _due.Dequeue();
                    }
                }
                if (stream is not null)
                    _server.Send(stream, due);
                else if (!_server._stopped)
                    // Under 2 ms from the next deadline: give the cores away without sleeping past it.
                    Thread.Yield();
            }
        }
    }

    private sealed class ActiveStream(Socket connection, string key, long arrived, long[] writes, TaskCompletionSource finished, Sender sender)
    {
        public Sender Sender { get; } = sender;
        public Socket Connection { get; } = connection;
        public string Key { get; } = key;
        public long Arrived { get; } = arrived;
        public long[] Writes { get; } = writes;
        public TaskCompletionSource Finished { get; } = finished;
        public int NextChunk { get; set; }
    }
}
