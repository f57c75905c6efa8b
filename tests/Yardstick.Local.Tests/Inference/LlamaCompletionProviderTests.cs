using Yardstick.Core.Providers;
using Yardstick.Local.Inference;
using Yardstick.Local.Tests.Support;

namespace Yardstick.Local.Tests.Inference;

public sealed class LlamaCompletionProviderTests(TinyModelFixture model)
{
    private static CompletionRequest Ask(string question = "What is the answer?") => new()
    {
        Messages = [ChatMessage.System("Answer briefly."), ChatMessage.User(question)],
        MaxTokens = 24,
        Seed = 11,
    };

    [Fact]
    public async Task Ignore_eos_generates_exactly_max_tokens_and_every_token_is_in_a_delta()
    {
        // Given a request for 40 tokens with EOS suppressed
        var request = Ask() with { MaxTokens = 40, IgnoreEos = true };

        // When it streams
        var run = await CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken);

        // Then usage, deltas and finish reason agree on 40 tokens
        Assert.Equal(40, run.Usage.CompletionTokens);
        Assert.Equal(40, run.Deltas.Sum(d => d.TokenCount));
        Assert.Equal("length", run.FinishReason);
        Assert.True(run.Usage.PromptTokens > 10);
        Assert.All(run.Deltas, d => Assert.True(d.HasContent || d.HasReasoning));
    }

    [Fact]
    public async Task Events_come_in_contract_order_with_rising_timestamps()
    {
        var run = await CompletionRun.CollectAsync(model.Provider, Ask() with { IgnoreEos = true }, TestContext.Current.CancellationToken);

        Assert.IsType<RequestStarted>(run.Events[0]);
        Assert.IsType<UsageReported>(run.Events[^2]);
        Assert.IsType<Finished>(run.Events[^1]);
        Assert.All(run.Events.Skip(1).SkipLast(2), e => Assert.IsType<TokenDelta>(e));
        var timestamps = run.Events.Select(e => e.Timestamp).ToList();
        Assert.Equal(timestamps.Order(), timestamps);
    }

    [Fact]
    public async Task Same_seed_and_temperature_give_the_same_text()
    {
        var request = Ask() with { Temperature = 1.0, Seed = 123, IgnoreEos = true };

        var first = await CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken);
        var second = await CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken);

        Assert.Equal(first.Content + first.Reasoning, second.Content + second.Reasoning);
        Assert.NotEmpty(first.Content + first.Reasoning);
    }

    [Fact]
    public async Task A_stop_sequence_ends_generation_before_it_with_reason_stop()
    {
        // Given the answer text a greedy run produces before any think block, and a stop sequence from its middle
        var request = Ask() with { MaxTokens = 60, IgnoreEos = true, Temperature = 0 };
        var full = await CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken);
        var firstThink = full.Deltas.TakeWhile(d => !d.HasReasoning).Count();
        var text = string.Concat(full.Deltas.Take(firstThink + 1).Select(d => d.Content));
        Assert.True(text.Length >= 8, $"too little text before a think block: '{text}'");
        var stop = text.Substring(text.Length / 2, 2);

        // When the same request carries that stop sequence
        var stopped = await CompletionRun.CollectAsync(model.Provider, request with { Stop = [stop] }, TestContext.Current.CancellationToken);

        // Then the text ends right before its first occurrence
        Assert.Equal("stop", stopped.FinishReason);
        Assert.Equal(text[..text.IndexOf(stop, StringComparison.Ordinal)], stopped.Content);
        Assert.Empty(stopped.Reasoning);
        Assert.True(stopped.Usage.CompletionTokens < full.Usage.CompletionTokens);
    }

    [Fact]
    public async Task Think_tags_the_model_writes_come_out_as_reasoning_with_reasoning_tokens()
    {
        // Given sampled runs of the tiny model, whose vocabulary holds <think> and </think> as single tokens: about one
        // run in ten writes one, so among the first seeds there is a run that does (the seeds make this repeatable)
        CompletionRun? thinking = null;
        for (var seed = 0; seed < 200 && thinking is null; seed++)
        {
            var run = await CompletionRun.CollectAsync(model.Provider,
                Ask() with { MaxTokens = 64, IgnoreEos = true, Temperature = 1.5, Seed = seed }, TestContext.Current.CancellationToken);
            if (run.Reasoning.Length > 0 && run.Content.Length > 0)
                thinking = run;
        }
        Assert.NotNull(thinking);

        // Then the tag that opens a block never reaches the answer, the tag that closes it never the reasoning, and the
        // reasoning tokens are counted within the total
        Assert.DoesNotContain("<think>", thinking.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("</think>", thinking.Reasoning, StringComparison.Ordinal);
        Assert.InRange(thinking.Usage.ReasoningTokens!.Value, 1, 63);
        Assert.Equal(64, thinking.Usage.CompletionTokens);
    }

    [Fact]
    public async Task A_prompt_longer_than_the_context_is_a_context_overflow_error()
    {
        var request = Ask(string.Concat(Enumerable.Repeat("hello world ", 400)));

        var error = await Assert.ThrowsAsync<ProviderException>(() =>
            CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ContextOverflow, error.Kind);
        Assert.Contains("256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generation_stops_with_reason_length_at_the_end_of_the_context()
    {
        var run = await CompletionRun.CollectAsync(model.Provider, Ask() with { MaxTokens = 10_000, IgnoreEos = true }, TestContext.Current.CancellationToken);

        Assert.Equal("length", run.FinishReason);
        Assert.Equal(model.Provider.ContextWindowTokens, run.Usage.PromptTokens + run.Usage.CompletionTokens);
    }

    [Fact]
    public async Task A_reader_that_stops_early_frees_its_sequence_for_the_next_request()
    {
        // Given more abandoned streams than the provider has sequences (a sequence not freed would block with a timeout)
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 4; i++)
        {
            await foreach (var e in model.Provider.StreamAsync(Ask() with { MaxTokens = 200, IgnoreEos = true }, timeout.Token))
                if (e is TokenDelta)
                    break;
        }

        // When another request comes, Then it still completes
        var run = await CompletionRun.CollectAsync(model.Provider, Ask() with { IgnoreEos = true }, timeout.Token);
        Assert.Equal(24, run.Usage.CompletionTokens);
    }

    [Fact]
    public async Task A_cancelled_request_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var request = Ask() with { MaxTokens = 200, IgnoreEos = true };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in model.Provider.StreamAsync(request, cancellation.Token))
                if (e is TokenDelta)
                    await cancellation.CancelAsync();
        });
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(10, 2.5)]
    public async Task Invalid_sampling_settings_are_client_errors(int maxTokens, double temperature)
    {
        var request = Ask() with { MaxTokens = maxTokens, Temperature = temperature };

        var error = await Assert.ThrowsAsync<ProviderException>(() =>
            CompletionRun.CollectAsync(model.Provider, request, TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ClientError, error.Kind);
    }

    [Fact]
    public async Task A_missing_file_is_a_model_load_error_naming_the_file()
    {
        var path = Path.Combine(TestModels.NewFolder(), "nowhere.gguf");

        var error = await Assert.ThrowsAsync<ProviderException>(() => LlamaCompletionProvider.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ModelLoad, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_file_is_a_model_load_error_naming_the_file()
    {
        var path = TestModels.Write(TestModels.Small);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        var error = await Assert.ThrowsAsync<ProviderException>(() => LlamaCompletionProvider.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ModelLoad, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_GGUF_is_a_model_load_error_naming_the_file()
    {
        var path = Path.Combine(TestModels.NewFolder(), "notes.gguf");
        await File.WriteAllTextAsync(path, "these are not weights", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ProviderException>(() => LlamaCompletionProvider.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ModelLoad, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a GGUF file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GGUF_file_llama_cpp_rejects_is_a_model_load_error_naming_the_file()
    {
        // Given a well-formed GGUF file that lacks the tensors of a llama model
        var path = Path.Combine(TestModels.NewFolder(), "empty-llama.gguf");
        new Yardstick.Local.Gguf.GgufWriter().AddString("general.architecture", "llama").WriteTo(path);

        var error = await Assert.ThrowsAsync<ProviderException>(() => LlamaCompletionProvider.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorKind.ModelLoad, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("could not load", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_F16_tiny_model_loads_and_generates()
    {
        var path = TestModels.Write(TestModels.Small with { TensorType = Yardstick.Local.Gguf.GgmlType.F16 });
        using var provider = await LlamaCompletionProvider.OpenAsync(path, new LocalModelOptions { Threads = 2, MaxParallelSequences = 1 },
            TestContext.Current.CancellationToken);

        var run = await CompletionRun.CollectAsync(provider, Ask() with { MaxTokens = 8, IgnoreEos = true }, TestContext.Current.CancellationToken);

        Assert.Equal(8, run.Usage.CompletionTokens);
        Assert.NotEmpty(run.Content + run.Reasoning);
    }

    [Fact]
    public async Task A_prompt_longer_than_one_batch_is_decoded_in_several()
    {
        // Given a provider whose batches hold 16 tokens, and a prompt of several batches
        using var provider = await LlamaCompletionProvider.OpenAsync(model.ModelPath,
            new LocalModelOptions { Threads = 2, MaxParallelSequences = 1, BatchTokens = 16 }, TestContext.Current.CancellationToken);
        var request = Ask(string.Concat(Enumerable.Repeat("the model ", 20))) with { MaxTokens = 4, IgnoreEos = true };

        // When it runs, Then the whole prompt is counted and generation follows
        var run = await CompletionRun.CollectAsync(provider, request, TestContext.Current.CancellationToken);
        Assert.InRange(run.Usage.PromptTokens!.Value, 40, 200);
        Assert.Equal(4, run.Usage.CompletionTokens);
    }

    [Fact]
    public void Counts_tokens_in_the_model_vocabulary_with_special_tokens_parsed()
    {
        Assert.Equal(1, model.Provider.CountTokens("<|im_end|>"));
        Assert.Equal(2, model.Provider.CountTokens("<|im_start|><|im_end|>"));
        Assert.InRange(model.Provider.CountTokens("the answer"), 2, 10);
    }

    [Fact]
    public void Describes_itself_by_model_id_and_exposes_its_context()
    {
        Assert.Equal("llamasharp:tiny-42", model.Provider.Describe);
        Assert.Equal(256, model.Provider.ContextWindowTokens);
    }
}
