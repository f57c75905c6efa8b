using Yardstick.Local.Tiny;

namespace Yardstick.Local.Tests.Tiny;

public sealed class TinyVocabularyTests
{
    [Fact]
    public void Has_the_special_tokens_and_all_256_byte_tokens()
    {
        var (tokens, scores, types) = TinyVocabulary.Build();

        Assert.Equal("<unk>", tokens[TinyVocabulary.UnknownId]);
        Assert.Equal("<s>", tokens[TinyVocabulary.BeginId]);
        Assert.Equal("</s>", tokens[TinyVocabulary.EndId]);
        Assert.Contains("<|im_end|>", tokens);
        Assert.Equal(256, types.Count(t => t == 6));
        Assert.Equal(Enumerable.Range(0, 256).Select(b => $"<0x{b:X2}>"), tokens.Where((_, i) => types[i] == 6));
        Assert.Equal(tokens.Count, scores.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void Every_word_piece_has_its_prefixes_so_SPM_merges_can_reach_it()
    {
        var (tokens, _, _) = TinyVocabulary.Build();
        var set = tokens.ToHashSet();

        foreach (var piece in tokens.Where(t => t.Length > 2 && t[0] == '\u2581'))
            Assert.Contains(piece[..^1], set);
    }
}
