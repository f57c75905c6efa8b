using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Checks;

/// <summary><c>tool_choice</c> enforced: required forces a call, none forbids one, a named tool is the one called.</summary>
public sealed class ToolChoiceProbe : Probe
{
    public override string Name => "tool_choice";
    public override string Checks => "tool_choice required on a greeting must call a tool; none on a weather question must not; named get_time on a weather question must call get_time.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var observed = new Dictionary<string, string>();
        await CaseAsync(context, observed, "required", "Hello! How are you?", ToolChoiceMode.Required, null,
            answer => answer.ToolCalls.Count > 0 ? (true, $"called {answer.ToolCalls[0].Name}") : (false, "no tool call although one was required"), cancellationToken).ConfigureAwait(false);
        await CaseAsync(context, observed, "none", "What is the weather in Paris, in celsius?", ToolChoiceMode.None, null,
            answer => answer.ToolCalls.Count == 0 ? (true, "answered without a tool call") : (false, $"called {answer.ToolCalls[0].Name} although tool_choice was none"), cancellationToken).ConfigureAwait(false);
        await CaseAsync(context, observed, "named", "What is the weather in Paris, in celsius?", ToolChoiceMode.Named, ProbeTools.Time.Name,
            answer => answer.ToolCalls.Count > 0 && answer.ToolCalls.All(c => c.Name == ProbeTools.Time.Name)
                ? (true, "called get_time as named")
                : (false, answer.ToolCalls.Count == 0 ? "no tool call although get_time was named" : $"called {answer.ToolCalls[0].Name} instead of get_time"), cancellationToken).ConfigureAwait(false);
        return CaseVerdict.Decide(this, context.Cases, AllCases, "tool_choice enforced", observed);
    }

    private static async Task CaseAsync(ProbeContext context, Dictionary<string, string> observed, string name, string question, ToolChoiceMode mode, string? tool,
        Func<ProbeAnswer, (bool Ok, string Note)> judge, CancellationToken cancellationToken)
    {
        var body = context.Body(question, maxTokens: 128);
        context.Api.Tools(body, [ProbeTools.Weather, ProbeTools.Time]);
        context.Api.ToolChoice(body, mode, tool);
        var sent = await context.SendAsync(name, body, cancellationToken).ConfigureAwait(false);
        if (sent.Exchange.Answered)
        {
            var (ok, note) = judge(context.Read(sent));
            sent.Judge(ok, note);
            observed[name] = ok ? "enforced" : "not enforced";
        }
        else
            observed[name] = sent.Exchange.RejectedCleanly ? "rejected" : "no answer";
    }
}
