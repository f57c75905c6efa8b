using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Yardstick.Evals.Judging;

/// <summary>What a judge is asked about one answer: the question, the correct and incorrect reference answers, the answer.</summary>
public sealed record JudgeCase(string Question, IReadOnlyList<string> CorrectAnswers, IReadOnlyList<string> IncorrectAnswers, string Answer)
{
    /// <summary>
    /// The judgement cache key: SHA-256 of judge model, prompt version and text hash, question, references and answer.
    /// Two cases with the same key are the same question to the same judge: it is asked once.
    /// </summary>
    public string CacheKey(string judgeModel, JudgePrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var canonical = JsonSerializer.Serialize(new
        {
            judge_model = judgeModel,
            prompt_version = prompt.Version,
            prompt_sha256 = prompt.Sha256,
            question = Question,
            correct = CorrectAnswers,
            incorrect = IncorrectAnswers,
            answer = Answer,
        });
        return "judge:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
