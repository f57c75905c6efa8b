namespace Yardstick.Evals.IfEval;

/// <summary>
/// The eight responses the official loose evaluation tries (<c>test_instruction_following_loose</c>):
/// the response, without its first line, without its last line, without both, and each of those
/// with every <c>*</c> removed. Loose mode forgives a preamble ("Sure, here it is:"), a closing
/// remark, and markdown emphasis.
/// </summary>
internal static class ResponseVariants
{
    public static IReadOnlyList<string> Loose(string response)
    {
        var lines = response.Split('\n');
        var removeFirst = Text.PythonText.Strip(string.Join('\n', lines.Skip(1)));
        var removeLast = Text.PythonText.Strip(string.Join('\n', lines.Take(lines.Length - 1)));
        var removeBoth = Text.PythonText.Strip(string.Join('\n', lines.Skip(1).Take(lines.Length - 2)));
        return
        [
            response,
            response.Replace("*", "", StringComparison.Ordinal),
            removeFirst,
            removeLast,
            removeBoth,
            removeFirst.Replace("*", "", StringComparison.Ordinal),
            removeLast.Replace("*", "", StringComparison.Ordinal),
            removeBoth.Replace("*", "", StringComparison.Ordinal),
        ];
    }
}
