using System.Text.RegularExpressions;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Scoring;

/// <summary>
/// The program that decides a HumanEval answer: code + the official <c>test</c> + <c>check(entry_point)</c>, where the
/// code follows the official convention (task code + completion) with one rule for models that write the whole
/// function, as asked: when the extracted code defines <c>def entry_point(</c> at the start of a line, the program is
/// task code + newline + that code (the task's imports, helpers and stub stay; the model's definition replaces the
/// stub, which a docstring alone makes valid Python); otherwise the code is a body completing the task code, appended
/// verbatim — except that the graded text is trimmed (<c>ResponseParts</c>), so a body whose first line lost its
/// indentation gets it back: four spaces on the first line when later lines are indented, on every line when none is.
/// </summary>
public static class HumanEvalProgram
{
    public static bool DefinesEntryPoint(string code, string entryPoint) =>
        Regex.IsMatch(code, $@"^(async\s+)?def\s+{Regex.Escape(entryPoint)}\s*\(", RegexOptions.Multiline);

    public static string Build(CodeTaskItem task, string code)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(code);
        var solution = DefinesEntryPoint(code, task.EntryPoint) ? task.TaskCode + "\n" + code : task.TaskCode + Body(code);
        return solution + "\n" + task.Test + "\n" + $"check({task.EntryPoint})\n";
    }

    private const string Indent = "    ";

    private static string Body(string code)
    {
        var lines = code.Split('\n');
        if (lines[0].Length == 0 || char.IsWhiteSpace(lines[0][0]))
            return code;
        var laterIndented = lines.Skip(1).Any(l => l.Trim().Length > 0 && char.IsWhiteSpace(l[0]));
        return laterIndented
            ? Indent + code
            : string.Join('\n', lines.Select(l => l.Length == 0 ? l : Indent + l));
    }
}
