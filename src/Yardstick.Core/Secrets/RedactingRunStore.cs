using Yardstick.Core.Runs;

namespace Yardstick.Core.Secrets;

/// <summary>
/// The one redaction point for stored text: every run and sample written through this store has its free text (error
/// messages, answers, reasoning, details, prompts, configuration, summary, failure reason) passed through the
/// <see cref="SecretRedactor"/> first. The CLI opens every store wrapped in it.
/// </summary>
public sealed class RedactingRunStore(IRunStore inner, SecretRedactor redactor) : DelegatingRunStore(inner)
{
    /// <summary>The redactor this store applies (also used for the command's own output).</summary>
    public SecretRedactor Redactor { get; } = redactor ?? throw new ArgumentNullException(nameof(redactor));

    public override Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return base.CreateRunAsync(run with
        {
            BaseUrl = Redactor.Redact(run.BaseUrl)!,
            ConfigurationJson = Redactor.Redact(run.ConfigurationJson)!,
            SummaryJson = Redactor.Redact(run.SummaryJson),
            FailureReason = Redactor.Redact(run.FailureReason),
        }, cancellationToken);
    }

    public override Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return base.AppendSamplesAsync(samples.Select(Redacted).ToList(), cancellationToken);
    }

    public override Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, string? failureReason, CancellationToken cancellationToken = default) =>
        base.CompleteRunAsync(runId, status, Redactor.Redact(summaryJson), Redactor.Redact(failureReason), cancellationToken);

    private SampleRecord Redacted(SampleRecord sample) => sample with
    {
        PromptText = Redactor.Redact(sample.PromptText),
        AnswerText = Redactor.Redact(sample.AnswerText),
        ReasoningText = Redactor.Redact(sample.ReasoningText),
        ErrorMessage = Redactor.Redact(sample.ErrorMessage),
        ExtractedAnswer = Redactor.Redact(sample.ExtractedAnswer),
        DetailsJson = Redactor.Redact(sample.DetailsJson),
    };
}
