using Microsoft.AspNetCore.Http;
using Yardstick.Tests.Loopback;

namespace Yardstick.Measure.Tests.Load.Capacity;

/// <summary>
/// A loopback server with a known capacity, shaped like an inference server's batch: <c>slots</c> requests are served at
/// once, each holding its slot for about <c>serviceMilliseconds</c> (first token at once, then four more spread over the
/// service time); a request arriving when every slot is busy waits in a queue for one, and that wait lands in its TTFT.
/// Up to <c>slots</c> streams nothing ever waits; from <c>slots + 1</c> on, some request always does: the knee.
/// The slot is released before the stream's end is sent, so a client starting its next request on seeing the end never
/// finds its own previous request still holding a slot.
/// </summary>
internal sealed class SlotServer : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly LoopbackServer _server;
    private int _requests;

    private SlotServer(SemaphoreSlim slots, LoopbackServer server)
    {
        _slots = slots;
        _server = server;
    }

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Requests the server has answered or begun to answer.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<SlotServer> StartAsync(int slots, int serviceMilliseconds)
    {
        var gate = new SemaphoreSlim(slots);
        SlotServer? self = null;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref self!._requests);
            await gate.WaitAsync(context.RequestAborted);
            var released = false;
            try
            {
                await Sse.StartAsync(context.Response);
                await Sse.DataAsync(context.Response, Sse.Chunk(content: " red"));
                foreach (var word in new[] { " blue", " green", " cat", " dog" })
                {
                    await Task.Delay(serviceMilliseconds / 4, context.RequestAborted);
                    await Sse.DataAsync(context.Response, Sse.Chunk(content: word));
                }
                gate.Release();
                released = true;
                await Sse.DataAsync(context.Response, Sse.Usage(10, 5));
                await Sse.DoneAsync(context.Response);
            }
            finally
            {
                if (!released)
                    gate.Release();
            }
        });
        self = new SlotServer(gate, server);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _slots.Dispose();
    }
}
