using System.Diagnostics;

namespace Yardstick.Providers.Http;

/// <summary>
/// Wraps a response body and notes when the bytes of each read arrived, before any parsing: an SSE event is stamped with
/// the arrival of the read that completed it, so parsing work and several events arriving in one read never delay or
/// spread its timestamp. The arrival is the kernel's receive timestamp when the connection has one (the request's
/// <see cref="ArrivalRecord"/>, filled by the socket read that ran inside this read or earlier for bytes the HTTP layer
/// had buffered), else <see cref="Stopwatch.GetTimestamp"/> as the read returns.
/// </summary>
internal sealed class ArrivalTimestampingStream(Stream inner, ArrivalRecord arrivals, Action onBytes) : Stream
{
    public long LastArrivalTimestamp { get; private set; }

    public long BytesRead { get; private set; }

    /// <summary>Reads that carried a kernel arrival time, and the sum and largest of (read returned − arrival), in ticks.</summary>
    private long _lagReads, _lagSum, _lagMax;

    public double? ReadLagMeanSeconds => _lagReads > 0 ? _lagSum / (double)_lagReads / Stopwatch.Frequency : null;

    public double? ReadLagMaxSeconds => _lagReads > 0 ? _lagMax / (double)Stopwatch.Frequency : null;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ArrivalRecord.Current = arrivals;
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Arrived(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        ArrivalRecord.Current = arrivals;
        var read = inner.Read(buffer, offset, count);
        Arrived(read);
        return read;
    }

    private void Arrived(int read)
    {
        if (read <= 0)
            return;
        LastArrivalTimestamp = arrivals.ArrivalOrNow();
        if (arrivals.HasKernelTimestamp)
        {
            var lag = Math.Max(0, Stopwatch.GetTimestamp() - LastArrivalTimestamp);
            _lagReads++;
            _lagSum += lag;
            _lagMax = Math.Max(_lagMax, lag);
        }
        BytesRead += read;
        onBytes();
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}
