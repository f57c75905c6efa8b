using Yardstick.Local.Inference;

namespace Yardstick.Local.Tests.Support;

/// <summary>One small generated model, loaded once for the whole test assembly; at the end it removes the run's temporary files.</summary>
public sealed class TinyModelFixture : IAsyncLifetime
{
    public string ModelPath { get; private set; } = "";
    public LlamaCompletionProvider Provider { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ModelPath = TestModels.Write(TestModels.Small);
        Provider = await LlamaCompletionProvider.OpenAsync(ModelPath, new LocalModelOptions { Threads = 2, MaxParallelSequences = 2 });
    }

    public ValueTask DisposeAsync()
    {
        Provider.Dispose();
        if (Directory.Exists(TestModels.Root))
            Directory.Delete(TestModels.Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
