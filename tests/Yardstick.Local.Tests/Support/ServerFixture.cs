using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Yardstick.Local.Inference;
using Yardstick.Local.Server;

namespace Yardstick.Local.Tests.Support;

/// <summary>
/// A live OpenAI-compatible server on a free loopback port, over a provider with a single sequence (so that a sequence
/// not freed after a disconnect would make the next request hang) and a context long enough for a stream that outlasts
/// the client.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private string? _folder;
    private WebApplication? _app;
    private LlamaCompletionProvider? _provider;

    public Uri BaseAddress { get; private set; } = null!;
    public string ModelId => _provider!.ModelId;

    /// <summary>The in-process provider the server serves, for comparing it with the same model over HTTP.</summary>
    public LlamaCompletionProvider Provider => _provider!;
    public HttpClient Client { get; private set; } = null!;
    public CollectingLoggerProvider Log { get; } = new();
    public const int ContextTokens = 4096;

    public async ValueTask InitializeAsync()
    {
        _folder = TestModels.NewFolder();
        var path = TestModels.Write(TestModels.Small with { ContextLengthTokens = ContextTokens }, _folder);
        _provider = await LlamaCompletionProvider.OpenAsync(path, new LocalModelOptions { Threads = 2, MaxParallelSequences = 1 });
        _app = OpenAiCompatibleServer.Build(_provider, new OpenAiServerOptions { Port = 0 }, logging => logging.AddProvider(Log));
        await _app.StartAsync();
        BaseAddress = OpenAiCompatibleServer.BaseAddress(_app);
        // No draining of abandoned responses: disposing one mid-stream must close the connection, as a client that goes away does.
        Client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _provider?.Dispose();
        if (_folder is not null && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
