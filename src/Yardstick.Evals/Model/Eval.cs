using Yardstick.Core.Runs;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Model;

/// <summary>Base for evals over one item type: a response with nothing to grade is "no answer" before the eval sees it.</summary>
public abstract class Eval<TItem> : IEval where TItem : EvalItem
{
    public abstract string Id { get; }
    public abstract string Version { get; }
    public virtual int DefaultMaxTokens => 2048;

    public abstract EvalDataset Load();

    public EvalGrade Grade(EvalItem item, ResponseParts response)
    {
        if (item is not TItem typed)
            throw new ArgumentException($"Eval {Id} cannot grade a {item.GetType().Name}.", nameof(item));
        return response.Answer is null ? NoAnswer(typed) : Grade(typed, response.Answer);
    }

    public virtual ValueTask<EvalGrade> GradeAsync(EvalItem item, ResponseParts response, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Grade(item, response));

    public virtual Task<string?> CheckReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    /// <summary>The grade of an empty response or an unclosed think block.</summary>
    protected virtual EvalGrade NoAnswer(TItem item) => EvalGrade.NoAnswer(correctLoose: false);

    /// <summary>Grades a non-empty answer text (reasoning already removed).</summary>
    protected abstract EvalGrade Grade(TItem item, string answer);

    public virtual IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples) => new Dictionary<string, double>();
}
