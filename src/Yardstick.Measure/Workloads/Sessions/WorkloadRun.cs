using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Recording;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>
/// One stored perf run of a workload whose requests depend on each other (sessions that append the model's answers,
/// traces sent at their timestamps): creates the run, already leased, records every request through the
/// <see cref="SampleRecorder"/>, stores the samples in batches off the request path, and completes the run with the
/// usual <see cref="PerfSummary"/> plus the workload's own report under <see cref="WorkloadReport.Key"/> in the stored
/// summary (Completed or Failed by the outcome policy; Interrupted with what was measured on cancellation).
/// </summary>
public sealed class WorkloadRun
{
    private readonly List<SampleRecord> _samples = [];
    private readonly SampleRecorder _recorder;
    private readonly SampleWriter _writer;
    private readonly IProgress<PerfProgress>? _progress;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly int _total;
    private int _completed;
    private int _failed;
    private int _inFlight;

    private WorkloadRun(RunRecord run, PerfRunOptions options, SampleRecorder recorder, IRunStore store, int total, IProgress<PerfProgress>? progress)
    {
        Run = run;
        Options = options;
        _recorder = recorder;
        _writer = new SampleWriter(store, options.SampleBatchSize);
        _total = total;
        _progress = progress;
    }

    public RunRecord Run { get; }

    public string RunId => Run.Id;

    public PerfRunOptions Options { get; }

