using Yardstick.Evals.IfEval;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>An IFEval prompt: sent verbatim, graded by its verifiable instructions.</summary>
public sealed record InstructionItem(IfEvalItem Source)
    : EvalItem(Source.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Source.Prompt, string.Join(", ", Source.InstructionIds));
