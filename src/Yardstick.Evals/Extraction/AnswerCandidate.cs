namespace Yardstick.Evals.Extraction;

/// <summary>An anchored answer found in a response: where its anchor starts, which anchor, and the raw text after it.</summary>
public sealed record AnswerCandidate(int Position, AnchorKind Anchor, string Text);
