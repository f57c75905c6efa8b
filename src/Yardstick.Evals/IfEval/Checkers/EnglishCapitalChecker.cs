using Yardstick.Evals.IfEval.Language;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>change_case:english_capital</c>: all cased letters are capitals and the text is detected as English.</summary>
public sealed class EnglishCapitalChecker : IInstructionChecker
{
    public const string Id = "change_case:english_capital";

    public static EnglishCapitalChecker Create(InstructionArguments arguments) => new();

    // As in the official checker, undetectable text (no letters) counts as English.
    public bool IsFollowed(string response)
    {
        if (!PythonText.IsUpper(response))
            return false;
        var language = LanguageDetector.Detect(response);
        return language is null || language == "en";
    }
}
