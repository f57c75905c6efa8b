using System.Text.Json;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics;

/// <summary>
/// The names of the figures a perf sample keeps in <see cref="SampleRecord.DetailsJson"/>, and a reader for them. They
/// describe the client rather than the server: how long a request waited for its turn, how late the client wrote it,
/// how far its reads lagged the kernel's arrival times, how busy its CPU was.
/// </summary>
public static class SampleDetails
{
    /// <summary>Seconds from the request being issued to its first byte reaching the kernel (connection pool, connect, scheduling).</summary>
    public const string SendLagSeconds = "send_lag_s";

    /// <summary>Closed loop: seconds the request waited for a free concurrency slot after it was due (0 when it never waited).</summary>
    public const string QueueWaitSeconds = "queue_wait_s";

    /// <summary>Open loop: seconds from the request's scheduled arrival to the moment it was issued.</summary>
    public const string ScheduleLagSeconds = "schedule_lag_s";

    /// <summary>Mean seconds between the kernel receiving a read's bytes and the client reading them.</summary>
    public const string ReadLagMeanSeconds = "read_lag_mean_s";

    /// <summary>Largest such lag within the request.</summary>
    public const string ReadLagMaxSeconds = "read_lag_max_s";

    /// <summary>The client process's CPU time over the request's lifetime ÷ (its duration × cores): 1 is saturated.</summary>
    public const string ClientCpuShare = "client_cpu_share";

    /// <summary>The answer length the request asked the server to run to (<c>ignore_eos</c>), when it asked.</summary>
    public const string AskedOutputTokens = "asked_output_tokens";

    /// <summary>The streamed text's tokens by the model's own tokenizer (<c>--tokenizer</c>), the third count beside o200k and usage.</summary>
    public const string OutputTokensModel = "output_tokens_model";

    /// <summary>Token events that carried more than one normalised token.</summary>
    public const string MultiTokenEvents = "multi_token_events";

    /// <summary>The number stored under <paramref name="key"/>, or null when absent or the details are not JSON.</summary>
    public static double? Number(SampleRecord sample, string key) => Numbers(sample).TryGetValue(key, out var value) ? value : null;

    /// <summary>Every top-level number in the details (one parse for all the figures a summary needs).</summary>
    public static IReadOnlyDictionary<string, double> Numbers(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(sample.DetailsJson))
            return numbers;
        try
        {
            using var document = JsonDocument.Parse(sample.DetailsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return numbers;
            foreach (var property in document.RootElement.EnumerateObject())
                if (property.Value.ValueKind == JsonValueKind.Number)
                    numbers[property.Name] = property.Value.GetDouble();
        }
        catch (JsonException)
        {
            // Details are free-form for other tasks; a sample whose details are not JSON has no such figures.
        }
        return numbers;
    }
}
