using System.Globalization;
using System.Text;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>Base for multiple-choice evals: one prompt layout (question, lettered options, answer format) and one grader.</summary>
public abstract class ChoiceEval : Eval<ChoiceItem>
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Question text verbatim, then "A. option" lines, then the answer-format instruction.</summary>
    protected static string FormatPrompt(string preamble, string question, IReadOnlyList<string> options, string instruction)
    {
        if (options.Count > Letters.Length)
            throw new FormatException($"{options.Count} options; at most {Letters.Length} can be lettered");
        var prompt = new StringBuilder();
        prompt.Append(preamble).Append("\n\nQuestion: ").Append(question).Append("\nOptions:\n");
        for (var i = 0; i < options.Count; i++)
            prompt.Append(CultureInfo.InvariantCulture, $"{Letters[i]}. {options[i]}\n");
        prompt.Append('\n').Append(instruction);
        return prompt.ToString();
    }

    protected static string LetterOf(int index) => Letters[index].ToString();

    protected override EvalGrade Grade(ChoiceItem item, string answer)
    {
        var extractor = new ChoiceExtractor(item.Options);
        var letter = extractor.Extract(answer);
        var loose = extractor.ExtractLoose(answer);
        return new EvalGrade(letter, letter == item.Reference, loose == item.Reference);
    }
}
