using System.Net.Sockets;
using Yardstick.Providers.Http;
using Yardstick.Tests.Loopback;

namespace Yardstick.Bench.StreamServer;

/// <summary>
/// Reads a connection through the measuring client's own <see cref="KernelTimestampedSocketStream"/>, so that a
/// request's arrival is when the kernel received its bytes, not when this process's thread pool got round to the read:
/// on a loaded machine the server's own read lag would otherwise count as the client's error. Falls back to the time the
/// read returns where the kernel refuses the option.
/// </summary>
internal static class KernelArrivalReceiver
{
    public static ConnectionReceiver For(Socket connection)
    {
        var stream = KernelTimestampedSocketStream.TryCreate(connection);
        if (stream is null)
            return async (buffer, cancellationToken) => (await connection.ReceiveAsync(buffer, SocketFlags.None, cancellationToken), System.Diagnostics.Stopwatch.GetTimestamp());
        var arrivals = new ArrivalRecord();
        return async (buffer, cancellationToken) =>
        {
            ArrivalRecord.Current = arrivals;
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return (read, arrivals.ArrivalOrNow());
        };
    }
}
