using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using LLama;
using LLama.Common;
using LLama.Exceptions;
using LLama.Native;
using Yardstick.Core.Providers;
using Yardstick.Local.Gguf;

namespace Yardstick.Local.Inference;

/// <summary>
/// Runs a GGUF model in-process with LLamaSharp behind the same <see cref="ICompletionProvider"/> contract as the HTTP
/// providers: <see cref="RequestStarted"/>, then token deltas (answer and reasoning split at <c>&lt;think&gt;</c> tags, each
/// with its exact token count and sampling time), then usage and the finish reason. Weights are shared; each request gets
/// its own sequence from a bounded pool, generated on its own thread so that a slow reader never stalls the clock.
/// </summary>
public sealed class LlamaCompletionProvider : ICompletionProvider, IDisposable
{
    private readonly LLamaWeights _weights;
    private readonly ContextPool _pool;
    private readonly LLamaToken[] _endOfGenerationTokens;
    private readonly CancellationTokenSource _shutdown = new();
    private bool _disposed;

    private LlamaCompletionProvider(string path, string modelId, LLamaWeights weights, ModelParams parameters, int parallelSequences)
    {
        ModelPath = path;
        ModelId = modelId;
        _weights = weights;
        ContextWindowTokens = (int)parameters.ContextSize!.Value;
        _pool = new ContextPool(weights, parameters, parallelSequences);
        var vocabulary = weights.Vocab;
        _endOfGenerationTokens = Enumerable.Range(0, vocabulary.Count)
            .Select(i => (LLamaToken)i)
            .Where(t => t.IsEndOfGeneration(vocabulary))
            .ToArray();
    }

    public string ModelPath { get; }

    /// <summary>The id the OpenAI-compatible server reports; the file name without extension unless set in the options.</summary>
    public string ModelId { get; }

    /// <summary>Tokens one sequence can hold, prompt and completion together.</summary>
    public int ContextWindowTokens { get; }

    public string Describe => $"llamasharp:{ModelId}";

    /// <summary>
    /// Checks the file's GGUF header, then loads the weights.
    /// </summary>
    /// <exception cref="ProviderException">Kind <see cref="ErrorKind.ModelLoad"/>, with a message naming the file and saying why.</exception>
    public static async Task<LlamaCompletionProvider> OpenAsync(string path, LocalModelOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= LocalModelOptions.Default;
        options.Validate();
        GgufFile header;
        try
        {
            header = GgufReader.Read(path);
        }
        catch (InvalidModelFileException e)
        {
            throw new ProviderException(ErrorKind.ModelLoad, e.Message, inner: e);
        }

        var threads = options.Threads ?? Math.Max(1, Environment.ProcessorCount);
        var trained = (int)Math.Clamp(header.ContextLengthTokens ?? LocalModelOptions.DefaultMaxContextTokens, 16, int.MaxValue);
        var parameters = new ModelParams(path)
        {
            ContextSize = (uint)(options.ContextTokens ?? Math.Min(trained, LocalModelOptions.DefaultMaxContextTokens)),
            BatchSize = (uint)options.BatchTokens,
            UBatchSize = (uint)options.BatchTokens,
            SeqMax = 1,
            Threads = threads,
            BatchThreads = threads,
            GpuLayerCount = 0,
        };

        LLamaWeights weights;
        try
        {
            NativeLog.Install();
            NativeLog.Clear();
            weights = await LLamaWeights.LoadFromFileAsync(parameters, cancellationToken);
        }
        catch (LoadWeightsFailedException e)
        {
            var why = NativeLog.RecentProblems;
            throw new ProviderException(ErrorKind.ModelLoad,
                $"Model file '{path}': llama.cpp could not load it{(why.Length > 0 ? $" ({why})" : ".")}", inner: e);
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or RuntimeError)
        {
            throw new ProviderException(ErrorKind.ModelLoad,
                $"Model file '{path}' was not loaded: the llama.cpp native library could not be loaded ({e.GetBaseException().Message}). " +
                "On Debian or Ubuntu it needs libgomp1: apt-get install -y libgomp1.", inner: e);
        }
        var modelId = options.ModelId ?? Path.GetFileNameWithoutExtension(path);
        return new LlamaCompletionProvider(path, modelId, weights, parameters, options.MaxParallelSequences);
    }

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        yield return new RequestStarted(Stopwatch.GetTimestamp());
        var plan = Plan(request);

