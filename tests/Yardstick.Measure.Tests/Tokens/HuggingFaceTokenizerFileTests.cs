using Yardstick.Measure.Tokens;

namespace Yardstick.Measure.Tests.Tokens;

public sealed class HuggingFaceTokenizerFileTests
{
    [Fact]
    public void A_bpe_tokenizer_json_counts_with_its_own_merges()
    {
        // Given a tokenizer.json the test writes: characters a, b, c, the merge "a b" and whitespace pre-tokenization
        var path = Path.Combine(Path.GetTempPath(), $"tokenizer-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"version":"1.0","added_tokens":[],"pre_tokenizer":{"type":"Whitespace"},
             "model":{"type":"BPE","vocab":{"a":0,"b":1,"c":2,"ab":3},"merges":["a b"]}}
            """);
        try
        {
            // When it is loaded and counts "ab abc ba"
            var tokenizer = HuggingFaceTokenizerFile.Load(path);

            // Then "ab" is one token by its merge, "abc" two, "ba" (no merge b a) two
            Assert.Equal(5, tokenizer.CountTokens("ab abc ba"));
            Assert.Equal([3, 3, 2, 1, 0], tokenizer.EncodeToIds("ab abc ba"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_unigram_tokenizer_json_is_refused_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tokenizer-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"model":{"type":"Unigram","vocab":[["a",-1.0]]}}""");
        try
        {
            var error = Assert.Throws<NotSupportedException>(() => HuggingFaceTokenizerFile.Load(path));
            Assert.Contains("Unigram", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
