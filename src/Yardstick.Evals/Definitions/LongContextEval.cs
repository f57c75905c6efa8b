using System.Globalization;
using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Core.Tokens;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.LongContext;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// Long context, generated from a seed: at each length (4k, 8k, 16k, … o200k tokens of document, up to the claimed
/// window less the answer budget, capped by <c>--max-context</c>; 32k when neither is known; one length from 512 up when
/// the window has no room for 4k) a registry of fictional
/// companies (<see cref="CompanyRegistry"/>) and eight questions about it with exact answers: three single-needle
/// retrievals, two three-needle retrievals and three two-hop questions (a company's parent's city or chief executive),
/// the needles spread over the document's depth. Graded on the last "Answer: …" by <see cref="ExactAnswer"/>.
/// <see cref="Metrics"/>: accuracy per length and the effective context length (<see cref="EffectiveContext"/>).
/// Prompt id = <c>ctx-{length}/{question}</c>; lengths interleave so that <c>--limit</c> covers all of them.
/// </summary>
public sealed class LongContextEval(int seed = LongContextEval.DefaultSeed, long? claimedWindowTokens = null, long? maxContextTokens = null, ITokenCounter? counter = null)
    : Eval<LongContextItem>
{
    public const string Name = "long-context";
    public const int DefaultSeed = 20260101;
    public const int ShortestLength = 4096;
    /// <summary>The one length asked when the window leaves no room for <see cref="ShortestLength"/>.</summary>
    public const int SmallestLength = 512;
    /// <summary>The prompt length tried when neither the catalog nor the run gives a window.</summary>
    public const int DefaultLongestLength = 32768;
    private const int AnswerBudget = 1024;
    private const int PromptOverhead = 200;

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => AnswerBudget;

    /// <summary>The claimed window this run was sized by (catalog <c>context_window_tokens</c>), reported next to the effective length.</summary>
    public long? ClaimedWindowTokens => claimedWindowTokens;

    /// <summary>The document lengths asked, shortest first.</summary>
    public IReadOnlyList<int> Lengths
    {
        get
        {
            var cap = Math.Min(claimedWindowTokens ?? long.MaxValue, maxContextTokens ?? long.MaxValue);
            var longest = cap == long.MaxValue ? DefaultLongestLength : cap - AnswerBudget - PromptOverhead;
            var lengths = new List<int>();
            for (long length = ShortestLength; length <= longest; length *= 2)
                lengths.Add((int)length);
            // The claimed window itself (rounded down to 1k) when it lies between two powers of two.
            var top = longest / 1024 * 1024;
            if (cap != long.MaxValue && lengths.Count > 0 && top > lengths[^1] && top <= int.MaxValue)
                lengths.Add((int)top);
            if (lengths.Count > 0)
                return lengths;
            // A window too small for 4k documents (an old or a demo model) is asked at the longest power of two from 512
            // that fits, so its questions still fit its window; such a figure is named by its length like any other.
            var small = SmallestLength;
            while (small * 2 <= longest)
                small *= 2;
            return [small];
        }
    }

    public override EvalDataset Load()
    {
        var tokens = counter ?? O200kTokenCounter.Default;
        var groups = Lengths.Select(length => (IReadOnlyList<EvalItem>)Questions(length, CompanyRegistry.Generate(seed ^ length, length, tokens))).ToList();
        return new EvalDataset(DataFiles.Interleave(groups), []);
    }

    private List<EvalItem> Questions(int length, CompanyRegistry registry)
    {
        var random = new Random(seed + length);
        var records = registry.Records;
        var byName = records.ToDictionary(r => r.Name, StringComparer.Ordinal);
        CompanyRecord AtDepth(double depth) => records[Math.Clamp((int)(depth * records.Count), 0, records.Count - 1)];
        var items = new List<LongContextItem>();
        void Add(string kind, string question, params string[] answers)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"ctx-{length}/{items.Count}");
            items.Add(new LongContextItem(id, Prompt(registry.Text, question, answers.Length), string.Join(", ", answers), length, kind, answers));
        }
        foreach (var depth in new[] { 0.1, 0.5, 0.9 })
        {
            var r = AtDepth(depth + random.NextDouble() * 0.05);
            Add("retrieval", $"How many employees does {r.Name} have?", r.Employees.ToString(CultureInfo.InvariantCulture));
        }
        for (var i = 0; i < 2; i++)
        {
            var picks = new[] { 0.05, 0.45, 0.85 }.Select(d => AtDepth(d + i * 0.08 + random.NextDouble() * 0.04)).DistinctBy(r => r.Name).ToList();
            Add("multi-needle", $"In which years were {string.Join(", ", picks.Select(p => p.Name))} founded? Give the years in that order.",
                [.. picks.Select(p => p.Founded.ToString(CultureInfo.InvariantCulture))]);
        }
        var withParents = records.Where(r => r.Parent is not null).ToList();
        foreach (var depth in new[] { 0.2, 0.6, 0.95 })
        {
            var child = withParents.Count == 0 ? null : withParents[Math.Clamp((int)(depth * withParents.Count), 0, withParents.Count - 1)];
            if (child is null)
                break;
            var parent = byName[child.Parent!];
            if (items.Count % 2 == 0)
                Add("multi-hop", $"In which city is the headquarters of the parent company of {child.Name}?", parent.City);
            else
                Add("multi-hop", $"Who is the chief executive of the parent company of {child.Name}?", parent.Ceo);
        }
        return [.. items];
    }

    private static string Prompt(string document, string question, int parts) =>
        "Below are records from a company registry. Answer the question using only these records.\n\n<records>\n" + document + "</records>\n\n" +
        "Question: " + question + "\n" +
        (parts > 1 ? "Give the answers separated by commas. " : "") +
        "End your response with a line of the form \"Answer: X\".";

    protected override EvalGrade Grade(LongContextItem item, string answer)
    {
        var extracted = AnchoredAnswerFinder.FindLast(answer) is { } candidate ? AnswerCleaner.Clean(candidate.Text) : null;
        if (string.IsNullOrWhiteSpace(extracted))
            return EvalGrade.NoAnswer(correctLoose: item.Answers.All(a => answer.Contains(a, StringComparison.OrdinalIgnoreCase)));
        return new EvalGrade(extracted, ExactAnswer.Matches(extracted, item.Answers), item.Answers.All(a => answer.Contains(a, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// <c>accuracy@{length}</c> per length (failed requests count as wrong, as in the headline), <c>effective_context_tokens</c>
    /// when defined, <c>claimed_context_tokens</c> when known, and the margin used.
    /// </summary>
    public override IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples)
    {
        var byLength = samples.GroupBy(s => LengthOf(s.PromptId)).Where(g => g.Key > 0)
            .Select(g => (Length: g.Key, Accuracy: g.Average(EvalAnalysis.ScoreOf))).OrderBy(p => p.Length).ToList();
        var metrics = byLength.ToDictionary(p => string.Create(CultureInfo.InvariantCulture, $"accuracy@{p.Length}"), p => p.Accuracy);
        if (EffectiveContext.Of(byLength) is { } effective)
            metrics["effective_context_tokens"] = effective;
        if (claimedWindowTokens is { } claimed)
            metrics["claimed_context_tokens"] = claimed;
        metrics["effective_context_margin"] = EffectiveContext.DefaultMargin;
        return metrics;
    }

    private static int LengthOf(string promptId) =>
        promptId.StartsWith("ctx-", StringComparison.Ordinal) && int.TryParse(promptId.AsSpan(4, promptId.IndexOf('/', StringComparison.Ordinal) - 4), CultureInfo.InvariantCulture, out var length)
            ? length : 0;
}
