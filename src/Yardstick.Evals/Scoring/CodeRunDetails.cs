using System.Text.Json.Serialization;

namespace Yardstick.Evals.Scoring;

/// <summary>What a sample of a code eval stores beyond its verdict: how the sandboxed program ended and the end of its stderr.</summary>
public sealed record CodeRunDetails(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("timed_out")] bool TimedOut,
    [property: JsonPropertyName("full_function")] bool FullFunction,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("stderr")] string Stderr);
