using System.Reflection;
using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;
using Yardstick.Core.Pricing;
using Yardstick.Measure.Workloads;

namespace Yardstick.Measure.Load;

/// <summary>
/// One perf run: where (for the run record), what (workload), how hard (closed loop of <see cref="Concurrency"/> streams,
/// or open-loop Poisson arrivals at <see cref="RatePerSecond"/>), and how long the answers are.
/// </summary>
public sealed record PerfRunOptions
{
    /// <summary><c>openai-chat</c>, <c>anthropic-messages</c>, <c>in-process-gguf</c>… as stored on the run.</summary>
    public required string ApiStyle { get; init; }
    /// <summary>Base URL, or <c>gguf:&lt;path&gt;</c> in-process; never with a key in it.</summary>
    public required string BaseUrl { get; init; }
    public required string ModelId { get; init; }
    public string? ModelSlug { get; init; }
    public string? EndpointId { get; init; }

    /// <summary>Prompt length for the default workload (<see cref="PromptLengthWorkload"/>) when <see cref="Workload"/> is null.</summary>
    public int PromptTokens { get; init; } = 100;
    public IPerfWorkload? Workload { get; init; }

    /// <summary>Measured requests (warm-up not included).</summary>
    public int Requests { get; init; } = 20;
    /// <summary>Streams kept in flight (closed loop); with <see cref="RatePerSecond"/>, the cap on requests in flight.</summary>
    public int Concurrency { get; init; } = 1;
    /// <summary>Open loop: Poisson arrivals at this mean rate, independent of how fast answers come back.</summary>
    public double? RatePerSecond { get; init; }
    /// <summary>
    /// Closed loop: no request is started once this long has passed since the measured requests began (those in flight
    /// finish), so that a phase lasts a fixed time whatever the level; <see cref="Requests"/> still caps the count.
    /// </summary>
    public TimeSpan? PhaseDuration { get; init; }
    /// <summary>Requests sent before measuring (up to Concurrency at once: connection set-up, lazy loading); stored, flagged, excluded.</summary>
    public int WarmupRequests { get; init; } = 1;

    public int MaxTokens { get; init; } = 256;
    /// <summary>Ask the server to run every answer to <see cref="MaxTokens"/>, so that speed is measured on full answers.</summary>
    public bool IgnoreEos { get; init; } = true;
    public double Temperature { get; init; }
    /// <summary>Seeds the Poisson arrival times (prompts stay fresh whatever the seed).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>When set, the summary carries goodput under these objectives.</summary>
    public Slo? Slo { get; init; }

    /// <summary>Runs of one repeat group (<see cref="PerfRepeats"/>) share this id in their configuration.</summary>
    public string? GroupId { get; init; }
    /// <summary>The run's index within its repeat group.</summary>
    public int? Repeat { get; init; }
    /// <summary>The capacity search, load ladder or sweep this run is one level of, stored in its configuration.</summary>
    public LoadSeries? Series { get; init; }
    /// <summary>What the machine serving the endpoint costs per hour, stored with the run: the basis of its measured self-hosting cost.</summary>
    public HardwareRate? Hardware { get; init; }

    public int SampleBatchSize { get; init; } = 64;
    public bool StoreText { get; init; } = true;
    /// <summary>Prompts are fresh per request and can be 100k tokens: by default only their hash and length are stored.</summary>
    public bool StorePromptText { get; init; }

    /// <summary>When the finished run counts as failed (nothing succeeded, or more than its share of measured requests failed).</summary>
    public RunOutcomePolicy OutcomePolicy { get; init; } = RunOutcomePolicy.Default;
    /// <summary>How long the run's lease lasts without a heartbeat (renewed every third of it).</summary>
    public TimeSpan LeaseTtl { get; init; } = RunLease.DefaultTtl;
    /// <summary>Who executes the run, as stored in its lease; null = a fresh id naming this host and process.</summary>
    public string? LeaseOwner { get; init; }
    /// <summary>A scheduled run: its fixed id (resumed, skipping the requests already stored, when it exists), suite, worker and location.</summary>
    public RunOrigin? Origin { get; init; }

    public string YardstickVersion { get; init; } = DefaultVersion;

    internal static string DefaultVersion { get; } =
        typeof(PerfRunOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public IPerfWorkload ResolveWorkload() => Workload ?? new PromptLengthWorkload(PromptTokens, runId: Origin?.RunId);

    /// <summary>Problems with these options, in words; empty when they can run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Requests < 1)
            problems.Add("Requests must be at least 1.");
        if (Concurrency < 1)
            problems.Add("Concurrency must be at least 1.");
        if (RatePerSecond is { } rate && !(rate > 0 && double.IsFinite(rate)))
            problems.Add("Rate must be a positive number of requests per second.");
        if (WarmupRequests < 0)
            problems.Add("Warm-up requests cannot be negative.");
        if (MaxTokens < 1)
            problems.Add("Max tokens must be at least 1.");
        if (Workload is null && PromptTokens is < PromptLengthWorkload.MinimumPromptTokens or > PromptLengthWorkload.MaximumPromptTokens)
            problems.Add($"Prompt tokens must be from {PromptLengthWorkload.MinimumPromptTokens} to {PromptLengthWorkload.MaximumPromptTokens:N0}.");
        if (PhaseDuration is { } phase && phase <= TimeSpan.Zero)
            problems.Add("A phase must last longer than zero.");
        if (SampleBatchSize < 1)
            problems.Add("Sample batch size must be at least 1.");
        return problems;
    }
}
