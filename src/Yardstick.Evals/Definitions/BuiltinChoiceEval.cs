using System.Globalization;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// A small multiple-choice eval generated from a seed ("which number is the largest?", four options), for a fresh
/// machine with no data folder; chance level is 25 %.
/// </summary>
public sealed class BuiltinChoiceEval(int seed = BuiltinArithmeticEval.DefaultSeed, int count = BuiltinArithmeticEval.DefaultCount) : ChoiceEval
{
    public const string Name = "builtin-mc";

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 256;

    public override EvalDataset Load()
    {
        var random = new Random(seed);
        var items = new List<EvalItem>(count);
        for (var i = 0; i < count; i++)
        {
            var numbers = new HashSet<int>();
            while (numbers.Count < 4)
                numbers.Add(random.Next(10, 1000));
            var options = numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
            var largest = options.IndexOf(numbers.Max().ToString(CultureInfo.InvariantCulture));
            var prompt = FormatPrompt("Answer the following multiple choice question.", "Which of these numbers is the largest?", options,
                "Finish your response with \"Answer: X\" where X is the letter of the correct option.");
            items.Add(new ChoiceItem(string.Create(CultureInfo.InvariantCulture, $"mc-{i}"), prompt, LetterOf(largest), options));
        }
        return new EvalDataset(items, []);
    }
}
