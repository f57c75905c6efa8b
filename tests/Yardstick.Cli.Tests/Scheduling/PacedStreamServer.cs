using System.Net;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Yardstick.Cli.Tests.Scheduling;

/// <summary>
/// An OpenAI-compatible chat endpoint on 127.0.0.1 that streams a fixed number of one-word chunks at a fixed pace, so a
/// scheduled run lasts long enough to kill its worker half-way; counts the requests it answered.
/// </summary>
internal sealed class PacedStreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private PacedStreamServer(WebApplication app, Uri baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public Uri BaseUrl { get; }

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<PacedStreamServer> StartAsync(int chunks, TimeSpan gap)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        PacedStreamServer? server = null;
        app.MapPost("/v1/chat/completions", async context =>
        {
            Interlocked.Increment(ref server!._requests);
            context.Response.ContentType = "text/event-stream";
            for (var i = 0; i < chunks; i++)
            {
                await context.Response.WriteAsync("""data: {"choices":[{"index":0,"delta":{"content":"word""" + i + """ "}}]}""" + "\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(gap, context.RequestAborted);
            }
            await context.Response.WriteAsync("""data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}""" + "\n\n", context.RequestAborted);
            await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Urls.First();
        server = new PacedStreamServer(app, new Uri(address.TrimEnd('/') + "/v1"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
