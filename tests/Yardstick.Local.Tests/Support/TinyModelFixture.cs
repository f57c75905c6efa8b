using Yardstick.Local.Inference;

namespace Yardstick.Local.Tests.Support;

/// <summary>One small generated model, loaded once for the whole test assembly.</summary>
public sealed class TinyModelFixture : IAsyncLifetime
{
    private string? _folder;

    public string ModelPath { get; private set; } = "";
    public LlamaCompletionProvider Provider { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _folder = TestModels.NewFolder();
        ModelPath = TestModels.Write(TestModels.Small, _folder);
        Provider = await LlamaCompletionProvider.OpenAsync(ModelPath, new LocalModelOptions { Threads = 2, MaxParallelSequences = 2 });
    }

    public ValueTask DisposeAsync()
    {
        Provider.Dispose();
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
