using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Runs;

/// <summary>Domain records ⇄ rows, field for field.</summary>
internal static class RunMapping
{
    public static RunEntity ToEntity(RunRecord r) => new()
    {
        Id = r.Id, Kind = r.Kind.ToString(), ModelSlug = r.ModelSlug, EndpointId = r.EndpointId, ApiStyle = r.ApiStyle,
        BaseUrl = r.BaseUrl, ModelId = r.ModelId, Task = r.Task, TaskVersion = r.TaskVersion, ConfigurationJson = r.ConfigurationJson,
        YardstickVersion = r.YardstickVersion, Host = r.Host, StartedUtc = r.StartedUtc.ToUniversalTime(),
        FinishedUtc = r.FinishedUtc?.ToUniversalTime(), Status = r.Status.ToString(), SummaryJson = r.SummaryJson,
        LeaseOwner = r.LeaseOwner, LeaseExpiresUtc = r.LeaseExpiresUtc?.ToUniversalTime(), FailureReason = r.FailureReason,
    };

    public static RunRecord ToRecord(RunEntity e) => new()
    {
        Id = e.Id, Kind = Enum.Parse<RunKind>(e.Kind), ModelSlug = e.ModelSlug, EndpointId = e.EndpointId, ApiStyle = e.ApiStyle,
        BaseUrl = e.BaseUrl, ModelId = e.ModelId, Task = e.Task, TaskVersion = e.TaskVersion, ConfigurationJson = e.ConfigurationJson,
        YardstickVersion = e.YardstickVersion, Host = e.Host, StartedUtc = e.StartedUtc, FinishedUtc = e.FinishedUtc,
        Status = Enum.Parse<RunStatus>(e.Status), SummaryJson = e.SummaryJson,
        LeaseOwner = e.LeaseOwner, LeaseExpiresUtc = e.LeaseExpiresUtc, FailureReason = e.FailureReason,
    };

    public static SampleEntity ToEntity(SampleRecord s) => new()
    {
        RunId = s.RunId, PromptId = s.PromptId, Epoch = s.Epoch, Sequence = s.Sequence, RequestStartedUtc = s.RequestStartedUtc.ToUniversalTime(),
        Load = s.Load, PromptText = s.PromptText, PromptSha256 = s.PromptSha256, InputTokensNormalised = s.InputTokensNormalised,
        InputTokensNative = s.InputTokensNative, TtftSeconds = s.TtftSeconds, FirstAnswerTokenSeconds = s.FirstAnswerTokenSeconds,
        LastTokenSeconds = s.LastTokenSeconds, Timeline = s.Timeline, TokenEvents = s.TokenEvents, OutputTokensNormalised = s.OutputTokensNormalised,
        OutputTokensNative = s.OutputTokensNative, ReasoningTokens = s.ReasoningTokens, ReasoningTokensSource = s.ReasoningTokensSource,
        AnswerText = s.AnswerText, ReasoningText = s.ReasoningText, FinishReason = s.FinishReason, HttpStatus = s.HttpStatus,
        ErrorKind = s.ErrorKind.ToString(), ErrorMessage = s.ErrorMessage, Retries = s.Retries, ExtractedAnswer = s.ExtractedAnswer,
        Correct = s.Correct, CorrectLoose = s.CorrectLoose, Score = s.Score, CostUsd = s.CostUsd, DetailsJson = s.DetailsJson,
    };

    public static SampleRecord ToRecord(SampleEntity e) => new()
    {
        RunId = e.RunId, PromptId = e.PromptId, Epoch = e.Epoch, Sequence = e.Sequence, RequestStartedUtc = e.RequestStartedUtc,
        Load = e.Load, PromptText = e.PromptText, PromptSha256 = e.PromptSha256, InputTokensNormalised = e.InputTokensNormalised,
        InputTokensNative = e.InputTokensNative, TtftSeconds = e.TtftSeconds, FirstAnswerTokenSeconds = e.FirstAnswerTokenSeconds,
        LastTokenSeconds = e.LastTokenSeconds, Timeline = e.Timeline, TokenEvents = e.TokenEvents, OutputTokensNormalised = e.OutputTokensNormalised,
        OutputTokensNative = e.OutputTokensNative, ReasoningTokens = e.ReasoningTokens, ReasoningTokensSource = e.ReasoningTokensSource,
        AnswerText = e.AnswerText, ReasoningText = e.ReasoningText, FinishReason = e.FinishReason, HttpStatus = e.HttpStatus,
        ErrorKind = Enum.TryParse<ErrorKind>(e.ErrorKind, out var kind) ? kind : ErrorKind.Unknown, ErrorMessage = e.ErrorMessage,
        Retries = e.Retries, ExtractedAnswer = e.ExtractedAnswer, Correct = e.Correct, CorrectLoose = e.CorrectLoose, Score = e.Score,
        CostUsd = e.CostUsd, DetailsJson = e.DetailsJson,
    };
}
