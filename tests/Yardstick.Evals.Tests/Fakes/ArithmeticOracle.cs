using System.Globalization;
using System.Text.RegularExpressions;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Tests.Fakes;

/// <summary>Answers the built-in arithmetic questions correctly, as a model that always gets them right would.</summary>
internal static partial class ArithmeticOracle
{
    public static string Answer(CompletionRequest request)
    {
        var match = Question().Match(request.Messages[^1].Content);
        var a = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var result = match.Groups[2].Value switch { "+" => a + b, "-" => a - b, _ => a * b };
        return string.Create(CultureInfo.InvariantCulture, $"Computing step by step.\nAnswer: {result}");
    }

    [GeneratedRegex(@"What is (\d+) ([+*-]) (\d+)\?")]
    private static partial Regex Question();
}
