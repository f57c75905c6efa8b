using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace Yardstick.Measure.Tokens;

/// <summary>
/// Loads a model's own tokenizer from a Hugging Face <c>tokenizer.json</c> for the third token count. Microsoft.ML.Tokenizers
/// 2.0.1 has no loader for that file, so this reads it and builds a <see cref="BpeTokenizer"/>: BPE models only
/// (<c>model.type: "BPE"</c>: GPT-2, Llama 3, Qwen, Mistral's newer tokenizers), with the vocabulary, the merges (as
/// strings or pairs), the added tokens, byte-level handling when the pre-tokenizer or decoder says ByteLevel, and the
/// pre-tokenizer's Split regex when it has one (else the GPT-2 pattern for byte-level files, or whitespace splitting).
/// Unigram and WordPiece files are refused with the reason (SentencePiece <c>.model</c> files need another loader).
/// </summary>
public static partial class HuggingFaceTokenizerFile
{
    public static Tokenizer Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var model = root.GetProperty("model");
        var type = model.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (!string.Equals(type, "BPE", StringComparison.Ordinal))
            throw new NotSupportedException($"{path}: model type {type ?? "(none)"} is not supported; Microsoft.ML.Tokenizers 2.0.1 builds BPE tokenizers from tokenizer.json here (Unigram and WordPiece are not).");
        var vocabulary = model.GetProperty("vocab").EnumerateObject().Select(p => new KeyValuePair<string, int>(p.Name, p.Value.GetInt32())).ToList();
        var merges = model.TryGetProperty("merges", out var m) ? m.EnumerateArray().Select(Merge).ToList() : [];
        var preTokenizer = root.TryGetProperty("pre_tokenizer", out var p) ? p : default;
        var byteLevel = Mentions(preTokenizer, "ByteLevel") || (root.TryGetProperty("decoder", out var d) && Mentions(d, "ByteLevel"));
        var special = root.TryGetProperty("added_tokens", out var added)
            ? added.EnumerateArray().ToDictionary(a => a.GetProperty("content").GetString()!, a => a.GetProperty("id").GetInt32(), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        var options = new BpeOptions(vocabulary)
        {
            Merges = merges,
            ByteLevel = byteLevel,
            SpecialTokens = special.Count > 0 ? special : null,
            PreTokenizer = SplitPattern(preTokenizer) is { } pattern
                ? new RegexPreTokenizer(new Regex(pattern, RegexOptions.Compiled), special.Count > 0 ? special : null)
                : byteLevel ? new RegexPreTokenizer(Gpt2Pattern(), special.Count > 0 ? special : null) : PreTokenizer.CreateWhiteSpace(special.Count > 0 ? special : null),
        };
        if (model.TryGetProperty("unk_token", out var unknown) && unknown.ValueKind == JsonValueKind.String)
            options.UnknownToken = unknown.GetString();
        return BpeTokenizer.Create(options);
    }

    private static string Merge(JsonElement merge) => merge.ValueKind == JsonValueKind.Array
        ? string.Join(' ', merge.EnumerateArray().Select(e => e.GetString()))
        : merge.GetString() ?? "";

    private static bool Mentions(JsonElement element, string type) =>
        element.ValueKind != JsonValueKind.Undefined && element.GetRawText().Contains($"\"{type}\"", StringComparison.Ordinal);

    /// <summary>The first Split pre-tokenizer's regex, directly or inside a Sequence.</summary>
    private static string? SplitPattern(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (element.TryGetProperty("type", out var type) && type.GetString() == "Split"
            && element.TryGetProperty("pattern", out var pattern) && pattern.TryGetProperty("Regex", out var regex))
            return regex.GetString();
        if (element.TryGetProperty("pretokenizers", out var list))
            return list.EnumerateArray().Select(SplitPattern).FirstOrDefault(r => r is not null);
        return null;
    }

    [GeneratedRegex(@"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+")]
    private static partial Regex Gpt2Pattern();
}
