using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// IFEval's <c>instructions_util.count_words</c>: the number of <c>\w+</c> runs (nltk's
/// <c>RegexpTokenizer(r"\w+")</c>), so "don't" is two words and "3.5" is two.
/// </summary>
internal static partial class WordCounter
{
    public static int Count(string text) => WordRun().Count(text);

    [GeneratedRegex(PythonRegex.WordChar + "+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();
}
