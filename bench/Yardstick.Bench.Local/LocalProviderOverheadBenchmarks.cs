using System.Text;
using BenchmarkDotNet.Attributes;
using LLama;
using LLama.Common;
using LLama.Native;
using LLama.Sampling;
using Yardstick.Core.Providers;
using Yardstick.Local.Inference;
using Yardstick.Local.Tiny;

namespace Yardstick.Bench.Local;

/// <summary>
/// Tokens per second of <see cref="LlamaCompletionProvider"/> (template, pooled context, generation thread, channel,
/// UTF-8 decoding, stop and think handling, events) against the least a caller can do with LLamaSharp on the same file:
/// decode the prompt, then sample and decode one token at a time with the same sampler settings. Both generate
/// <see cref="Tokens"/> tokens with EOS suppressed, so the mean reported is the time per token.
/// </summary>
[MemoryDiagnoser]
public class LocalProviderOverheadBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    public const int Tokens = 256;

    private static readonly ChatMessage[] Messages = [ChatMessage.System("Answer briefly."), ChatMessage.User("What is the answer?")];

    private string _folder = "";
    private LlamaCompletionProvider _provider = null!;
    private LLamaWeights _weights = null!;
    private LLamaContext _context = null!;
    private LLamaToken[] _prompt = [];
    private Dictionary<LLamaToken, float> _noEndOfGeneration = [];

    /// <summary>Decode threads for both sides; the machine's core count unless YARDSTICK_BENCH_THREADS says otherwise.</summary>
    public static int Threads => int.TryParse(Environment.GetEnvironmentVariable("YARDSTICK_BENCH_THREADS"), out var t) ? t : Environment.ProcessorCount;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "yardstick-bench-local", Guid.NewGuid().ToString("N"));
        var path = await TinyModel.EnsureAsync(Path.Combine(_folder, "tiny.gguf"));
        var options = new LocalModelOptions { Threads = Threads, MaxParallelSequences = 1 };
        _provider = await LlamaCompletionProvider.OpenAsync(path, options);

        var parameters = new ModelParams(path) { ContextSize = (uint)_provider.ContextWindowTokens, Threads = Threads, BatchThreads = Threads, GpuLayerCount = 0 };
        _weights = await LLamaWeights.LoadFromFileAsync(parameters);
        _context = _weights.CreateContext(parameters);
        var template = new LLamaTemplate(_weights) { AddAssistant = true };
        foreach (var message in Messages)
            template.Add(message.Role, message.Content);
        _prompt = _weights.Tokenize(Encoding.UTF8.GetString(template.Apply()), true, true, Encoding.UTF8);
        var vocabulary = _weights.Vocab;
        _noEndOfGeneration = Enumerable.Range(0, vocabulary.Count).Select(i => (LLamaToken)i)
            .Where(t => t.IsEndOfGeneration(vocabulary)).ToDictionary(t => t, _ => float.NegativeInfinity);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _weights.Dispose();
        _provider.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Tokens, Description = "bare LLamaSharp loop")]
    public int BareLoop()
    {
        _context.NativeHandle.MemoryClear(true);
        var batch = new LLamaBatch();
        for (var i = 0; i < _prompt.Length; i++)
            batch.Add(_prompt[i], i, LLamaSeqId.Zero, i == _prompt.Length - 1);
        Check(_context.Decode(batch));
        using var sampler = new DefaultSamplingPipeline
        {
            Temperature = 0, Seed = 1, TopK = 0, TopP = 1, MinP = 0, TypicalP = 1, RepeatPenalty = 1, LogitBias = _noEndOfGeneration,
        };
        var position = _prompt.Length;
        for (var n = 0; n < Tokens; n++)
        {
            var token = sampler.Sample(_context.NativeHandle, batch.TokenCount - 1);
            batch.Clear();
            batch.Add(token, position++, LLamaSeqId.Zero, true);
            Check(_context.Decode(batch));
        }
        return position;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "LlamaCompletionProvider")]
    public async Task<int> Provider()
    {
        var request = new CompletionRequest { Messages = Messages, MaxTokens = Tokens, Temperature = 0, Seed = 1, IgnoreEos = true };
        var tokens = 0;
        await foreach (var e in _provider.StreamAsync(request))
            if (e is TokenDelta delta)
                tokens += delta.TokenCount ?? 0;
        return tokens == Tokens ? tokens : throw new InvalidOperationException($"The provider generated {tokens} tokens, not {Tokens}.");
    }

    private static void Check(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
            throw new InvalidOperationException($"Decode failed: {result}");
    }
}