    public IReadOnlyList<SampleRecord> Samples
    {
        get
        {
            lock (_samples)
                return _samples.ToArray();
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> as the run <c>task</c> and completes it with <paramref name="report"/> of its samples
    /// (warm-up included: the report leaves them out). <paramref name="totalRequests"/> is for progress only.
    /// </summary>
    public static async Task<WorkloadResult<TReport>> ExecuteAsync<TReport>(IRunStore store, PerfRunOptions options, WorkloadIdentity identity,
        int totalRequests, Func<WorkloadRun, CancellationToken, Task> body, Func<IReadOnlyList<SampleRecord>, TReport> report,
        SampleRecorder? recorder = null, TimeProvider? clock = null, IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
        where TReport : WorkloadReport
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(report);
        clock ??= TimeProvider.System;
        var owner = options.LeaseOwner ?? RunLease.NewOwner();
        var record = CreateRun(options, identity, owner, clock);
        await store.CreateRunAsync(record, cancellationToken).ConfigureAwait(false);
        await using var lease = await RunLease.TryAcquireAsync(store, record.Id, owner, options.LeaseTtl, cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new RunLeaseLostException(record.Id, owner);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var run = new WorkloadRun(record, options, recorder ?? SampleRecorder.Default, store, totalRequests, progress);
        try
        {
            await body(run, stopping.Token).ConfigureAwait(false);
            await run._writer.CompleteAsync().ConfigureAwait(false);
            if (lease.IsLost)
                throw new RunLeaseLostException(record.Id, owner);
            var samples = run.Samples;
            var result = new WorkloadResult<TReport>(PerfRunner.Summarise(samples, record.Id, options.Slo), report(samples));
            var outcome = options.OutcomePolicy.Judge(samples.Where(s => !PerfAnalysis.IsWarmup(s)));
            await store.CompleteRunAsync(record.Id, outcome.Status, result.ToJson(), outcome.FailureReason, CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        catch (OperationCanceledException) when (lease.IsLost && !cancellationToken.IsCancellationRequested)
        {
            await run._writer.CompleteAsync().ConfigureAwait(false);
            throw new RunLeaseLostException(record.Id, owner);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await run._writer.CompleteAsync().ConfigureAwait(false);
            var samples = run.Samples;
            var partial = new WorkloadResult<TReport>(PerfRunner.Summarise(samples, record.Id, options.Slo), report(samples));
            await store.CompleteRunAsync(record.Id, RunStatus.Interrupted, partial.ToJson(), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not RunLeaseLostException)
        {
            await store.CompleteRunAsync(record.Id, RunStatus.Failed, null, $"the run stopped: {e.Message}", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends one request, records it as a sample of this run (stored in the background) and returns the sample. The
    /// request's temperature and <c>ignore_eos</c> come from the run's options, its answer length too unless the request
    /// sets <see cref="WorkloadRequest.MaxTokens"/>.
    /// </summary>
    public async Task<SampleRecord> SendAsync(ICompletionProvider provider, WorkloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(request);
        var completion = new CompletionRequest
        {
            Messages = request.Messages,
            MaxTokens = request.MaxTokens ?? Options.MaxTokens,
            Temperature = Options.Temperature,
            IgnoreEos = Options.IgnoreEos,
            Tools = request.Tools,
            ToolChoice = request.ToolChoice,
        };
        var context = new RecordingContext
        {
            RunId = RunId,
            PromptId = request.PromptId,
            Sequence = request.Sequence,
            Load = request.Load ?? Options.RatePerSecond ?? Options.Concurrency,
            PromptText = Options.StorePromptText ? string.Join("\n\n", request.Messages.Select(m => m.Content)) : null,
            PromptSha256 = PromptHash.Of(request.Messages),
            InputTokensNormalised = request.InputTokensNormalised,
            Warmup = request.Sequence < 0,
            // Sessions append the model's real answers, so the text is always kept.
            StoreText = true,
            // Taken as the request is handed to the recorder, so the thread pool's delay in starting it is included.
            ScheduleLagSeconds = request.DueTimestamp is { } due ? Math.Max(0, Stopwatch.GetElapsedTime(due).TotalSeconds) : null,
            WorkloadDetails = request.Details,
        };
        Interlocked.Increment(ref _inFlight);
        var sample = await _recorder.RecordAsync(provider, completion, context, cancellationToken).ConfigureAwait(false);
        Interlocked.Decrement(ref _inFlight);
        lock (_samples)
            _samples.Add(sample);
        _writer.Add(sample);
        Report(sample);
        return sample;
    }

    /// <summary>
    /// The run's warm-up requests (<c>WarmupRequests</c>, up to <paramref name="parallel"/> at once so that connections are
    /// open before measuring): fresh single-message prompts of a few words that never touch a shared prefix, stored with
    /// negative sequence numbers and excluded from every figure.
    /// </summary>
    public async Task WarmUpAsync(ICompletionProvider provider, string workload, int parallel, CancellationToken cancellationToken)
    {
        const int tokens = 16;
        var warmups = Options.WarmupRequests;
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(Math.Max(1, parallel), Math.Max(1, warmups))).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < warmups)
                await SendAsync(provider, new WorkloadRequest($"{workload}/warmup/{index}", -warmups + index, [ChatMessage.User(FillerText.Of(tokens, Random.Shared))], tokens),
                    cancellationToken).ConfigureAwait(false);
        }, cancellationToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private void Report(SampleRecord sample)
    {
        var warmup = sample.Sequence < 0;
        var completed = warmup ? Volatile.Read(ref _completed) : Interlocked.Increment(ref _completed);
        var failed = !warmup && !sample.Succeeded ? Interlocked.Increment(ref _failed) : Volatile.Read(ref _failed);
        _progress?.Report(new PerfProgress(RunId, completed, _total, failed, Volatile.Read(ref _inFlight), warmup, sample.TtftSeconds,
            Stopwatch.GetElapsedTime(_started)));
    }

    private static RunRecord CreateRun(PerfRunOptions options, WorkloadIdentity identity, string leaseOwner, TimeProvider clock)
    {
        var configuration = new JsonObject
        {
            ["workload"] = identity.Name,
            ["workload_version"] = identity.Version,
            ["concurrency"] = options.Concurrency,
            ["warmup_requests"] = options.WarmupRequests,
            ["warmup_rule"] = "samples with sequence < 0 are warm-up: stored, excluded from figures",
            ["max_tokens"] = options.MaxTokens,
            ["ignore_eos"] = options.IgnoreEos,
            ["temperature"] = options.Temperature,
            ["seed"] = options.Seed,
            ["tokenizer"] = "o200k_base",
            ["slo"] = options.Slo?.ToString(),
        };
        foreach (var (key, value) in identity.Settings)
            configuration[key] = value?.DeepClone();
        return new RunRecord
        {
            Id = RunIds.New(RunKind.Perf, clock.GetUtcNow()),
            Kind = RunKind.Perf,
            ModelSlug = options.ModelSlug,
            EndpointId = options.EndpointId,
            ApiStyle = options.ApiStyle,
            BaseUrl = options.BaseUrl,
            ModelId = options.ModelId,
            Task = identity.Name,
            TaskVersion = identity.Version,
            ConfigurationJson = configuration.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
            YardstickVersion = options.YardstickVersion,
            Host = Environment.MachineName,
            StartedUtc = clock.GetUtcNow(),
            LeaseOwner = leaseOwner,
            LeaseExpiresUtc = clock.GetUtcNow() + options.LeaseTtl,
        };
    }
}
