namespace Yardstick.Core.Evals;

/// <summary>What a judge (or an abstention-aware grader) said of a free-form answer against the reference answers.</summary>
public enum JudgeVerdict
{
    /// <summary>The answer states a true answer (it agrees with a correct reference and with no false one).</summary>
    Correct,
    /// <summary>The answer states something false, or contradicts the correct references.</summary>
    Incorrect,
    /// <summary>The answer declines to answer ("I don't know", "I can't say") without asserting anything false.</summary>
    Abstained,
}
