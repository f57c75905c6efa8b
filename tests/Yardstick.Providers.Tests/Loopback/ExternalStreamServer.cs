using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Yardstick.Tests.Loopback;

/// <summary>
/// Runs <c>Yardstick.Bench.StreamServer</c> (the <see cref="ScheduledStreamServer"/> in a process of its own) as a child
/// process and reads back its send log. The child shares no thread pool, garbage collector or JIT with the client being
/// measured, so a client that is slow to send its request or to read its events cannot hide its delay in the reference;
/// both read CLOCK_MONOTONIC through <see cref="Stopwatch"/>, so the log's ticks compare directly with the client's.
/// The server's assembly is found beside the caller's (a project reference copies it there).
/// </summary>
public sealed class ExternalStreamServer : IAsyncDisposable
{
    private const string AssemblyName = "Yardstick.Bench.StreamServer.dll";
    private readonly Process _process;
    private readonly string _logPath;
    private bool _stopped;

    private ExternalStreamServer(Process process, Uri baseUrl, string logPath)
    {
        _process = process;
        BaseUrl = baseUrl;
        _logPath = logPath;
    }

    public Uri BaseUrl { get; }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public static async Task<ExternalStreamServer> StartAsync(StreamSchedule schedule, int senders = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var assembly = Path.Combine(AppContext.BaseDirectory, AssemblyName);
        if (!File.Exists(assembly))
            throw new FileNotFoundException("The stream server is not built beside this assembly (reference bench/Yardstick.Bench.StreamServer).", assembly);
        var logPath = Path.Combine(Path.GetTempPath(), $"yardstick-sends-{Guid.NewGuid():N}.jsonl");
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            assembly, "--log", logPath,
            "--ttft", Invariant(schedule.TtftSeconds), "--rate", Invariant(schedule.TokensPerSecond),
            "--tokens", Invariant(schedule.AnswerTokens), "--reasoning", Invariant(schedule.ReasoningTokens),
            "--tokens-per-chunk", Invariant(schedule.TokensPerChunk), "--senders", Invariant(senders),
        })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The stream server did not start.");
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false);
            if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
                throw new InvalidOperationException($"The stream server did not start: {line} {await process.StandardError.ReadToEndAsync(limit.Token).ConfigureAwait(false)}");
            var parts = line.Split(' ');
            if (long.Parse(parts[3], CultureInfo.InvariantCulture) != Stopwatch.Frequency)
                throw new InvalidOperationException("The stream server's clock runs at another frequency: its log cannot be compared.");
            return new ExternalStreamServer(process, new Uri(parts[1]), logPath);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server and returns what it served, keyed by each request's first message, and its late chunks.</summary>
    public async Task<(IReadOnlyDictionary<string, ServedRequest> Served, long LateChunks)> StopAsync(CancellationToken cancellationToken = default)
    {
        _stopped = true;
        await _process.StandardInput.WriteLineAsync("stop".AsMemory(), cancellationToken).ConfigureAwait(false);
        _process.StandardInput.Close();
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (_process.ExitCode != 0)
            throw new InvalidOperationException($"The stream server failed ({_process.ExitCode}): {await _process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)}");
        var served = new Dictionary<string, ServedRequest>(StringComparer.Ordinal);
        long late = 0;
        foreach (var line in await File.ReadAllLinesAsync(_logPath, cancellationToken).ConfigureAwait(false))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("late_chunks", out var lateChunks))
                late = lateChunks.GetInt64();
            else
                served[root.GetProperty("key").GetString()!] = new ServedRequest(root.GetProperty("arrived").GetInt64(),
                    root.GetProperty("sends").EnumerateArray().Select(e => e.GetInt64()).ToArray());
        }
        File.Delete(_logPath);
        return (served, late);
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_stopped && !_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
        if (File.Exists(_logPath))
            File.Delete(_logPath);
    }
}
