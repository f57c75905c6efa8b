using System.Diagnostics;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Recording;

/// <summary>What arrived during one request, kept raw until the stream ends. A new attempt (retry) starts over.</summary>
internal sealed class StreamCapture(DateTimeOffset startedUtc)
{
    private readonly List<TokenDelta> _deltas = [];

    public IReadOnlyList<TokenDelta> Deltas => _deltas;
    /// <summary>
    /// t0: the last attempt's RequestWritten (its first byte handed to the kernel) when the provider saw it, else its
    /// RequestStarted, or the start of recording for a provider that sends neither.
    /// </summary>
    public long T0 { get; private set; } = Stopwatch.GetTimestamp();
    public DateTimeOffset StartedUtc { get; private set; } = startedUtc;
    public int Attempts { get; private set; }
    /// <summary>Seconds from the last attempt's RequestStarted to its RequestWritten: the client's own delay in sending.</summary>
    public double? SendLagSeconds { get; private set; }
    public int? HttpStatus { get; private set; }
    public TokenUsage? Usage { get; private set; }
    public ClientTiming? ClientTiming { get; private set; }
    public string? FinishReason { get; private set; }
    public ErrorKind FailureKind { get; private set; } = ErrorKind.None;
    public string? FailureMessage { get; private set; }
    public int? FailureStatus { get; private set; }

    public void Add(CompletionEvent completionEvent, TimeProvider clock)
    {
        switch (completionEvent)
        {
            case RequestStarted started:
                Attempts++;
                T0 = started.Timestamp;
                SendLagSeconds = null;
                StartedUtc = clock.GetUtcNow();
                _deltas.Clear();
                HttpStatus = null;
                Usage = null;
                ClientTiming = null;
                FinishReason = null;
                break;
            case RequestWritten written when SendLagSeconds is null:
                SendLagSeconds = Math.Max(0, (written.Timestamp - T0) / (double)Stopwatch.Frequency);
                T0 = Math.Max(T0, written.Timestamp);
                break;
            case ResponseStarted response:
                HttpStatus = response.StatusCode;
                break;
            case TokenDelta delta when delta.HasContent || delta.HasReasoning:
                _deltas.Add(delta);
                break;
            case ClientTiming timing:
                ClientTiming = timing;
                break;
            case UsageReported usage:
                Usage = usage.Usage;
                break;
            case Finished finished:
                FinishReason = finished.FinishReason;
                break;
        }
    }

    public void Fail(ErrorKind kind, string message, int? status)
    {
        FailureKind = kind;
        FailureMessage = message;
        FailureStatus = status;
    }
}
