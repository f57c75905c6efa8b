using System.Text;
using Yardstick.Core.Tokens;

namespace Yardstick.Probes.Texts;

/// <summary>
/// Plain, meaningless prose of a given length in o200k tokens (the normalising tokenizer), from a seeded generator, so
/// that long prompts are reproducible, fresh per seed, and carry no fact a needle could be confused with.
/// </summary>
internal static class FillerText
{
    private static readonly string[] Subjects = ["The committee", "A quiet river", "The old library", "Every morning train", "The garden wall", "A patient teacher", "The harbour crane", "An empty stadium"];
    private static readonly string[] Verbs = ["considered", "crossed", "described", "carried", "watched", "repaired", "followed", "measured"];
    private static readonly string[] Objects = ["the northern valley", "a stack of letters", "the evening light", "several wooden boxes", "the long corridor", "a field of barley", "the painted ceiling", "an unfinished bridge"];
    private static readonly string[] Endings = ["before the rain began", "without saying a word", "as the clocks struck noon", "while the market closed", "for the third time", "under a pale sky"];

    /// <summary>Sentences adding up to about <paramref name="tokens"/> o200k tokens (within one sentence).</summary>
    public static IReadOnlyList<string> Sentences(int tokens, int seed)
    {
        var random = new Random(seed);
        var sentences = new List<string>();
        var total = 0;
        while (total < tokens)
        {
            var sentence = $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Endings)}. ";
            total += O200kTokenCounter.Default.Count(sentence);
            sentences.Add(sentence);
        }
        return sentences;
    }

    public static string Text(int tokens, int seed) => string.Concat(Sentences(tokens, seed));

    /// <summary>Filler of about <paramref name="tokens"/> tokens with <paramref name="needle"/> inserted at <paramref name="depth"/> (0–1) of it.</summary>
    public static string WithNeedle(int tokens, int seed, string needle, double depth)
    {
        var sentences = Sentences(tokens, seed);
        var text = new StringBuilder();
        var at = (int)Math.Round(sentences.Count * Math.Clamp(depth, 0, 1));
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == at)
                text.Append(needle).Append(' ');
            text.Append(sentences[i]);
        }
        if (at >= sentences.Count)
            text.Append(needle);
        return text.ToString();
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
