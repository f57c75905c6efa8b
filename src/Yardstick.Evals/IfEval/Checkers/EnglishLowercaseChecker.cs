using Yardstick.Evals.IfEval.Language;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>change_case:english_lowercase</c>: no capital letters and the text is detected as English.</summary>
public sealed class EnglishLowercaseChecker : IInstructionChecker
{
    public const string Id = "change_case:english_lowercase";

    public static EnglishLowercaseChecker Create(InstructionArguments arguments) => new();

    // As in the official checker, undetectable text (no letters) counts as English.
    public bool IsFollowed(string response)
    {
        if (!PythonText.IsLower(response))
            return false;
        var language = LanguageDetector.Detect(response);
        return language is null || language == "en";
    }
}
