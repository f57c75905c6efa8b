using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Tokens;
using Yardstick.Evals.Judging;

namespace Yardstick.Evals.Running;

/// <summary>How to run an eval against one endpoint. Options that change answers are part of the resume and cache keys; concurrency is not.</summary>
public sealed record EvalRunOptions
{
    /// <summary>The model id sent to the endpoint.</summary>
    public required string ModelId { get; init; }
    /// <summary>Base URL for the run record (never a key), or <c>gguf:&lt;path&gt;</c> for in-process models.</summary>
    public required string BaseUrl { get; init; }
    public string ApiStyle { get; init; } = "openai-chat";
    /// <summary>Catalog model slug when known: pages find the model's runs by it.</summary>
    public string? ModelSlug { get; init; }
    public string? EndpointId { get; init; }
    /// <summary>First N questions in the eval's stable order; null = all.</summary>
    public int? Limit { get; init; }
    /// <summary>Times each question is asked; the score is then the mean pass@1 with a clustered interval.</summary>
    public int Epochs { get; init; } = 1;
    /// <summary>Requests in flight at once against this endpoint.</summary>
    public int Concurrency { get; init; } = 4;
    /// <summary>Token budget per response; null = the eval's default.</summary>
    public int? MaxTokens { get; init; }
    public double Temperature { get; init; }
    public int? Seed { get; init; }
    /// <summary>The endpoint's price; null or incomplete gives a cost of "unavailable".</summary>
    public TokenPrice? Price { get; init; }
    /// <summary>Reuse a stored completion with the same cache key (model, messages, parameters, epoch).</summary>
    public bool UseCache { get; init; } = true;
    /// <summary>Continue an interrupted run with the same configuration instead of starting a new one.</summary>
    public bool Resume { get; init; } = true;
    /// <summary>Attempts per sample for transient endpoint errors (rate limits, 5xx, timeouts, cut streams); then a failed sample.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>First delay between attempts when the server gives no Retry-After; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>When the finished run counts as failed (nothing succeeded, or more than its share of questions failed).</summary>
    public RunOutcomePolicy OutcomePolicy { get; init; } = RunOutcomePolicy.Default;
    /// <summary>How long the run's lease lasts without a heartbeat (renewed every third of it): after it, another process may resume the run.</summary>
    public TimeSpan LeaseTtl { get; init; } = RunLease.DefaultTtl;
    /// <summary>Who executes the run, as stored in its lease; null = a fresh id naming this host and process.</summary>
    public string? LeaseOwner { get; init; }
    /// <summary>A scheduled run: its fixed id (resumed when it exists, created when not; no other run is resumed), suite, worker and location.</summary>
    public RunOrigin? Origin { get; init; }
    public string YardstickVersion { get; init; } = typeof(EvalRunOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    public ITokenCounter TokenCounter { get; init; } = O200kTokenCounter.Default;
    /// <summary>The LLM judge for evals it can grade (<see cref="Model.IJudgedEval"/>); ignored by the others. Part of the resume key.</summary>
    public AnswerJudge? Judge { get; init; }

    /// <summary>The completion request for one question's messages (epochs share it; the seed, when set, is offset by the epoch).</summary>
    public CompletionRequest RequestFor(IReadOnlyList<ChatMessage> messages, int defaultMaxTokens, int epoch) => new()
    {
        Messages = messages,
        MaxTokens = MaxTokens ?? defaultMaxTokens,
        Temperature = Temperature,
        Seed = Seed is { } seed ? seed + epoch : null,
    };
}
