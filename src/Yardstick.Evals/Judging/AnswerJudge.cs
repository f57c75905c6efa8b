using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Evals.Judging;

/// <summary>
/// An LLM judge behind any provider (OpenAI-compatible chat through the provider layer). Each eval run it grades opens
/// a <see cref="JudgeSession"/>: a run of kind <see cref="RunKind.Judge"/> linked to the eval run, holding one sample per judgement.
/// </summary>
public sealed class AnswerJudge(ICompletionProvider provider, JudgeOptions options)
{
    public JudgeOptions Options => options;

    /// <summary>What the eval run's configuration stores about its judge: endpoint, model, prompt version and hash.</summary>
    public JudgeConfiguration Configuration => new()
    {
        BaseUrl = options.BaseUrl, Model = options.Model, PromptVersion = options.Prompt.Version, PromptSha256 = options.Prompt.Sha256,
        MaxTokens = options.MaxTokens,
    };

    /// <summary>Creates the judge run for <paramref name="judgedRunId"/> and returns the session that fills it.</summary>
    public async Task<JudgeSession> OpenAsync(IRunStore store, string judgedRunId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = DateTimeOffset.UtcNow;
        var run = new RunRecord
        {
            Id = RunIds.New(RunKind.Judge, now),
            Kind = RunKind.Judge,
            ApiStyle = "openai-chat",
            BaseUrl = options.BaseUrl,
            ModelId = options.Model,
            Task = options.Prompt.Version,
            TaskVersion = options.Prompt.Sha256[..12],
            ConfigurationJson = JsonSerializer.Serialize(new { judged_run = judgedRunId, judge = Configuration }),
            YardstickVersion = options.YardstickVersion,
            Host = Environment.MachineName,
            StartedUtc = now,
        };
        await store.CreateRunAsync(run, cancellationToken);
        return new JudgeSession(provider, options, store, run.Id, judgedRunId);
    }
}
