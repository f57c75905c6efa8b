using System.Diagnostics;
using System.Text.Json;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads;

namespace Yardstick.Measure.Load;

/// <summary>
/// Runs a perf workload against any provider and keeps everything: creates the <see cref="RunRecord"/> (kind Perf,
/// configuration, version), sends the warm-up requests (stored with negative sequence numbers and
/// <c>"warmup": true</c> in their details, excluded from every figure; up to <c>Concurrency</c> at once, so connections are
/// open before measuring), then the measured requests in a closed loop of
/// <c>Concurrency</c> streams or as open-loop Poisson arrivals, stores every sample in batches, and completes the run
/// with its summary: Completed, or Failed with the reason when <see cref="PerfRunOptions.OutcomePolicy"/> says so (nothing
/// succeeded, too many failed) or storing failed, or Interrupted on cancellation.
/// </summary>
public sealed class PerfRunner(SampleRecorder? recorder = null, TimeProvider? clock = null)
{
    private readonly SampleRecorder _recorder = recorder ?? SampleRecorder.Default;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<PerfSummary> RunAsync(ICompletionProvider provider, PerfRunOptions options, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        if (options.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(options));

        var workload = options.ResolveWorkload();
        var owner = options.LeaseOwner ?? RunLease.NewOwner();
        var (run, previous) = await OpenRunAsync(options, workload, owner, store, cancellationToken).ConfigureAwait(false);
        await using var lease = await RunLease.TryAcquireAsync(store, run.Id, owner, options.LeaseTtl, cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new RunLeaseLostException(run.Id, owner);
        // A lost lease stops the run like a cancellation; the run is then left to whoever took it over.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var state = new RunState(run.Id, options, workload, new SampleWriter(store, options.SampleBatchSize), progress, previous, lease.Lost);
        try
        {
            await WarmUpAsync(provider, state, stopping.Token).ConfigureAwait(false);
            state.PrefetchFirstWave();
            state.StartMeasuring();
            if (options.RatePerSecond is { } rate)
                await RunOpenLoopAsync(provider, state, rate, stopping.Token).ConfigureAwait(false);
            else
                await RunClosedLoopAsync(provider, state, stopping.Token).ConfigureAwait(false);
            await state.Writer.CompleteAsync().ConfigureAwait(false);
            if (lease.IsLost)
                throw new RunLeaseLostException(run.Id, owner);
            var samples = state.Samples;
            // The cross-run check of the prompt-cache analyser: prompts an earlier run already sent to this endpoint.
            var sentBefore = await store.FindPromptsSentByOtherRunsAsync(run.Id, run.BaseUrl, run.ModelId,
                [.. samples.Select(s => s.PromptSha256).OfType<string>()], CancellationToken.None).ConfigureAwait(false);
            var summary = Summarise(samples, run.Id, options.Slo, sentBefore);
            // One rule for every runner: nothing succeeded, or too many failed, and the run is stored Failed with the reason.
            var outcome = options.OutcomePolicy.Judge(samples.Where(s => !PerfAnalysis.IsWarmup(s)));
            await store.CompleteRunAsync(run.Id, outcome.Status, PerfSummaryJson.Serialize(summary), outcome.FailureReason, CancellationToken.None).ConfigureAwait(false);
            return summary;
        }
        catch (OperationCanceledException) when (lease.IsLost && !cancellationToken.IsCancellationRequested)
        {
            await state.Writer.CompleteAsync().ConfigureAwait(false);
            throw new RunLeaseLostException(run.Id, owner);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await state.Writer.CompleteAsync().ConfigureAwait(false);
            var partial = Summarise(state.Samples, run.Id, options.Slo);
            await store.CompleteRunAsync(run.Id, RunStatus.Interrupted, PerfSummaryJson.Serialize(partial), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not RunLeaseLostException)
        {
            await store.CompleteRunAsync(run.Id, RunStatus.Failed, null, $"the run stopped: {e.Message}", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The run's figures from its samples, with goodput when SLOs are set: what the run stores as its summary.</summary>
    public static PerfSummary Summarise(IReadOnlyList<SampleRecord> samples, string runId, Slo? slo, IReadOnlySet<string>? promptsSentBefore = null)
    {
        var summary = PerfAnalysis.Summarise(samples, runId, promptsSentBefore: promptsSentBefore);
        return slo is null || slo.IsEmpty ? summary : summary with { Goodput = Goodput.Of(samples, slo) };
    }

    /// <summary>
    /// Warm-up requests run with up to <c>Concurrency</c> in flight, so that a high-concurrency run opens its connections
    /// before measuring instead of while its first streams are being timed.
    /// </summary>
    private async Task WarmUpAsync(ICompletionProvider provider, RunState state, CancellationToken cancellationToken)
    {
        var warmups = state.Options.WarmupRequests;
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(Math.Max(1, state.Options.Concurrency), Math.Max(1, warmups))).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < warmups)
                await MeasureAsync(provider, state, -warmups + index, warmup: true, cancellationToken).ConfigureAwait(false);
        }, cancellationToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task RunClosedLoopAsync(ICompletionProvider provider, RunState state, CancellationToken cancellationToken)
    {
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(state.Options.Concurrency, state.Options.Requests)).Select(_ => Task.Run(async () =>
        {
            int sequence;
            while ((sequence = Interlocked.Increment(ref next)) < state.Options.Requests && !state.PhaseOver)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await MeasureAsync(provider, state, sequence, warmup: false, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>
    /// Poisson arrivals: exponential gaps drawn from a seeded generator, each request sent at its absolute time from the
    /// start (so scheduling delays never accumulate). <c>Concurrency</c> caps requests in flight when it is above 1;
    /// a request that waits for the cap is sent late, and the run's Load says the rate that was asked for. Each sample
    /// records how late it was issued against its schedule (<c>schedule_lag_s</c>) and how long it waited for the cap
    /// (<c>queue_wait_s</c>), so that a server too slow for the rate shows as lag instead of silently lowering the rate.
    /// </summary>
    private async Task RunOpenLoopAsync(ICompletionProvider provider, RunState state, double ratePerSecond, CancellationToken cancellationToken)
    {
        var random = new Random(state.Options.Seed);
        using var cap = state.Options.Concurrency > 1 ? new SemaphoreSlim(state.Options.Concurrency) : null;
        var start = Stopwatch.GetTimestamp();
        var arrivalSeconds = 0.0;
        var requests = new List<Task>(state.Options.Requests);
        for (var sequence = 0; sequence < state.Options.Requests; sequence++)
        {
            arrivalSeconds += -Math.Log(1 - random.NextDouble()) / ratePerSecond;
            var wait = arrivalSeconds - Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (wait > 0)
                await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken).ConfigureAwait(false);
            var due = start + (long)(arrivalSeconds * Stopwatch.Frequency);
            var queued = Stopwatch.GetTimestamp();
            if (cap is not null)
                await cap.WaitAsync(cancellationToken).ConfigureAwait(false);
            var queueWait = cap is null ? (double?)null : Stopwatch.GetElapsedTime(queued).TotalSeconds;
            var issued = sequence;
            requests.Add(Task.Run(async () =>
            {
                try
                {
                    await MeasureAsync(provider, state, issued, warmup: false, cancellationToken, new IssueTiming(due, queueWait)).ConfigureAwait(false);
                }
                finally
                {
                    cap?.Release();
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(requests).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Open loop: when the request was due (Stopwatch ticks) and how long it waited for a slot under the cap.</summary>
    private readonly record struct IssueTiming(long DueTimestamp, double? QueueWaitSeconds);

    private async Task MeasureAsync(ICompletionProvider provider, RunState state, int sequence, bool warmup, CancellationToken cancellationToken, IssueTiming? timing = null)
    {
        if (!warmup && state.IsStored(sequence))
            return;
        var prompt = state.Prompt(sequence);
        var request = new CompletionRequest
        {
            Messages = prompt.Messages,
            MaxTokens = state.Options.MaxTokens,
            Temperature = state.Options.Temperature,
            IgnoreEos = state.Options.IgnoreEos,
        };
        var context = new RecordingContext
        {
            RunId = state.RunId,
            PromptId = prompt.PromptId,
            Epoch = prompt.Epoch,
            Sequence = sequence,
            Load = state.Options.RatePerSecond ?? state.Options.Concurrency,
            PromptText = state.Options.StorePromptText ? prompt.Text : null,
            PromptSha256 = prompt.Sha256,
            InputTokensNormalised = prompt.InputTokensNormalised,
            Warmup = warmup,
            StoreText = state.Options.StoreText,
            // Taken as the request is handed to the recorder, so the thread pool's delay in starting it is included.
            ScheduleLagSeconds = timing is { } due ? Math.Max(0, Stopwatch.GetElapsedTime(due.DueTimestamp).TotalSeconds) : null,
            QueueWaitSeconds = timing?.QueueWaitSeconds,
        };
        Interlocked.Increment(ref state.InFlight);
        var sample = await _recorder.RecordAsync(provider, request, context, cancellationToken).ConfigureAwait(false);
        Interlocked.Decrement(ref state.InFlight);
        state.Add(sample);
        state.Report(sample, warmup);
    }

    /// <summary>
    /// A scheduled run (<see cref="PerfRunOptions.Origin"/>) that exists already is resumed with its stored samples; any
    /// other run is created, already leased.
    /// </summary>
    private async Task<(RunRecord Run, IReadOnlyList<SampleRecord> Previous)> OpenRunAsync(PerfRunOptions options, IPerfWorkload workload, string owner,
        IRunStore store, CancellationToken cancellationToken)
    {
        if (options.Origin is { } origin && await store.GetRunAsync(origin.RunId, cancellationToken).ConfigureAwait(false) is { } existing)
            return (existing, await store.GetSamplesAsync(existing.Id, cancellationToken).ConfigureAwait(false));
        var run = CreateRun(options, workload, owner);
        await store.CreateRunAsync(run, cancellationToken).ConfigureAwait(false);
        return (run, []);
    }

    private RunRecord CreateRun(PerfRunOptions options, IPerfWorkload workload, string leaseOwner) => new()
    {
        Id = options.Origin?.RunId ?? RunIds.New(RunKind.Perf, _clock.GetUtcNow()),
        Suite = options.Origin?.Suite,
        Worker = options.Origin?.Worker,
        Location = options.Origin?.Location,
        Kind = RunKind.Perf,
        ModelSlug = options.ModelSlug,
        EndpointId = options.EndpointId,
        ApiStyle = options.ApiStyle,
        BaseUrl = options.BaseUrl,
        ModelId = options.ModelId,
        Task = workload.Name,
        TaskVersion = workload.Version,
        ConfigurationJson = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["workload"] = workload.Name,
            ["workload_version"] = workload.Version,
            ["workload_settings"] = (workload as IWorkloadSettings)?.Settings,
            ["requests"] = options.Requests,
            ["concurrency"] = options.Concurrency,
            ["rate_per_s"] = options.RatePerSecond,
            ["warmup_requests"] = options.WarmupRequests,
            ["warmup_rule"] = "samples with sequence < 0 are warm-up: stored, excluded from figures",
            ["max_tokens"] = options.MaxTokens,
            ["ignore_eos"] = options.IgnoreEos,
            ["temperature"] = options.Temperature,
            ["seed"] = options.Seed,
            ["tokenizer"] = "o200k_base",
            ["slo"] = options.Slo?.ToString(),
            ["group_id"] = options.GroupId,
            ["repeat"] = options.Repeat,
            ["phase_s"] = options.PhaseDuration?.TotalSeconds,
            [LoadSeries.ConfigurationKey] = options.Series?.ToConfiguration(),
            [RunHardware.ConfigurationKey] = options.Hardware is { } hardware ? RunHardware.ToConfiguration(hardware) : null,
        }),
        YardstickVersion = options.YardstickVersion,
        Host = Environment.MachineName,
        StartedUtc = _clock.GetUtcNow(),
        // Created already leased: the run belongs to this process from its first moment.
        LeaseOwner = leaseOwner,
        LeaseExpiresUtc = _clock.GetUtcNow() + options.LeaseTtl,
    };

    private sealed class RunState(string runId, PerfRunOptions options, IPerfWorkload workload, SampleWriter writer, IProgress<PerfProgress>? progress,
        IReadOnlyList<SampleRecord> previous, CancellationToken leaseLost)
    {
        // A resumed run's stored samples count in its figures and are not requested again, except those the interruption
        // cut off in flight: they were never answered, so they are sent again (the store replaces the failed attempt).
        private readonly List<SampleRecord> _samples = [.. previous.Where(s => s.ErrorKind != ErrorKind.Cancelled)];
        private readonly HashSet<int> _stored = [.. previous.Where(s => s.ErrorKind != ErrorKind.Cancelled).Select(s => s.Sequence)];
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, PerfPrompt> _prefetched = new();
        private readonly long _started = Stopwatch.GetTimestamp();
        private long _measuring = Stopwatch.GetTimestamp();
        private int _completed;
        private int _failed;
        public int InFlight;

        public string RunId { get; } = runId;
        public PerfRunOptions Options { get; } = options;
        public IPerfWorkload Workload { get; } = workload;
        public SampleWriter Writer { get; } = writer;

        /// <summary>
        /// Builds the prompts of the first wave (one per stream) before the clock starts, so that thousands of streams
        /// starting at once do not tokenize prompts while the first of them are being timed. Bounded to about 20M
        /// prompt tokens of memory; later prompts are built by each worker just before its request (before its t0).
        /// </summary>
        public void PrefetchFirstWave()
        {
            var count = Math.Min(Options.Requests, Options.RatePerSecond is null ? Options.Concurrency : Options.Requests);
            var tokensEach = Math.Max(Options.PromptTokens, 1);
            count = (int)Math.Min(count, 20_000_000L / tokensEach);
            for (var sequence = 0; sequence < count; sequence++)
                _prefetched[sequence] = Workload.Next(sequence);
        }

        /// <summary>A fixed-length phase (<see cref="PerfRunOptions.PhaseDuration"/>) starts no request after its end.</summary>
        public bool PhaseOver => Options.PhaseDuration is { } phase && Stopwatch.GetElapsedTime(_measuring) >= phase;

        /// <summary>Set as the first measured request is about to start (after warm-up and prompt prefetch).</summary>
        public void StartMeasuring() => _measuring = Stopwatch.GetTimestamp();

        /// <summary>True when a resumed run stored this request already (by an earlier process): it is not sent again.</summary>
        public bool IsStored(int sequence) => _stored.Contains(sequence);

        public PerfPrompt Prompt(int sequence) => _prefetched.TryRemove(sequence, out var prompt) ? prompt : Workload.Next(sequence);

        public IReadOnlyList<SampleRecord> Samples
        {
            get
            {
                lock (_samples)
                    return _samples.ToArray();
            }
        }

        public void Add(SampleRecord sample)
        {
            // The run now belongs to whoever took its lease over: nothing more of ours is written to it.
            if (leaseLost.IsCancellationRequested)
                return;
            lock (_samples)
                _samples.Add(sample);
            Writer.Add(sample);
        }

        public void Report(SampleRecord sample, bool warmup)
        {
            var completed = warmup ? _completed : Interlocked.Increment(ref _completed);
            var failed = !warmup && !sample.Succeeded ? Interlocked.Increment(ref _failed) : Volatile.Read(ref _failed);
            progress?.Report(new PerfProgress(RunId, completed, Options.Requests, failed, Volatile.Read(ref InFlight), warmup,
                sample.TtftSeconds, Stopwatch.GetElapsedTime(_started)));
        }
    }
}
