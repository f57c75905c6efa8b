using System.Diagnostics;
using Yardstick.Local.Tiny;

namespace Yardstick.Cli.Tests;

/// <summary>`yardstick serve-model` on the generated tiny model, started once for a test class and stopped after it.</summary>
public sealed class ModelServerFixture : IAsyncLifetime
{
    public const string ModelId = "yardstick-tiny";

    private Process? _server;

    public Uri BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("yardstick-serve-model-").FullName, "tiny.gguf");
        await TinyModel.EnsureAsync(path);
        (_server, BaseUrl) = await CliProcess.StartServingAsync(["serve-model", "--gguf", path, "--port", "0", "--model-id", ModelId]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
            return;
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
    }
}
