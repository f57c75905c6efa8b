using System.Threading.Channels;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load;

/// <summary>
/// Stores samples in batches from a background loop so that database writes never sit between a worker and its next
/// request. Writes ignore the run's cancellation: a sample that was measured is kept.
/// </summary>
internal sealed class SampleWriter
{
    private readonly Channel<SampleRecord> _queue = Channel.CreateUnbounded<SampleRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IRunStore _store;
    private readonly int _batchSize;
    private readonly Task _loop;

    public SampleWriter(IRunStore store, int batchSize)
    {
        _store = store;
        _batchSize = batchSize;
        _loop = Task.Run(WriteLoopAsync);
    }

    public void Add(SampleRecord sample)
    {
        if (!_queue.Writer.TryWrite(sample))
            throw new InvalidOperationException("The sample writer is closed (a previous write failed).");
    }

    /// <summary>Writes what is queued and stops; rethrows a store failure.</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<SampleRecord>(_batchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < _batchSize && _queue.Reader.TryRead(out var sample))
                    batch.Add(sample);
                await _store.AppendSamplesAsync(batch.ToArray()).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (Exception e)
        {
            _queue.Writer.TryComplete(e);
            throw;
        }
    }
}
