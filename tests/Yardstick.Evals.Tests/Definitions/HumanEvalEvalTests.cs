using System.Text.Json;
using Yardstick.Core.Sandbox;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;
using Yardstick.Sandbox;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class HumanEvalEvalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly BubblewrapSandbox Sandbox = new();

    private static async Task<HumanEvalEval> EvalAsync()
    {
        var reason = await Sandbox.CheckAsync(Ct);
        Assert.SkipWhen(reason is not null, reason ?? "");
        return new HumanEvalEval(SharedData.EvalsFolder, Sandbox);
    }

    [Fact]
    public void Loads_the_164_tasks_with_the_task_code_verbatim_in_the_prompt()
    {
        var eval = new HumanEvalEval(SharedData.EvalsFolder, null);

        var dataset = eval.Load();

        Assert.Equal(164, dataset.Items.Count);
        Assert.Empty(dataset.Problems);
        var first = Assert.IsType<CodeTaskItem>(dataset.Items[0]);
        Assert.Equal("HumanEval/0", first.PromptId);
        Assert.Equal("has_close_elements", first.EntryPoint);
        Assert.Contains(first.TaskCode.TrimEnd('\n'), first.Prompt, StringComparison.Ordinal);
        Assert.StartsWith(HumanEvalEval.Instruction, first.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_canonical_solution_passes_as_a_whole_function_in_a_code_block()
    {
        // Given the official canonical solutions, answered the way the prompt asks: the whole function in a block
        var eval = await EvalAsync();
        var tasks = eval.Load().Items.Cast<CodeTaskItem>().ToList();

        // When each is graded in the sandbox
        var grades = await GradeAllAsync(eval, tasks, t => $"Here is the function:\n```python\n{t.TaskCode}{t.Reference}```\n");

        // Then all 164 pass
        var failed = tasks.Zip(grades).Where(p => !p.Second.Correct).Select(p => $"{p.First.PromptId}: {p.Second.DetailsJson}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        TestContext.Current.TestOutputHelper?.WriteLine($"canonical solutions as whole functions: {grades.Count(g => g.Correct)} / {tasks.Count} pass");
    }

    [Fact]
    public async Task Every_canonical_solution_passes_as_a_bare_body_completion()
    {
        // Given the canonical bodies alone, as the official harness appends them
        var eval = await EvalAsync();
        var tasks = eval.Load().Items.Cast<CodeTaskItem>().ToList();

        var grades = await GradeAllAsync(eval, tasks, t => t.Reference);

        Assert.Equal(tasks.Count, grades.Count(g => g.Correct));
    }

    [Fact]
    public async Task A_wrong_solution_fails_with_the_assertion_recorded()
    {
        // Given a plausible but wrong answer to HumanEval/0 (never says True)
        var eval = await EvalAsync();
        var task = eval.Load().Items[0];

        var grade = await eval.GradeAsync(task, ResponseParts.Split("```python\ndef has_close_elements(numbers, threshold):\n    return False\n```"), Ct);

        Assert.False(grade.Correct);
        Assert.NotNull(grade.ExtractedAnswer);
        using var details = JsonDocument.Parse(grade.DetailsJson!);
        Assert.Equal(1, details.RootElement.GetProperty("exit_code").GetInt32());
        Assert.Contains("AssertionError", details.RootElement.GetProperty("stderr").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_solution_that_never_ends_fails_by_the_limits()
    {
        var eval = new HumanEvalEval(SharedData.EvalsFolder, new BubblewrapSandbox(new BubblewrapOptions
        {
            Limits = SandboxLimits.Default with { CpuSeconds = 1, WallClock = TimeSpan.FromSeconds(4) },
        }));
        Assert.SkipWhen(await eval.CheckReadyAsync(Ct) is { } reason, "sandbox unavailable");
        var task = eval.Load().Items[0];

        var grade = await eval.GradeAsync(task, ResponseParts.Split("```python\ndef has_close_elements(numbers, threshold):\n    while True:\n        pass\n```"), Ct);

        Assert.False(grade.Correct);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<think>I will write it")]
    [InlineData("```python\n```")]
    public async Task An_empty_answer_is_no_answer(string content)
    {
        var eval = new HumanEvalEval(SharedData.EvalsFolder, new RefusingSandbox());
        var task = eval.Load().Items[0];

        var grade = await eval.GradeAsync(task, ResponseParts.Split(content), Ct);

        Assert.Null(grade.ExtractedAnswer);
        Assert.False(grade.Correct);
    }

    [Fact]
    public async Task Without_a_sandbox_the_eval_is_not_ready_and_says_why()
    {
        var eval = new HumanEvalEval(SharedData.EvalsFolder, null);

        var reason = await eval.CheckReadyAsync(Ct);

        Assert.Contains("sandbox", reason, StringComparison.Ordinal);
        Assert.Contains("never run on the host", reason, StringComparison.Ordinal);
    }

    private static async Task<EvalGrade[]> GradeAllAsync(HumanEvalEval eval, IReadOnlyList<CodeTaskItem> tasks, Func<CodeTaskItem, string> answer)
    {
        var grades = new EvalGrade[tasks.Count];
        await Parallel.ForAsync(0, tasks.Count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (i, token) =>
            grades[i] = await eval.GradeAsync(tasks[i], ResponseParts.Split(answer(tasks[i])), token));
        return grades;
    }

    /// <summary>A sandbox that must not be reached: grading an empty answer never runs anything.</summary>
    private sealed class RefusingSandbox : ICodeSandbox
    {
        public string Describe => "refusing";
        public Task<string?> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
        public Task<SandboxResult> RunAsync(string program, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("An empty answer must not be run.");
    }
}
