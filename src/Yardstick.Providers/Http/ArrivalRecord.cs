using System.Diagnostics;

namespace Yardstick.Providers.Http;

/// <summary>
/// The kernel's arrival time of the bytes most recently read from the socket on behalf of one request, in
/// <see cref="Stopwatch"/> ticks. The request's code places it in <see cref="Current"/> before every read it starts;
/// the socket stream (<see cref="KernelTimestampedSocketStream"/>) runs inside that read and fills it in.
/// </summary>
internal sealed class ArrivalRecord
{
    private static readonly AsyncLocal<ArrivalRecord?> CurrentRecord = new();

    public static ArrivalRecord? Current
    {
        get => CurrentRecord.Value;
        set => CurrentRecord.Value = value;
    }

    private long _timestamp;
    private int _updates;
    private long _written;

    /// <summary>When the request's first byte was handed to the kernel (Stopwatch ticks); 0 until then.</summary>
    public long WrittenTimestamp => Volatile.Read(ref _written);

    /// <summary>Called by the socket stream just before each write; only the first (the request's start) is kept.</summary>
    public void Writing(long stopwatchTimestamp) => Interlocked.CompareExchange(ref _written, stopwatchTimestamp, 0);

    /// <summary>True once a socket read for this request carried a kernel timestamp.</summary>
    public bool HasKernelTimestamp => Volatile.Read(ref _updates) > 0;

    public long Timestamp => Volatile.Read(ref _timestamp);

    public void Arrived(long stopwatchTimestamp)
    {
        // Bytes read later cannot have arrived earlier: the realtime-to-monotonic conversion jitters by a microsecond,
        // so a later read is never allowed to go back in time.
        var previous = Volatile.Read(ref _timestamp);
        Volatile.Write(ref _timestamp, Math.Max(previous, stopwatchTimestamp));
        Interlocked.Increment(ref _updates);
    }

    /// <summary>The kernel arrival when one is known, else now (user space, after the read returned).</summary>
    public long ArrivalOrNow() => HasKernelTimestamp ? Timestamp : Stopwatch.GetTimestamp();
}