        await _pool.WaitAsync(cancellationToken);
        var channel = Channel.CreateUnbounded<CompletionEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var generation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        var producer = Task.Factory.StartNew(
            () => Produce(plan, channel.Writer, generation.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var completionEvent in channel.Reader.ReadAllAsync(cancellationToken))
                yield return completionEvent;
        }
        finally
        {
            // A reader that stops early (client gone, cancelled) ends the sequence and frees its slot.
            await generation.CancelAsync();
            await producer;
        }
    }

    /// <summary>Number of tokens <paramref name="text"/> takes in this model's vocabulary (special tokens parsed).</summary>
    public int CountTokens(string text) => _weights.Tokenize(text, false, true, Encoding.UTF8).Length;

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _shutdown.Cancel();
        _pool.Dispose();
        _weights.Dispose();
        _shutdown.Dispose();
    }

    private GenerationPlan Plan(CompletionRequest request)
    {
        if (request.Messages.Count == 0)
            throw new ProviderException(ErrorKind.ClientError, "The request has no messages.");
        if (request.Tools.Count > 0)
            throw new ProviderException(ErrorKind.ClientError, "Function calling (tools) is not supported by the in-process model.");
        if (request.Messages.Any(m => m.Images.Count > 0))
            throw new ProviderException(ErrorKind.ClientError, "Images are not supported by the in-process model (it reads text only).");
        if (request.MaxTokens < 1)
            throw new ProviderException(ErrorKind.ClientError, $"max_tokens must be at least 1 (was {request.MaxTokens}).");
        if (request.Temperature is < 0 or > 2 || double.IsNaN(request.Temperature))
            throw new ProviderException(ErrorKind.ClientError, $"temperature must be between 0 and 2 (was {request.Temperature}).");

        var prompt = ChatPrompt.Render(_weights, request.Messages);
        var tokens = _weights.Tokenize(prompt, _weights.Vocab.ShouldAddBOS, true, Encoding.UTF8);
        if (tokens.Length >= ContextWindowTokens)
            throw new ProviderException(ErrorKind.ContextOverflow,
                $"The prompt is {tokens.Length:N0} tokens but the context window of '{ModelId}' is {ContextWindowTokens:N0} tokens (at least one must stay free for the answer).");
        return new GenerationPlan(
            tokens,
            request.MaxTokens,
            (float)request.Temperature,
            request.Seed is { } seed ? unchecked((uint)seed) : (uint)Random.Shared.Next(),
            request.Stop,
            request.IgnoreEos,
            StartsInThink: prompt.TrimEnd().EndsWith("<think>", StringComparison.Ordinal));
    }

    private void Produce(GenerationPlan plan, ChannelWriter<CompletionEvent> writer, CancellationToken cancellationToken)
    {
        LLamaContext? context = null;
        try
        {
            context = _pool.Rent();
            GenerationLoop.Run(context, plan, _endOfGenerationTokens, writer, cancellationToken);
            writer.TryComplete();
        }
        catch (Exception e) when (e is OperationCanceledException or ProviderException)
        {
            writer.TryComplete(e);
        }
        catch (Exception e)
        {
            // This runs on its own thread: every failure must reach the reader as a ProviderException, never vanish.
            writer.TryComplete(new ProviderException(ErrorKind.Unknown, $"In-process generation failed: {e.Message}", inner: e));
        }
        finally
        {
            _pool.Release(context);
        }
    }
}
