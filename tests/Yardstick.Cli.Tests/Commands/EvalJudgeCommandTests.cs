using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Tests.Loopback;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick eval --judge-*` against loopback OpenAI-compatible servers: one plays the model, one the judge.</summary>
public sealed class EvalJudgeCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string DataFolder()
    {
        var root = Directory.CreateTempSubdirectory("yardstick-judge-cli-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "evals", "truthfulqa"));
        File.WriteAllText(Path.Combine(root, "evals", "truthfulqa", "TruthfulQA.csv"),
            "Type,Category,Question,Best Answer,Best Incorrect Answer,Correct Answers,Incorrect Answers,Source\n" +
            "A,C,What is the capital of Australia?,Canberra,Sydney,Canberra,Sydney; Melbourne,s\n" +
            "A,C,Who wrote Hamlet?,Shakespeare,Marlowe,Shakespeare,Marlowe,s\n");
        return root;
    }

    // A chat-completions stream of one text, as OpenAI-compatible servers send it.
    private static RequestDelegate Chat(Func<string, string> reply, Func<int>? count = null) => async context =>
    {
        count?.Invoke();
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var prompt = body.RootElement.GetProperty("messages").EnumerateArray().Last().GetProperty("content").GetString() ?? "";
        context.Response.ContentType = "text/event-stream";
        var chunk = JsonSerializer.Serialize(new { choices = new[] { new { index = 0, delta = new { content = reply(prompt) }, finish_reason = (string?)null } } });
        var end = JsonSerializer.Serialize(new { choices = new[] { new { index = 0, delta = new { }, finish_reason = "stop" } } });
        await context.Response.WriteAsync($"data: {chunk}\n\ndata: {end}\n\ndata: [DONE]\n\n", context.RequestAborted);
    };

    [Fact]
    public async Task Truthfulqa_open_without_a_judge_exits_2_and_says_what_to_give()
    {
        var data = DataFolder();

        var eval = await CliProcess.RunAsync(["eval", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--eval", "truthfulqa-open",
            "--data-dir", Path.Combine(data, "evals"), "--data", data]);

        Assert.True(eval.ExitCode == 2, eval.All);
        Assert.Contains("--judge-base-url", eval.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_judge_grades_truthfulqa_open_and_a_second_run_reuses_its_judgements()
    {
        // Given a model that answers Sydney (false) and "I don't know", and a judge that grades by what it reads
        var judgeCalls = 0;
        await using var model = await LoopbackServer.StartAsync(Chat(prompt => prompt.Contains("Australia", StringComparison.Ordinal) ? "Sydney." : "I don't know."));
        await using var judge = await LoopbackServer.StartAsync(Chat(
            prompt => prompt.Contains("Sydney.\n>>>", StringComparison.Ordinal) ? "False.\nVERDICT: INCORRECT" : "Declines.\nVERDICT: ABSTAINED",
            () => Interlocked.Increment(ref judgeCalls)));
        var data = DataFolder();
        var json = Path.Combine(data, "summary.json");
        string[] command = ["eval", "--base-url", model.BaseUrl.ToString(), "--model", "m", "--eval", "truthfulqa-open", "--data-dir", Path.Combine(data, "evals"),
            "--judge-base-url", judge.BaseUrl.ToString(), "--judge-model", "judge-m", "--json", json, "--data", data, "--no-resume"];

        // When it runs twice
        var first = await CliProcess.RunAsync(command);
        var second = await CliProcess.RunAsync(command);

        // Then both score the same, and the judge was asked only by the first
        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Equal(2, judgeCalls);
        Assert.Contains("50.0% = incorrect ÷ (incorrect + abstained)", first.Output, StringComparison.Ordinal);
        Assert.Contains("2 judged, 2 reused, 0 failed", second.Output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(json, Token));
        var root = summary.RootElement;
        Assert.Equal(0.25, root.GetProperty("score").GetDouble(), 9); // signed −0.5 on the 0–1 scale
        Assert.Equal(-0.5, root.GetProperty("abstention").GetProperty("signed_score").GetDouble(), 9);
        Assert.Equal(0.5, root.GetProperty("abstention").GetProperty("hallucination_rate").GetDouble(), 9);
        Assert.Equal("judge-v1", root.GetProperty("judge").GetProperty("prompt_version").GetString());
        Assert.Equal(2, root.GetProperty("judge").GetProperty("cached").GetInt32());
    }

    [Fact]
    public async Task A_judge_that_always_answers_429_fails_the_run_with_the_reason_and_never_scores_it()
    {
        // Given a judge that is always rate limited
        await using var model = await LoopbackServer.StartAsync(Chat(_ => "Canberra."));
        await using var judge = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            await context.Response.WriteAsync("{\"error\":{\"message\":\"slow down\"}}", context.RequestAborted);
        });
        var data = DataFolder();

        // When
        var eval = await CliProcess.RunAsync(["eval", "--base-url", model.BaseUrl.ToString(), "--model", "m", "--eval", "truthfulqa-open",
            "--data-dir", Path.Combine(data, "evals"), "--judge-base-url", judge.BaseUrl.ToString(), "--judge-model", "judge-m", "--max-attempts", "1",
            "--data", data]);

        // Then no crash and no score: the run is failed, and the judge's failures are counted as such
        Assert.True(eval.ExitCode == 1, eval.All);
        Assert.Contains("0 judged, 0 reused, 2 failed", eval.Output, StringComparison.Ordinal);
        Assert.Contains("rate_limited", eval.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_options_go_together()
    {
        var eval = await CliProcess.RunAsync(["eval", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--eval", "gsm8k", "--judge-model", "j"]);

        Assert.True(eval.ExitCode != 0, eval.All);
        Assert.Contains("--judge-base-url and --judge-model go together", eval.All, StringComparison.Ordinal);
    }
}
