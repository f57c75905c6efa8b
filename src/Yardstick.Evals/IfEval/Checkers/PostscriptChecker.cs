using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>detectable_content:postscript</c>: the response contains the postscript marker (case-insensitive,
/// with optional spaces inside <c>P.S.</c> / <c>P.P.S</c>). The official check does not require the
/// postscript to be at the end, and neither does this one.
/// </summary>
public sealed class PostscriptChecker : IInstructionChecker
{
    public const string Id = "detectable_content:postscript";

    private readonly Regex _pattern;

    public PostscriptChecker(string postscriptMarker)
    {
        var marker = PythonText.Strip(postscriptMarker);
        var pattern = marker switch
        {
            "P.P.S" => @"\s*p\.\s?p\.\s?s.*$",
            "P.S." => @"\s*p\.\s?s\..*$",
            _ => @"\s*" + PythonText.Lower(marker) + ".*$",
        };
        try
        {
            _pattern = new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"IFEval instruction '{Id}': marker '{marker}' is not a valid pattern: {ex.Message}", ex);
        }
    }

    public static PostscriptChecker Create(InstructionArguments arguments) => new(arguments.GetString("postscript_marker"));

    public bool IsFollowed(string response) => _pattern.IsMatch(PythonText.Lower(response));
}
