using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Yardstick.Providers.Http;

/// <summary>
/// A socket stream that asks Linux to timestamp every received packet (<c>SO_TIMESTAMPNS</c>) and reads with
/// <c>recvmsg</c>, so that each read knows when its last bytes reached the machine, not when a busy thread pool got round
/// to the read. Under load (hundreds of streams on two cores) user-space timestamps lag arrival by milliseconds; kernel
/// timestamps do not. The arrival is converted to <see cref="Stopwatch"/> ticks and handed to the request's
/// <see cref="ArrivalRecord"/>. Where the option is unavailable, <see cref="TryCreate"/> returns null and the caller
/// falls back to a plain <see cref="NetworkStream"/> and user-space timestamps.
/// </summary>
internal sealed partial class KernelTimestampedSocketStream : Stream
{
    private const int SolSocket = 1;
    private const int SoTimestampNs = 35;
    private const int MsgDontWait = 0x40;
    private const int EAgain = 11;
    private const int EIntr = 4;
    private const int ControlBytes = 64;
    private readonly Socket _socket;
    private bool _drained;

    private KernelTimestampedSocketStream(Socket socket) => _socket = socket;

    public static Stream? TryCreate(Socket socket)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            socket.SetRawSocketOption(SolSocket, SoTimestampNs, BitConverter.GetBytes(1));
            return new KernelTimestampedSocketStream(socket);
        }
        catch (SocketException)
        {
            // The kernel refused the option: measure in user space instead.
            return null;
        }
    }

    public override bool CanRead => true;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            // As NetworkStream does: HttpClient recognises a dead pooled connection by an IOException.
            throw new IOException($"Unable to read data from the transport connection: {e.Message}", e);
        }
    }

    private async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.IsEmpty)
        {
            // A zero-byte read waits for data without consuming it (the connection pool's liveness check), as on NetworkStream.
            await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        var record = ArrivalRecord.Current;
        // A stream's reads usually drain the socket, and the next event is not there yet when the next read starts: then
        // wait first instead of paying for a recvmsg that can only say EAGAIN (one syscall of three saved per event).
        if (_drained)
            await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var read = TryReceive(buffer.Span, out var arrival);
            if (read >= 0)
            {
                if (read > 0 && arrival is { } stamp)
                    record?.Arrived(stamp);
                _drained = read < buffer.Length;
                return read;
            }
            // Nothing buffered: a zero-byte receive completes when data (or the end of the stream) arrives.
            await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => SendAllAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        SendAllAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => SendAllAsync(buffer.AsMemory(offset, count), default).AsTask().GetAwaiter().GetResult();

    private async ValueTask SendAllAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        // The request's t0: taken here, as the bytes go to the kernel, so that however long the client took to get from
        // issuing the request to writing it (a busy thread pool, the connection pool) none of it lands in TTFT.
        ArrivalRecord.Current?.Writing(Stopwatch.GetTimestamp());
        try
        {
            while (!buffer.IsEmpty)
                buffer = buffer[await _socket.SendAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false)..];
        }
        catch (SocketException e)
        {
            throw new IOException($"Unable to write data to the transport connection: {e.Message}", e);
        }
    }

    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _socket.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Bytes read (0 at the end of the stream), or -1 when none are ready yet.</summary>
    private unsafe int TryReceive(Span<byte> buffer, out long? arrival)
    {
        arrival = null;
        var handle = _socket.SafeHandle;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var control = stackalloc byte[ControlBytes];
            fixed (byte* data = buffer)
            {
                var vector = new IoVector { Base = data, Length = (nuint)buffer.Length };
                var message = new MessageHeader { Vector = &vector, VectorLength = 1, Control = control, ControlLength = ControlBytes };
                nint result;
                int error;
                do
                {
                    result = ReceiveMessage(handle.DangerousGetHandle(), &message, MsgDontWait);
                    error = result < 0 ? Marshal.GetLastPInvokeError() : 0;
                }
                while (result < 0 && error == EIntr);
                if (result < 0)
                {
                    if (error == EAgain)
                        return -1;
                    throw new SocketException((int)ToSocketError(error));
                }
                arrival = KernelArrival(control, (int)message.ControlLength);
                return (int)result;
            }
        }
        finally
        {
            if (added)
                handle.DangerousRelease();
        }
    }

    private static unsafe long? KernelArrival(byte* control, int length)
    {
        // struct cmsghdr { size_t len; int level; int type; } then the data, 8-byte aligned on 64-bit Linux.
        var offset = 0;
        while (offset + 16 <= length)
        {
            var cmsgLength = (int)*(nuint*)(control + offset);
            var level = *(int*)(control + offset + 8);
            var type = *(int*)(control + offset + 12);
            if (cmsgLength < 16)
                break;
            if (level == SolSocket && type == SoTimestampNs && cmsgLength >= 32)
            {
                var seconds = *(long*)(control + offset + 16);
                var nanoseconds = *(long*)(control + offset + 24);
                return ToStopwatch(seconds, nanoseconds);
            }
            offset += (cmsgLength + 7) & ~7;
        }
        return null;
    }

    /// <summary>Realtime (kernel) to Stopwatch ticks: now on the monotonic clock minus how long ago the packet came.</summary>
    private static long? ToStopwatch(long seconds, long nanoseconds)
    {
        var (nowMonotonic, nowUtcTicks) = ClockPair();
        var nowUnixTicks = nowUtcTicks - DateTime.UnixEpoch.Ticks;
        var packetUnixTicks = seconds * TimeSpan.TicksPerSecond + nanoseconds / 100;
        var agoTicks = nowUnixTicks - packetUnixTicks;
        if (agoTicks < 0)
            return nowMonotonic;
        if (agoTicks > TimeSpan.TicksPerMinute)
            return null; // A clock step between the two readings: trust user space for this read.
        return nowMonotonic - (long)(agoTicks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));
    }

    /// <summary>
    /// The monotonic and realtime clocks read at (nearly) the same moment: a thread preempted between the two readings
    /// (milliseconds on a loaded machine) would shift every arrival by that much, so the pair is read between two
    /// monotonic readings and retried while they are more than 20 µs apart; the monotonic time is their midpoint.
    /// </summary>
    private static (long Monotonic, long UtcTicks) ClockPair()
    {
        var limit = Stopwatch.Frequency / 50_000;
        long before, after, utc;
        var attempts = 0;
        do
        {
            before = Stopwatch.GetTimestamp();
            utc = DateTime.UtcNow.Ticks;
            after = Stopwatch.GetTimestamp();
        }
        while (after - before > limit && ++attempts < 4);
        return (before + (after - before) / 2, utc);
    }

    private static SocketError ToSocketError(int errno) => errno switch
    {
        104 => SocketError.ConnectionReset,
        32 => SocketError.Shutdown,
        103 => SocketError.ConnectionAborted,
        110 => SocketError.TimedOut,
        107 => SocketError.NotConnected,
        _ => SocketError.SocketError,
    };

    [LibraryImport("libc", EntryPoint = "recvmsg", SetLastError = true)]
    private static unsafe partial nint ReceiveMessage(nint socket, MessageHeader* message, int flags);

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct IoVector
    {
        public byte* Base;
        public nuint Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct MessageHeader
    {
        public void* Name;
        public uint NameLength;
        public IoVector* Vector;
        public nuint VectorLength;
        public byte* Control;
        public nuint ControlLength;
        public int Flags;
    }
}
