namespace Yardstick.Tests.Loopback;

/// <summary>Reads a connection's next bytes into the buffer: how many (0 at its end) and when they arrived, in Stopwatch ticks.</summary>
public delegate ValueTask<(int Read, long ArrivalTimestamp)> ConnectionReceiver(Memory<byte> buffer, CancellationToken cancellationToken);
