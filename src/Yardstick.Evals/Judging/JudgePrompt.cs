using System.Security.Cryptography;
using System.Text;

namespace Yardstick.Evals.Judging;

/// <summary>
/// A versioned judge prompt, shipped as a file inside the assembly (<c>Judging/Prompts/&lt;version&gt;.txt</c>). Its
/// version and the SHA-256 of its exact text are stored with every run it graded, and are part of the judgement cache key,
/// so a changed prompt never reuses verdicts given under another.
/// </summary>
public sealed record JudgePrompt(string Version, string Template)
{
    private static readonly Lazy<JudgePrompt> LazyV1 = new(() => Embedded("judge-v1"));

    /// <summary><c>judge-v1</c>: CORRECT / INCORRECT / ABSTAINED against lists of correct and incorrect reference answers.</summary>
    public static JudgePrompt V1 => LazyV1.Value;

    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Template)));

    /// <summary>The prompt for one case: question, references and the answer, each inserted verbatim.</summary>
    public string Render(JudgeCase judgeCase)
    {
        ArgumentNullException.ThrowIfNull(judgeCase);
        // One pass over the template, so that an answer containing "{question}" is never substituted again.
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["question"] = judgeCase.Question,
            ["correct"] = List(judgeCase.CorrectAnswers),
            ["incorrect"] = judgeCase.IncorrectAnswers.Count == 0 ? "(none given)" : List(judgeCase.IncorrectAnswers),
            ["answer"] = judgeCase.Answer,
        };
        var text = new StringBuilder(Template.Length + judgeCase.Answer.Length + 256);
        var at = 0;
        while (at < Template.Length)
        {
            var open = Template.IndexOf('{', at);
            var close = open < 0 ? -1 : Template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(Template, at, Template.Length - at);
                break;
            }
            var name = Template[(open + 1)..close];
            text.Append(Template, at, open - at);
            if (values.TryGetValue(name, out var value))
                text.Append(value);
            else
                text.Append(Template, open, close - open + 1);
            at = close + 1;
        }
        return text.ToString();
    }

    private static string List(IReadOnlyList<string> answers) => string.Join('\n', answers.Select(a => "- " + a));

    private static JudgePrompt Embedded(string version)
    {
        using var stream = typeof(JudgePrompt).Assembly.GetManifestResourceStream($"Yardstick.Judging.{version}.txt")
            ?? throw new InvalidOperationException($"Judge prompt {version} is not embedded in {typeof(JudgePrompt).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new JudgePrompt(version, reader.ReadToEnd());
    }
}
