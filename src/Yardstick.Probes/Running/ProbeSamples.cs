using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;

namespace Yardstick.Probes.Running;

/// <summary>
/// Turns a judged case into the sample stored with the run: the request body as sent, status, answer, usage, times,
/// the probe's judgement, and the raw response (excerpts past a size limit, so that a long-context case stays small;
/// the full request's SHA-256 and length are kept).
/// </summary>
internal static class ProbeSamples
{
    private const int RequestLimit = 20_000;
    private const int ResponseLimit = 20_000;

    public static SampleRecord From(string runId, ProbeCase probeCase, ProbeAnswer answer)
    {
        var e = probeCase.Exchange;
        return new SampleRecord
        {
            RunId = runId,
            PromptId = e.PromptId,
            Sequence = e.Sequence,
            RequestStartedUtc = e.StartedUtc,
            PromptText = ProbeExchange.Excerpt(e.RequestBody, RequestLimit),
            PromptSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.RequestBody))),
            InputTokensNative = answer.Usage?.PromptTokens,
            OutputTokensNative = answer.Usage?.CompletionTokens,
            ReasoningTokens = answer.Usage?.ReasoningTokens,
            ReasoningTokensSource = answer.Usage?.ReasoningTokens is null ? null : "usage",
            TtftSeconds = e.FirstTokenSeconds,
            LastTokenSeconds = e.TotalSeconds,
            AnswerText = answer.Text.Length > 0 ? answer.Text : null,
            ReasoningText = answer.Reasoning.Length > 0 ? answer.Reasoning : null,
            FinishReason = answer.FinishReason,
            HttpStatus = e.StatusCode,
            ErrorKind = Kind(e),
            ErrorMessage = e.Answered ? null : e.ErrorMessage,
            Correct = probeCase.Passed,
            DetailsJson = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["note"] = probeCase.Note,
                ["stream"] = e.Stream,
                ["request_chars"] = e.RequestBody.Length,
                ["headers_s"] = e.HeadersSeconds,
                ["cached_tokens"] = answer.Usage?.CachedPromptTokens,
                ["tool_calls"] = answer.ToolCalls.Count == 0 ? null : answer.ToolCalls.Select(c => new { c.Name, c.Arguments }).ToList(),
                ["response"] = ProbeExchange.Excerpt(e.ResponseText, ResponseLimit),
            }),
        };
    }

    private static ErrorKind Kind(ProbeExchange e) => e.TransportError != ErrorKind.None ? e.TransportError : e.StatusCode switch
    {
        >= 200 and < 300 => ErrorKind.None,
        429 => ErrorKind.RateLimited,
        >= 400 and < 500 => ErrorKind.ClientError,
        _ => ErrorKind.ServerError,
    };
}
