namespace Yardstick.Evals.Extraction;

/// <summary>
/// A response split into the text that is graded (<see cref="Answer"/>) and the reasoning that never is.
/// <see cref="Answer"/> is null when there is nothing to grade: an empty response or a think block never closed.
/// </summary>
public sealed record ResponseParts(string? Answer, string Reasoning, bool UnclosedThink)
{
    /// <summary>
    /// Splits a response: reasoning from the provider's reasoning channel plus any text up to the last
    /// <c>&lt;/think&gt;</c> in the content; an opened and never closed think block leaves no answer (it was cut or
    /// never finished), so its "answers" inside are not graded.
    /// </summary>
    public static ResponseParts Split(string? content, string? reasoningContent = null)
    {
        const string open = "<think>";
        const string close = "</think>";
        var reasoning = reasoningContent ?? "";
        var text = content ?? "";
        var lastClose = text.LastIndexOf(close, StringComparison.OrdinalIgnoreCase);
        if (lastClose >= 0)
        {
            var thought = text[..lastClose];
            var openAt = thought.IndexOf(open, StringComparison.OrdinalIgnoreCase);
            reasoning += openAt >= 0 ? thought[(openAt + open.Length)..] : thought;
            text = text[(lastClose + close.Length)..];
        }
        else
        {
            var openAt = text.IndexOf(open, StringComparison.OrdinalIgnoreCase);
            if (openAt >= 0)
                return new ResponseParts(null, reasoning + text[(openAt + open.Length)..], true);
        }
        return new ResponseParts(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), reasoning, false);
    }
}
