using System.Globalization;
using System.Text;
using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;
using Yardstick.Core.Tokens;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;
using Yardstick.Evals.Running;
using Yardstick.Evals.ToolUse;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// Tool use, generated from a seed (<see cref="ToolUseTasks"/>): a customer-service conversation against a simulated
/// shop (<see cref="ShopState"/>) with its tools as OpenAI function schemas. The scripted user opens with the request
/// and answers each reply without a tool call with its next line, then the conversation ends (at most
/// <see cref="MaxRequests"/> requests). Passed when the shop ends exactly in the expected state and the agent's replies
/// (reasoning removed) state every required fact. Epochs are trials: <see cref="Metrics"/> gives pass^k. An endpoint
/// that rejects function calling gets <see cref="EvalNotSupportedException"/>, not a zero.
/// </summary>
public sealed class ToolUseEval(int seed = ToolUseEval.DefaultSeed, int count = ToolUseEval.DefaultCount) : Eval<ToolUseTask>, IConversationEval
{
    public const string Name = "tool-use";
    public const int DefaultSeed = 20260101;
    public const int DefaultCount = 30;
    public const int MaxRequests = 12;

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 1024;

    public override EvalDataset Load() => new([.. ToolUseTasks.Generate(seed, count)], []);

    // A conversation is graded by its final state; a lone text cannot be.
    protected override EvalGrade Grade(ToolUseTask item, string answer) =>
        throw new NotSupportedException("tool-use is graded by ConverseAsync from the shop's final state.");

    public async Task<ConversationOutcome> ConverseAsync(ICompletionProvider provider, EvalItem item, CompletionRequest first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (item is not ToolUseTask task)
            throw new ArgumentException($"Eval {Id} cannot run a {item.GetType().Name}.", nameof(item));
        var shop = new ShopState(task.Orders);
        var messages = new List<ChatMessage> { ChatMessage.System(ShopTools.Policy), ChatMessage.User(task.UserTurns[0]) };
        var transcript = new StringBuilder().Append("user: ").AppendLine(task.UserTurns[0]);
        var replies = new StringBuilder();
        var reasoning = new StringBuilder();
        var next = 1;
        var outcome = new ConversationOutcome { Transcript = "" };
        int? input = 0, output = 0;
        var calls = 0;
        while (outcome.Requests < MaxRequests)
        {
            var request = first with { Messages = [.. messages], Tools = ShopTools.All, ToolChoice = ToolChoice.Auto };
            var turn = await CompletionCollector.CollectAsync(provider, request, cancellationToken);
            input = turn.Usage?.PromptTokens is { } i && input is { } ti ? ti + i : null;
            output = turn.Usage?.CompletionTokens is { } o && output is { } to ? to + o : null;
            outcome = outcome with
            {
                Requests = outcome.Requests + 1,
                OutputTokensNormalised = outcome.OutputTokensNormalised + O200kTokenCounter.Default.Count(turn.Content) + O200kTokenCounter.Default.Count(turn.Reasoning)
                    + turn.ToolCalls.Sum(c => O200kTokenCounter.Default.Count(c.Name + c.ArgumentsJson)),
                TtftSeconds = outcome.TtftSeconds ?? turn.TtftSeconds,
                LastTokenSeconds = turn.LastTokenSeconds,
                TokenEvents = outcome.TokenEvents + turn.TokenEvents,
                FinishReason = turn.FinishReason,
                HttpStatus = turn.HttpStatus,
            };
            if (turn.ErrorKind != ErrorKind.None)
            {
                if (outcome.Requests == 1 && turn.ErrorKind is ErrorKind.ClientError or ErrorKind.ServerError && FunctionCallingRefusal.IsRefusal(turn.HttpStatus, turn.ErrorMessage))
                    throw new EvalNotSupportedException(Id, $"the endpoint rejected function calling (HTTP {turn.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {turn.ErrorMessage})");
                return Totals(outcome with { ErrorKind = turn.ErrorKind, ErrorMessage = turn.ErrorMessage }, transcript, reasoning, input, output);
            }
            reasoning.Append(turn.Reasoning);
            if (turn.ToolCalls.Count > 0)
            {
                messages.Add(ChatMessage.AssistantCalls(turn.Content, turn.ToolCalls));
                foreach (var call in turn.ToolCalls)
                {
                    calls++;
                    var result = shop.Call(call.Name, call.ArgumentsJson);
                    messages.Add(ChatMessage.Tool(call.Id, result));
                    transcript.Append("call: ").Append(call.Name).Append(' ').AppendLine(call.ArgumentsJson).Append("tool: ").AppendLine(result);
                }
                continue;
            }
            var parts = ResponseParts.Split(turn.Content, turn.Reasoning);
            messages.Add(ChatMessage.Assistant(turn.Content));
            transcript.Append("assistant: ").AppendLine(turn.Content);
            replies.AppendLine(parts.Answer ?? "");
            if (next >= task.UserTurns.Count)
                break;
            messages.Add(ChatMessage.User(task.UserTurns[next]));
            transcript.Append("user: ").AppendLine(task.UserTurns[next]);
            next++;
        }
        var stateOk = shop.SameAs(new ShopState(task.ExpectedOrders));
        var said = replies.ToString();
        var missing = task.RequiredFacts.Where(f => !said.Contains(f, StringComparison.OrdinalIgnoreCase)).ToList();
        var passed = stateOk && missing.Count == 0;
        var details = JsonSerializer.Serialize(new ToolUseDetails(task.Kind, stateOk, missing, calls, outcome.Requests));
        var grade = said.Trim().Length == 0 && calls == 0
            ? EvalGrade.NoAnswer(correctLoose: false, details)
            : new EvalGrade(said.Trim(), passed, stateOk, passed ? 1 : 0, details);
        return Totals(outcome with { Grade = grade }, transcript, reasoning, input, output);
    }

    private static ConversationOutcome Totals(ConversationOutcome outcome, StringBuilder transcript, StringBuilder reasoning, int? input, int? output) => outcome with
    {
        Transcript = transcript.ToString(),
        Reasoning = reasoning.Length > 0 ? reasoning.ToString() : null,
        InputTokensNative = input is > 0 ? input : null,
        OutputTokensNative = output is > 0 ? output : null,
    };

    /// <summary><c>pass^k</c> for k = 1 up to the fewest trials (epochs) any task got: the share of tasks that would pass k trials in a row.</summary>
    public override IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var tasks = samples.GroupBy(s => s.PromptId, StringComparer.Ordinal).Select(g => (Trials: g.Count(), Passed: g.Count(s => s.Correct == true))).ToList();
        if (tasks.Count == 0)
            return new Dictionary<string, double>();
        return Enumerable.Range(1, Math.Min(8, tasks.Min(t => t.Trials)))
            .ToDictionary(k => "pass^" + k.ToString(CultureInfo.InvariantCulture), k => tasks.Average(t => PassHatK.Of(t.Trials, t.Passed, k)));
    }

    private sealed record ToolUseDetails(
        [property: System.Text.Json.Serialization.JsonPropertyName("kind")] string Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("state_ok")] bool StateOk,
        [property: System.Text.Json.Serialization.JsonPropertyName("missing_facts")] IReadOnlyList<string> MissingFacts,
        [property: System.Text.Json.Serialization.JsonPropertyName("tool_calls")] int ToolCalls,
        [property: System.Text.Json.Serialization.JsonPropertyName("requests")] int Requests);
}
