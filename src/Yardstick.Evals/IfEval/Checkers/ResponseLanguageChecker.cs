using Yardstick.Evals.IfEval.Language;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>language:response_language</c>: the detected language is the requested ISO 639-1 code.
/// Text with no letters cannot be detected and counts as followed, as in the official checker.
/// </summary>
public sealed class ResponseLanguageChecker(string language) : IInstructionChecker
{
    public const string Id = "language:response_language";

    public static ResponseLanguageChecker Create(InstructionArguments arguments) => new(arguments.GetString("language"));

    public bool IsFollowed(string response) => LanguageDetector.Detect(response) is not { } detected || detected == language;
}
