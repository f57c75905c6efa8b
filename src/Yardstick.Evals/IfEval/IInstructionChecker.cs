namespace Yardstick.Evals.IfEval;

/// <summary>
/// One verifiable instruction of IFEval, already configured with its arguments (the prompt's
/// kwargs), e.g. "at least 300 words". Implementations mirror <c>check_following</c> of Google's
/// <c>instruction_following_eval/instructions.py</c>.
/// </summary>
public interface IInstructionChecker
{
    /// <summary>True when <paramref name="response"/> follows the instruction.</summary>
    bool IsFollowed(string response);
}
