using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>keywords:letter_frequency</c>: a letter (either case) occurs less than / at least N times.</summary>
public sealed class LetterFrequencyChecker : IInstructionChecker
{
    public const string Id = "keywords:letter_frequency";

    private readonly string _letter;
    private readonly int _frequency;
    private readonly ComparisonRelation _relation;

    public LetterFrequencyChecker(string letter, int frequency, ComparisonRelation relation)
    {
        letter = PythonText.Lower(PythonText.Strip(letter));
        if (letter.Length != 1)
            throw new FormatException($"IFEval instruction '{Id}': 'letter' must be one character, got \"{letter}\".");
        _letter = letter;
        _frequency = frequency;
        _relation = relation;
    }

    public static LetterFrequencyChecker Create(InstructionArguments arguments) =>
        new(arguments.GetString("letter"), arguments.GetInt("let_frequency"), arguments.GetRelation("let_relation"));

    public bool IsFollowed(string response) =>
        _relation.Holds(PythonText.Lower(response).Count(c => c == _letter[0]), _frequency);
}
