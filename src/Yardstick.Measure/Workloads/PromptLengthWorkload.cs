using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.Tokenizers;
using Yardstick.Core.Providers;
using Yardstick.Core.Tokens;

namespace Yardstick.Measure.Workloads;

/// <summary>
/// Prompts of an exact normalised (o200k_base) length: a fresh random nonce first (so that no prefix or prompt cache
/// can help, across requests and across runs), an instruction to write at length, then random single-token filler
/// words. The length is checked by counting the finished text; it is the user message's content length, excluding any
/// chat template the server adds. Classes in DESIGN §2: about 100, 1k, 10k and 100k tokens. Given a run id, the nonce's
/// first half is derived from it (a scheduled probe's prompts are marked as its own) and its second half stays random, so
/// that even a resumed run never resends a prompt a dead worker may already have sent. Given a seed instead (`perf
/// --seed`), every nonce is derived from the seed and the sequence: reproducible prompts, resent by a rerun with the
/// same seed (which the prompt-cache analyser's cross-run check flags).
/// </summary>
public sealed class PromptLengthWorkload : IPerfWorkload
{
    public const int MinimumPromptTokens = 16;

    /// <summary>
    /// Beyond every context window in the catalog (the largest are 1M–2M tokens): a longer prompt could only exhaust
    /// memory while it is built (about 7 bytes a token, twice over) before any endpoint refused it.
    /// </summary>
    public const int MaximumPromptTokens = 2_000_000;
    private const string Instruction = "Write a long, detailed story that uses the following words, and keep writing:";
    private readonly Tokenizer _tokenizer;
    private readonly IReadOnlyList<string> _pieces;

    private readonly string? _runTag;
    private readonly int? _seed;

    public PromptLengthWorkload(int promptTokens, Tokenizer? tokenizer = null, string? runId = null, int? seed = null)
    {
        _runTag = runId is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runId)))[..8];
        _seed = seed;
        ArgumentOutOfRangeException.ThrowIfLessThan(promptTokens, MinimumPromptTokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(promptTokens, MaximumPromptTokens);
        PromptTokens = promptTokens;
        _tokenizer = tokenizer ?? O200kTokenCounter.Default.Tokenizer;
        _pieces = FillerWords.SingleTokenPieces(_tokenizer);
    }

    public int PromptTokens { get; }

    public string Name => $"prompt-length-{PromptTokens}";

    public string Version => "1";

    public PerfPrompt Next(int sequence)
    {
        string text;
        if (_seed is { } seed)
        {
            // Nonce and filler both from the seed and the sequence: the same prompt on every run with this seed.
            var derived = SHA256.HashData(Encoding.UTF8.GetBytes($"seed:{seed}/{sequence}"));
            text = Build(Convert.ToHexStringLower(derived)[..16], new Random(BitConverter.ToInt32(derived, 16)));
        }
        else
        {
            text = Build(_runTag is null ? RandomNumberGenerator.GetHexString(16, lowercase: true) : _runTag + RandomNumberGenerator.GetHexString(8, lowercase: true));
        }
        var messages = new[] { ChatMessage.User(text) };
        return new PerfPrompt($"{Name}/{sequence}", messages, PromptTokens, PromptHash.Of(messages));
    }

    /// <summary>The prompt for <paramref name="nonce"/>: exactly <see cref="PromptTokens"/> tokens, or an error saying why not.</summary>
    internal string Build(string nonce, Random? random = null)
    {
        random ??= Random.Shared;
        var head = $"[{nonce}] {Instruction}";
        // Short prompts drop the instruction, then shorten the nonce (hex splits into many tokens) until a word fits.
        for (var length = nonce.Length; _tokenizer.CountTokens(head) >= PromptTokens && length >= 4; length /= 2)
            head = $"[{nonce[..length]}]";
        var filler = PromptTokens - _tokenizer.CountTokens(head);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var text = Compose(head, filler, random);
            var count = _tokenizer.CountTokens(text);
            if (count == PromptTokens)
                return text;
            filler += PromptTokens - count;
            if (filler < 0)
                break;
        }
        throw new InvalidOperationException($"Could not build a prompt of exactly {PromptTokens} tokens.");
    }

    private string Compose(string head, int fillerTokens, Random random)
    {
        var builder = new StringBuilder(head.Length + fillerTokens * 7);
        builder.Append(head);
        for (var i = 0; i < fillerTokens; i++)
            builder.Append(_pieces[random.Next(_pieces.Count)]);
        return builder.ToString();
    }
}
