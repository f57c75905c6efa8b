using System.Diagnostics;
using System.Threading.Channels;
using LLama;
using LLama.Native;
using LLama.Sampling;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Inference;

/// <summary>
/// The decode loop of one sequence: decode the prompt in batches, then sample, time-stamp, shape and decode one token at a
/// time. Driving llama.cpp directly (rather than an executor, which yields text pieces) lets every event carry the exact
/// number of tokens sampled and the time of sampling.
/// </summary>
internal static class GenerationLoop
{
    public static void Run(
        LLamaContext context,
        GenerationPlan plan,
        IReadOnlyCollection<LLamaToken> endOfGenerationTokens,
        ChannelWriter<CompletionEvent> writer,
        CancellationToken cancellationToken)
    {
        var vocabulary = context.Vocab;
        var batch = new LLamaBatch();
        var position = DecodePrompt(context, batch, plan.PromptTokens, cancellationToken);

        using var sampler = new DefaultSamplingPipeline
        {
            Temperature = plan.Temperature,
            Seed = plan.Seed,
            // OpenAI-style sampling: temperature only, every other filter neutral.
            TopK = 0,
            TopP = 1f,
            MinP = 0f,
            TypicalP = 1f,
            RepeatPenalty = 1f,
            // PreventEOS has no effect in LLamaSharp 0.30.0: a bias of minus infinity is what keeps EOS from being sampled.
            LogitBias = plan.IgnoreEos ? endOfGenerationTokens.ToDictionary(t => t, _ => float.NegativeInfinity) : new Dictionary<LLamaToken, float>(),
        };
        var shaper = new CompletionStreamShaper(plan.Stop, plan.StartsInThink);
        var piece = new byte[64];
        string finishReason;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            var sampledAt = Stopwatch.GetTimestamp();
            if (!plan.IgnoreEos && token.IsEndOfGeneration(vocabulary))
            {
                finishReason = "stop";
                break;
            }
            var length = PieceBytes(vocabulary, token, ref piece);
            if (shaper.Push(piece.AsSpan(0, length), sampledAt) is { } delta)
                writer.TryWrite(delta);
            if (shaper.Stopped)
            {
                finishReason = "stop";
                break;
            }
            // Prompt and completion together stay within the context window.
            if (shaper.CompletionTokens >= plan.MaxTokens || position + 1 >= context.ContextSize)
            {
                finishReason = "length";
                break;
            }
            batch.Clear();
            batch.Add(token, position++, LLamaSeqId.Zero, true);
            Check(context.Decode(batch));
        }

        var endedAt = Stopwatch.GetTimestamp();
        if (shaper.Complete(endedAt) is { } last)
            writer.TryWrite(last);
        writer.TryWrite(new UsageReported(endedAt, new TokenUsage(plan.PromptTokens.Length, shaper.CompletionTokens, shaper.ReasoningTokens)));
        writer.TryWrite(new Finished(endedAt, finishReason));
    }

    private static int DecodePrompt(LLamaContext context, LLamaBatch batch, LLamaToken[] tokens, CancellationToken cancellationToken)
    {
        var batchSize = (int)context.BatchSize;
        for (var start = 0; start < tokens.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            var end = Math.Min(start + batchSize, tokens.Length);
            for (var i = start; i < end; i++)
                batch.Add(tokens[i], i, LLamaSeqId.Zero, i == tokens.Length - 1);
            Check(context.Decode(batch));
        }
        return tokens.Length;
    }

    private static int PieceBytes(SafeLlamaModelHandle.Vocabulary vocabulary, LLamaToken token, ref byte[] buffer)
    {
        // Special tokens are rendered so that every sampled token shows up in the text and the counts stay exact.
        var length = NativeApi.llama_token_to_piece(vocabulary, token, buffer, 0, true);
        if (length < 0)
        {
            buffer = new byte[-length];
            length = NativeApi.llama_token_to_piece(vocabulary, token, buffer, 0, true);
        }
        return length;
    }

    private static void Check(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
            throw new ProviderException(ErrorKind.ServerError, $"llama.cpp decode failed: {result}.");
    }
}
