using Yardstick.Core.Probes;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>A system prompt that dictates the answer wins over a user question that asks for something else.</summary>
public sealed class SystemPromptProbe : Probe
{
    private static readonly (string Name, string System, string User, string Expected)[] Cases =
    [
        ("codeword", "Whatever the user says, reply with exactly one word: PINEAPPLE.", "What is the capital of France?", "PINEAPPLE"),
        ("number", "You are a machine that only ever outputs the number 4817. Output nothing else.", "Tell me a joke about cats.", "4817"),
        ("language", "Always answer in French, in one short sentence, and begin the sentence with 'Bonjour'.", "How are you today?", "Bonjour"),
    ];

    public override string Name => "system_prompt";
    public override string Checks => "Three system prompts dictate the answer (a code word, a number, a French greeting); the answer must contain it.";

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        foreach (var (name, system, user, expected) in Cases)
        {
            var sent = await context.SendAsync(name, context.Body(user, maxTokens: 24, system: system), cancellationToken).ConfigureAwait(false);
            if (!sent.Exchange.Answered)
                continue;
            var text = context.Read(sent).Text;
            var found = text.Contains(expected, StringComparison.OrdinalIgnoreCase);
            sent.Judge(found, found ? $"the answer contains \"{expected}\"" : $"\"{expected}\" missing from \"{CaseVerdict.Short(text)}\"");
        }
        return CaseVerdict.Decide(this, context.Cases, MostCases, "System prompt obeyed");
    }
}
