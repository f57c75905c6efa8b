using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>detectable_content:number_placeholders</c>: at least N square-bracket placeholders such as <c>[address]</c>.</summary>
public sealed partial class PlaceholderChecker(int numPlaceholders) : IInstructionChecker
{
    public const string Id = "detectable_content:number_placeholders";

    public static PlaceholderChecker Create(InstructionArguments arguments) => new(arguments.GetInt("num_placeholders"));

    public bool IsFollowed(string response) => Placeholder().Count(response) >= numPlaceholders;

    [GeneratedRegex(@"\[.*?\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
