namespace Yardstick.Evals.Model;

/// <summary>
/// How one response was graded. <see cref="ExtractedAnswer"/> null means "no answer extracted", kept apart from a
/// wrong answer. <see cref="DetailsJson"/> carries what an eval records beyond the verdict (IFEval's per-instruction results).
/// </summary>
public sealed record EvalGrade(string? ExtractedAnswer, bool Correct, bool? CorrectLoose = null, double? Score = null, string? DetailsJson = null)
{
    /// <summary>Nothing to grade: empty response, unclosed think block, or no anchored answer.</summary>
    public static EvalGrade NoAnswer(bool? correctLoose = null, string? details = null) => new(null, false, correctLoose, 0, details);
}
