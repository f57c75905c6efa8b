using System.Globalization;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// A small arithmetic eval the project generates itself from a seed, so that a fresh machine with no data folder
/// can run an eval end to end (the main job runs it on the embedded model). Same seed, same questions, everywhere.
/// </summary>
public sealed class BuiltinArithmeticEval(int seed = BuiltinArithmeticEval.DefaultSeed, int count = BuiltinArithmeticEval.DefaultCount) : Eval<EvalItem>
{
    public const string Name = "builtin-arith";
    public const int DefaultSeed = 20260101;
    public const int DefaultCount = 50;

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 256;

    public override EvalDataset Load()
    {
        var random = new Random(seed);
        var items = new List<EvalItem>(count);
        for (var i = 0; i < count; i++)
        {
            var a = random.Next(2, 100);
            var b = random.Next(2, 100);
            var (symbol, result) = random.Next(3) switch
            {
                0 => ("+", a + b),
                1 => ("-", a - b),
                _ => ("*", a * b),
            };
            var question = string.Create(CultureInfo.InvariantCulture, $"What is {a} {symbol} {b}?");
            var prompt = question + " Give the result on the last line in the form \"Answer: N\".";
            items.Add(new EvalItem(string.Create(CultureInfo.InvariantCulture, $"arith-{i}"), prompt, result.ToString(CultureInfo.InvariantCulture)));
        }
        return new EvalDataset(items, []);
    }

    protected override EvalGrade Grade(EvalItem item, string answer)
    {
        var extracted = NumberExtractor.Extract(answer);
        return new EvalGrade(extracted, NumberExtractor.NumbersEqual(extracted, item.Reference), NumberExtractor.NumbersEqual(NumberExtractor.ExtractLoose(answer), item.Reference));
    }
}
