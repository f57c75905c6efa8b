using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Secrets;

namespace Yardstick.Core.Tests.Secrets;

public sealed class RedactingRunStoreTests
{
    private const string Key = "sk-test-DISTINCTIVE123";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (RedactingRunStore Store, InMemoryRunStore Inner) Stores(SampleTextCaps? caps = null)
    {
        var inner = new InMemoryRunStore();
        var redactor = new SecretRedactor();
        redactor.Register(Key);
        // As the CLI composes them: redaction first, then the caps, then the database.
        return (new RedactingRunStore(new CappingRunStore(inner, caps), redactor), inner);
    }

    private static RunRecord Run() => new()
    {
        Id = "r", Kind = RunKind.Eval, ApiStyle = "openai-chat", BaseUrl = $"http://127.0.0.1:1/v1?api-key={Key}", ModelId = "m", Task = "t",
        ConfigurationJson = $$"""{"note":"{{Key}}"}""", YardstickVersion = "0.1.0", StartedUtc = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Every_stored_text_of_runs_and_samples_is_redacted()
    {
        var (store, inner) = Stores();

        await store.CreateRunAsync(Run(), Ct);
        await store.AppendSamplesAsync([new SampleRecord
        {
            RunId = "r", PromptId = "p", RequestStartedUtc = DateTimeOffset.UnixEpoch, ErrorKind = ErrorKind.ClientError,
            ErrorMessage = $"HTTP 401: Incorrect API key provided: Bearer {Key}", AnswerText = Key, ReasoningText = Key, ExtractedAnswer = Key,
            DetailsJson = $$"""{"echo":"{{Key}}"}""", PromptText = $"x-api-key: {Key}",
        }], Ct);
        await store.CompleteRunAsync("r", RunStatus.Failed, $$"""{"k":"{{Key}}"}""", $"failed with {Key}", Ct);

        var run = await inner.GetRunAsync("r", Ct);
        var sample = Assert.Single(await inner.GetSamplesAsync("r", Ct));
        var texts = new[] { run!.BaseUrl, run.ConfigurationJson, run.SummaryJson, run.FailureReason, sample.ErrorMessage, sample.AnswerText,
            sample.ReasoningText, sample.ExtractedAnswer, sample.DetailsJson, sample.PromptText };
        Assert.All(texts, text => Assert.DoesNotContain("DISTINCTIVE", text, StringComparison.Ordinal));
        Assert.Equal("HTTP 401: Incorrect API key provided: Bearer [redacted]", sample.ErrorMessage);
    }

    [Fact]
    public async Task A_key_across_the_cap_is_masked_before_the_text_is_cut()
    {
        // Given a cap that falls in the middle of the key
        var (store, inner) = Stores(new SampleTextCaps { MaxAnswerChars = 30 });
        await store.CreateRunAsync(Run(), Ct);

        await store.AppendSamplesAsync([new SampleRecord
        {
            RunId = "r", PromptId = "p", RequestStartedUtc = DateTimeOffset.UnixEpoch, AnswerText = new string('a', 20) + Key + new string('b', 100),
        }], Ct);

        var answer = Assert.Single(await inner.GetSamplesAsync("r", Ct)).AnswerText!;
        Assert.Equal(new string('a', 20) + "[redacted]", answer);
    }
}
