using LLama;
using LLama.Abstractions;

namespace Yardstick.Local.Inference;

/// <summary>
/// Up to a fixed number of contexts (one sequence and KV cache each) over shared weights. Contexts are created on first
/// use and reused, their KV cache cleared between requests, so a request pays for decoding, not for allocation.
/// </summary>
internal sealed class ContextPool(LLamaWeights weights, IContextParams parameters, int capacity) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);
    private readonly Stack<LLamaContext> _idle = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    public int Capacity { get; } = capacity;

    /// <summary>Waits for a free sequence slot; the caller must <see cref="Release"/> it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    /// <summary>A context for a caller that holds a slot.</summary>
    public LLamaContext Rent()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var context))
                return context;
        }
        return weights.CreateContext(parameters);
    }

    /// <summary>Returns a context (cleared for the next request) and frees its slot.</summary>
    public void Release(LLamaContext? context)
    {
        if (context is not null)
        {
            context.NativeHandle.MemoryClear(true);
            lock (_gate)
            {
                if (_disposed)
                    context.Dispose();
                else
                    _idle.Push(context);
            }
        }
        _slots.Release();
    }

    /// <summary>Waits until no sequence is running, then frees every context.</summary>
    public void Dispose()
    {
        for (var i = 0; i < Capacity; i++)
            _slots.Wait();
        lock (_gate)
        {
            _disposed = true;
            while (_idle.TryPop(out var context))
                context.Dispose();
        }
        _slots.Dispose();
    }
}
