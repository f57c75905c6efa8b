using System.Globalization;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>
/// <c>seed</c> determinism at temperature 1: three more requests with the same seed must repeat the first answer
/// exactly (the rate is the share that do); one with another seed shows that answers do vary at all.
/// </summary>
public sealed class SeedProbe : Probe
{
    private const int Seed = 1234;
    private const int Repeats = 3;

    public override string Name => "seed";
    public override string Checks => "At temperature 1, three repeats with the same seed equal the first answer (determinism rate); another seed must change it.";

    public override bool AppliesTo(ProbeApi api) => IsOpenAi(api);

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var first = await context.SendAsync("seed-first", Body(context, Seed), cancellationToken).ConfigureAwait(false);
        if (!first.Exchange.Answered)
            return CaseVerdict.Decide(this, context.Cases, AllCases, "Seed determinism");
        var reference = context.Read(first).Text;
        first.Observe("the reference answer for the seed");
        for (var i = 1; i <= Repeats; i++)
        {
            var repeat = await context.SendAsync($"seed-repeat-{i}", Body(context, Seed), cancellationToken).ConfigureAwait(false);
            if (repeat.Exchange.Answered)
                repeat.Judge(context.Read(repeat).Text == reference, context.Read(repeat).Text == reference ? "identical to the first answer" : "differs from the first answer");
        }
        var other = await context.SendAsync("other-seed", Body(context, Seed + 1), cancellationToken).ConfigureAwait(false);
        var varies = other.Exchange.Answered && context.Read(other).Text != reference;
        other.Observe(varies ? "another seed changed the answer" : "another seed gave the same answer");
        var outcome = CaseVerdict.Decide(this, context.Cases, AllCases, "Same seed, same answer",
            new Dictionary<string, string> { ["other_seed_differs"] = varies ? "yes" : "no" });
        if (outcome.Verdict == ProbeVerdict.Verified && !varies)
            return Inconclusive(context, string.Create(CultureInfo.InvariantCulture,
                $"Every answer was identical, with another seed too: temperature 1 did not vary the answer, so the seed's effect cannot be seen."), outcome.Observed) with
            { Rate = outcome.Rate, Passed = outcome.Passed, Answered = outcome.Answered };
        return outcome;
    }

    private static System.Text.Json.Nodes.JsonObject Body(ProbeContext context, int seed)
    {
        var body = context.Body("Write one imaginative sentence about a cat.", maxTokens: 16, temperature: 1);
        body["seed"] = seed;
        return body;
    }
}
