using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>detectable_format:multiple_sections</c>: at least N section headers made of the splitter word
/// and a number (e.g. <c>SECTION 2</c>), case-sensitive, anywhere in the text.
/// </summary>
public sealed class MultipleSectionsChecker : IInstructionChecker
{
    public const string Id = "detectable_format:multiple_sections";

    private readonly Regex _splitter;
    private readonly int _numSections;

    public MultipleSectionsChecker(string sectionSplitter, int numSections)
    {
        var splitter = PythonText.Strip(sectionSplitter);
        try
        {
            _splitter = new Regex(@"\s?" + splitter + @"\s?\d+\s?", RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"IFEval instruction '{Id}': splitter '{splitter}' is not a valid pattern: {ex.Message}", ex);
        }
        _numSections = numSections;
    }

    public static MultipleSectionsChecker Create(InstructionArguments arguments) =>
        new(arguments.GetString("section_spliter"), arguments.GetInt("num_sections"));

    // re.split yields one more piece than there are splitter matches; the official count is pieces - 1.
    public bool IsFollowed(string response) => _splitter.Count(response) >= _numSections;
}
