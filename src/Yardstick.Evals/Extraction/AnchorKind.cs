namespace Yardstick.Evals.Extraction;

/// <summary>Which phrase anchored a final answer.</summary>
public enum AnchorKind
{
    /// <summary>"the answer is X", "the final answer would be X", "the correct option is X".</summary>
    AnswerIs,
    /// <summary>"Answer: X", "**Final Answer:** X".</summary>
    AnswerColon,
    /// <summary><c>\boxed{X}</c> or <c>\fbox{X}</c> with balanced braces.</summary>
    Boxed,
    /// <summary>"#### X", GSM8K's reference format.</summary>
    Hashes,
    /// <summary>A line starting "A: X", the few-shot format of GSM8K's published model solutions.</summary>
    LineStartA,
}
