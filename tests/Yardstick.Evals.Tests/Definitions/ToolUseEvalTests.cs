using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Model;
using Yardstick.Evals.Running;
using Yardstick.Evals.Tests.Fakes;
using Yardstick.Evals.ToolUse;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class ToolUseEvalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CompletionRequest First = new() { Messages = [], MaxTokens = 256 };

    /// <summary>An agent that does each task right: one tool call (none for status and refusals), then replies with the facts.</summary>
    private static ToolCallingAgent Perfect(ToolUseTask task, string? wrongOrder = null) => new(messages =>
    {
        var target = task.Orders[0];
        var acted = messages.Any(m => m.Role == "tool");
        var call = task.Kind switch
        {
            "cancel" => new ToolCall("c1", "cancel_order", $$"""{"order_id":"{{wrongOrder ?? target.Id}}"}"""),
            "address" => new ToolCall("c1", "update_address", JsonSerializer.Serialize(new { order_id = target.Id, address = task.ExpectedOrders[0].Address })),
            "refund" => new ToolCall("c1", "issue_refund", $$"""{"order_id":"{{target.Id}}","amount":{{target.PriceCents / 100.0}}}"""),
            _ => new ToolCall("c1", "get_order", $$"""{"order_id":"{{target.Id}}"}"""),
        };
        return acted ? ([], $"Done: order {target.Id} is {target.Status}; {string.Join(", ", task.RequiredFacts)}.") : ([call], "");
    });

    [Fact]
    public void Tasks_are_seeded_and_cover_the_five_kinds()
    {
        var tasks = new ToolUseEval().Load().Items.Cast<ToolUseTask>().ToList();

        Assert.Equal(ToolUseEval.DefaultCount, tasks.Count);
        Assert.Equal(tasks.Select(t => t.Prompt), new ToolUseEval().Load().Items.Select(t => t.Prompt));
        Assert.Equal(["address", "cancel", "refund", "refuse-cancel", "status"], tasks.Select(t => t.Kind).Distinct().Order());
    }

    [Fact]
    public async Task A_right_agent_passes_every_kind_and_the_tools_go_out_as_function_schemas()
    {
        var eval = new ToolUseEval(count: 5);

        foreach (var task in eval.Load().Items.Cast<ToolUseTask>())
        {
            var agent = Perfect(task);
            var outcome = await eval.ConverseAsync(agent, task, First, Ct);

            Assert.True(outcome.Grade!.Correct, $"{task.Kind}: {outcome.Grade.DetailsJson}\n{outcome.Transcript}");
            Assert.All(agent.Requests, r => Assert.Equal(ShopTools.All, r.Tools));
            Assert.Equal(ToolChoice.Auto, agent.Requests[0].ToolChoice);
            Assert.Contains(agent.Requests[1].Messages, m => m.Role == "tool" && m.ToolCallId == "c1");
        }
    }

    [Fact]
    public async Task Acting_on_another_customers_order_fails_on_the_final_state()
    {
        var eval = new ToolUseEval(count: 1);
        var task = eval.Load().Items.Cast<ToolUseTask>().Single();

        var outcome = await eval.ConverseAsync(Perfect(task, wrongOrder: task.Orders[3].Id), task, First, Ct);

        Assert.False(outcome.Grade!.Correct);
        Assert.Contains("\"state_ok\":false", outcome.Grade.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_state_without_the_required_facts_fails()
    {
        var eval = new ToolUseEval(count: 1);
        var task = eval.Load().Items.Cast<ToolUseTask>().Single();
        var agent = new ToolCallingAgent(messages => messages.Any(m => m.Role == "tool")
            ? ([], "All done!")
            : ([new ToolCall("c1", "cancel_order", $$"""{"order_id":"{{task.Orders[0].Id}}"}""")], ""));

        var outcome = await eval.ConverseAsync(agent, task, First, Ct);

        Assert.False(outcome.Grade!.Correct);
        Assert.True(outcome.Grade.CorrectLoose); // the state was right
    }

    [Fact]
    public async Task Runs_through_the_runner_with_epochs_as_trials_and_reports_pass_hat_k()
    {
        var eval = new ToolUseEval(count: 5);
        var tasks = eval.Load().Items.Cast<ToolUseTask>().ToDictionary(t => t.Prompt);
        var agent = new ToolCallingAgent(messages => Perfect(tasks[messages.First(m => m.Role == "user").Content]).Decide(messages));
        var store = new InMemoryRunStore();

        var result = await EvalRunner.RunAsync(agent, eval, new EvalRunOptions { ModelId = "m", BaseUrl = "http://127.0.0.1:1/v1", Epochs = 2 }, store, cancellationToken: Ct);

        Assert.Equal(10, result.Summary.N);
        Assert.Equal(1.0, result.Summary.Score);
        Assert.Equal(1.0, result.Summary.Metrics!["pass^2"]);
        Assert.All(result.Samples, s => Assert.Contains("call: ", s.AnswerText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_endpoint_without_function_calling_is_not_supported_rather_than_scored_zero()
    {
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("", Failure: new ProviderException(ErrorKind.ClientError,
            "HTTP 400: This server does not support function calling: 'tools' must be empty.", 400)));

        var refused = await Assert.ThrowsAsync<EvalNotSupportedException>(() =>
            EvalRunner.RunAsync(provider, new ToolUseEval(count: 2), new EvalRunOptions { ModelId = "m", BaseUrl = "http://127.0.0.1:1/v1", Concurrency = 1 }, store, cancellationToken: Ct));

        Assert.Contains("function calling", refused.Message, StringComparison.Ordinal);
        var run = Assert.Single(await store.ListRunsAsync(new RunQuery(Kind: RunKind.Eval), Ct));
        Assert.Equal(RunStatus.Failed, run.Status);
    }

    [Fact]
    public async Task A_rejected_tool_schema_is_a_failed_sample_not_an_excuse_from_the_score()
    {
        // Given an endpoint that supports tools but rejects a schema (the message mentions tools)
        var store = new InMemoryRunStore();
        var provider = new ScriptedProvider((_, _) => new ScriptedReply("", Failure: new ProviderException(ErrorKind.ClientError,
            """HTTP 400 Bad Request: {"error":{"message":"Invalid schema for function 'cancel_order' in tools[1]","param":"tools[1].function.parameters","code":"invalid_function_parameters"}}""", 400)));

        // When
        var result = await EvalRunner.RunAsync(provider, new ToolUseEval(count: 2), new EvalRunOptions { ModelId = "m", BaseUrl = "http://127.0.0.1:1/v1", Concurrency = 1 }, store, cancellationToken: Ct);

        // Then the run is not "not supported": its samples failed with the endpoint's error
        Assert.Equal(2, result.Summary.Failed);
        Assert.All(result.Samples, s => Assert.Contains("Invalid schema", s.ErrorMessage, StringComparison.Ordinal));
    }
}
