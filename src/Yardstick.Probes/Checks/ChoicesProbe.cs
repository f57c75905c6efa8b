using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary><c>n</c> = 3 returns three choices (OpenAI-compatible only).</summary>
public sealed class ChoicesProbe : Probe
{
    public override string Name => "n";
    public override string Checks => "n = 3 at temperature 1 returns exactly three choices, each with text.";

    public override bool AppliesTo(ProbeApi api) => IsOpenAi(api);

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var body = context.Body("Name one colour.", maxTokens: 12, temperature: 1);
        body["n"] = 3;
        var sent = await context.SendAsync("three", body, cancellationToken).ConfigureAwait(false);
        if (sent.Exchange.Answered)
        {
            var answer = context.Read(sent);
            var withText = answer.ChoiceTexts.Count(t => t.Length > 0);
            sent.Judge(answer.Choices == 3, $"{answer.Choices} choice(s), {withText} with text");
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "n honoured");
    }
}
