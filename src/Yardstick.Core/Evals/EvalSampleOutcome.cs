namespace Yardstick.Core.Evals;

/// <summary>What became of one eval sample: "no answer" is kept apart from "wrong", and both apart from a failed request.</summary>
public enum EvalSampleOutcome
{
    Correct,
    Wrong,
    /// <summary>The response arrived but no answer could be extracted (empty, unclosed think block, no anchored answer).</summary>
    NoAnswer,
    /// <summary>The request failed (endpoint error after bounded retries); see the sample's error kind.</summary>
    Failed,
}
