using System.Globalization;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads;

/// <summary>
/// Sixty varied reasoning prompts (six kinds of problem, ten instances each: speeds, modular powers, dice and cards,
/// sequences, seatings, and ordering puzzles), asked in turn, for the mean number of thinking tokens that the published
/// end-to-end time for 500 tokens uses. The prompts are fixed (version 1) so that models compare on the same questions.
/// </summary>
public sealed class ReasoningWorkload : IPerfWorkload
{
    public const int PromptCount = 60;
    private const string Suffix = " Think it through, then give the final answer on its own line as 'Answer: <value>'.";
    private static readonly Lazy<IReadOnlyList<string>> SharedPrompts = new(BuildPrompts);

    public static ReasoningWorkload Default { get; } = new();

    public string Name => "reasoning-60";

    public string Version => "1";

    public static IReadOnlyList<string> Prompts => SharedPrompts.Value;

    public PerfPrompt Next(int sequence)
    {
        var index = ((sequence % PromptCount) + PromptCount) % PromptCount;
        var messages = new[] { ChatMessage.User(Prompts[index]) };
        // The pass through the sixty prompts (negative for warm-up) keeps each repeat's (PromptId, Epoch) unique in the run.
        var pass = (int)Math.Floor(sequence / (double)PromptCount);
        return new PerfPrompt($"{Name}/{index + 1:00}", messages, Core.Tokens.O200kTokenCounter.Default.Count(messages[0].Content), PromptHash.Of(messages), pass);
    }

    private static List<string> BuildPrompts()
    {
        var prompts = new List<string>(PromptCount);
        var names = new[] { "Ana", "Ben", "Chen", "Dara", "Eli", "Farah", "Goran", "Hana" };
        for (var i = 0; i < 10; i++)
        {
            int a = 60 + 15 * i, b = 40 + 5 * i, c = 90 - 3 * i, d = 80 + 10 * (i % 4);
            prompts.Add(Invariant($"A train travels {a} km at {b} km/h and then {c} km at {d} km/h. What is its average speed over the whole trip, in km/h to two decimals?"));
        }
        for (var i = 0; i < 10; i++)
        {
            int baseValue = 3 + i, exponent = 100 + 37 * i, modulus = 7 + 2 * i;
            prompts.Add(Invariant($"What is the remainder when {baseValue} raised to the power {exponent} is divided by {modulus}?"));
        }
        for (var i = 0; i < 10; i++)
        {
            prompts.Add(i % 2 == 0
                ? Invariant($"Three fair six-sided dice are rolled. What is the probability that their sum is exactly {6 + i}? Give it as a reduced fraction.")
                : Invariant($"From a standard 52-card deck, {2 + i / 2} cards are drawn without replacement. What is the probability that all of them are hearts? Give it as a reduced fraction."));
        }
        for (var i = 0; i < 10; i++)
        {
            long first = 2 + i, ratio = 2 + i % 3, add = i + 1;
            var terms = new List<long> { first };
            for (var k = 1; k < 6; k++)
                terms.Add(k % 2 == 1 ? terms[^1] * ratio : terms[^1] + add);
            prompts.Add(Invariant($"Find the rule and give the next number in the sequence {string.Join(", ", terms)}, ?"));
        }
        for (var i = 0; i < 10; i++)
        {
            var people = 5 + i / 2;
            string x = names[i % names.Length], y = names[(i + 3) % names.Length];
            prompts.Add(i % 2 == 0
                ? Invariant($"In how many distinct ways can {people} people sit around a round table if {x} and {y} refuse to sit next to each other? Rotations count as the same seating.")
                : Invariant($"In how many ways can {people} people stand in a line if {x} must stand somewhere to the left of {y}?"));
        }
        for (var i = 0; i < 10; i++)
        {
            var group = names.Skip(i % 4).Take(4).ToArray();
            prompts.Add(Invariant($"{group[0]} is taller than {group[1]}. {group[2]} is shorter than {group[1]} but taller than {group[3]}. A fifth person, {150 + i} cm tall, is shorter than {group[2]} but taller than {group[3]}. Who is the second shortest of all five, and who is the tallest?"));
        }
        return prompts.Select(p => p + Suffix).ToList();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
