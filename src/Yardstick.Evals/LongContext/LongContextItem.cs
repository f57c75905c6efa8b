using Yardstick.Evals.Model;

namespace Yardstick.Evals.LongContext;

/// <summary>
/// One long-context question: the document length it was asked at (o200k tokens of the prompt's document), its kind
/// (<c>retrieval</c>, <c>multi-needle</c>, <c>multi-hop</c>) and the exact answer parts in the order asked.
/// </summary>
public sealed record LongContextItem(string PromptId, string Prompt, string Reference, int LengthTokens, string Kind, IReadOnlyList<string> Answers)
    : EvalItem(PromptId, Prompt, Reference);
