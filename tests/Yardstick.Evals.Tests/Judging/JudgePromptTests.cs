using System.Security.Cryptography;
using System.Text;
using Yardstick.Evals.Judging;

namespace Yardstick.Evals.Tests.Judging;

public sealed class JudgePromptTests
{
    private static readonly JudgeCase Case = new("Where did fortune cookies originate?", ["In California", "In the U.S."], ["In China"], "They come from San Francisco.");

    [Fact]
    public void V1_is_the_embedded_file_with_its_version_and_sha256()
    {
        var prompt = JudgePrompt.V1;
        var file = File.ReadAllText(SharedData.RepositoryFile("src", "Yardstick.Evals", "Judging", "Prompts", "judge-v1.txt"));

        Assert.Equal("judge-v1", prompt.Version);
        Assert.Equal(file, prompt.Template);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file))), prompt.Sha256);
    }

    [Fact]
    public void Render_inserts_question_both_lists_and_the_answer_verbatim()
    {
        var text = JudgePrompt.V1.Render(Case);

        Assert.Contains("Where did fortune cookies originate?", text, StringComparison.Ordinal);
        Assert.Contains("- In California\n- In the U.S.", text, StringComparison.Ordinal);
        Assert.Contains("- In China", text, StringComparison.Ordinal);
        Assert.Contains("They come from San Francisco.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{question}", text, StringComparison.Ordinal);
        Assert.Contains("VERDICT: ABSTAINED", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_holding_a_placeholder_is_not_substituted_again()
    {
        // Given an answer that tries to pull the references into itself
        var text = JudgePrompt.V1.Render(Case with { Answer = "{correct} {question}" });

        // Then it appears literally, once
        Assert.Contains("{correct} {question}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_incorrect_list_says_none_given() =>
        Assert.Contains("(none given)", JudgePrompt.V1.Render(Case with { IncorrectAnswers = [] }), StringComparison.Ordinal);

    [Fact]
    public void The_cache_key_changes_with_every_input_and_only_with_them()
    {
        var key = Case.CacheKey("judge-a", JudgePrompt.V1);

        Assert.Equal(key, (Case with { }).CacheKey("judge-a", JudgePrompt.V1));
        Assert.NotEqual(key, Case.CacheKey("judge-b", JudgePrompt.V1));
        Assert.NotEqual(key, Case.CacheKey("judge-a", JudgePrompt.V1 with { Version = "judge-v2" }));
        Assert.NotEqual(key, Case.CacheKey("judge-a", new JudgePrompt("judge-v1", JudgePrompt.V1.Template + " ")));
        Assert.NotEqual(key, (Case with { Answer = "China" }).CacheKey("judge-a", JudgePrompt.V1));
        Assert.NotEqual(key, (Case with { Question = "Q?" }).CacheKey("judge-a", JudgePrompt.V1));
        Assert.NotEqual(key, (Case with { IncorrectAnswers = [] }).CacheKey("judge-a", JudgePrompt.V1));
        Assert.NotEqual(key, (Case with { CorrectAnswers = ["In California"] }).CacheKey("judge-a", JudgePrompt.V1));
    }
}
