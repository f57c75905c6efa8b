using System.Diagnostics;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Tests.Loopback;

namespace Yardstick.Providers.Tests.Http;

public sealed class KernelTimestampsTests
{
    private const int ReaderDelayMilliseconds = 500;

    // The kernel stamp may trail the server's clock read by the send path's own scheduling delay, which reaches tens of
    // milliseconds on two loaded cores; the bound stays far below the reader's pause, which is what the test is about.
    private const int KernelStampBoundMilliseconds = 150;

    /// <summary>
    /// Streams one event, then reads it only after a pause, and returns how long after the server sent it the event was
    /// stamped. A busy client is a late reader: this is the overhead that inflates TTFT under load.
    /// </summary>
    private static async Task<double> StampDelayMillisecondsAsync(bool kernelTimestamps)
    {
        long sentAt = 0;
        using var sent = new SemaphoreSlim(0);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Sse.StartAsync(context.Response);
            await Task.Delay(50, context.RequestAborted);
            sentAt = Stopwatch.GetTimestamp();
            await Sse.DataAsync(context.Response, Sse.Chunk(content: "late"));
            sent.Release();
            await Sse.DoneAsync(context.Response);
        });
        var provider = new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(5), kernelTimestamps),
            new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "m" });
        var ct = TestContext.Current.CancellationToken;
        await using var events = provider.StreamAsync(new CompletionRequest { Messages = [ChatMessage.User("x")] }, ct).GetAsyncEnumerator(ct);
        Assert.True(await events.MoveNextAsync()); // RequestStarted
        // ResponseStarted, after RequestWritten when the socket stream saw the write (kernel timestamps on)
        while (await events.MoveNextAsync() && events.Current is not ResponseStarted)
        {
        }
        await sent.WaitAsync(ct);
        await Task.Delay(ReaderDelayMilliseconds, ct);
        Assert.True(await events.MoveNextAsync());
        var delta = Assert.IsType<TokenDelta>(events.Current);
        return (delta.Timestamp - sentAt) * 1000.0 / Stopwatch.Frequency;
    }

    [Fact]
    public async Task With_kernel_timestamps_a_late_reader_still_stamps_the_arrival_time()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Skip("Kernel receive timestamps (SO_TIMESTAMPNS) are read on Linux only.");

        var delay = await StampDelayMillisecondsAsync(kernelTimestamps: true);

        Assert.InRange(delay, -5, KernelStampBoundMilliseconds);
    }

    [Fact]
    public async Task With_user_space_timestamps_a_late_reader_stamps_when_it_reads()
    {
        var delay = await StampDelayMillisecondsAsync(kernelTimestamps: false);

        Assert.InRange(delay, ReaderDelayMilliseconds - 5, 10_000);
    }
}
