using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>The small base every probe shares: name, description, capability, and both API styles unless it says otherwise.</summary>
public abstract class Probe : IProbe
{
    public abstract string Name { get; }
    public abstract string Checks { get; }
    public virtual string? Capability => null;

    public virtual bool AppliesTo(ProbeApi api) => true;

    public abstract Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default);

    /// <summary>Endpoint mechanics (a field honoured or not) must pass every case.</summary>
    protected const double AllCases = 1.0;

    /// <summary>Model behaviour (following a system prompt, reading an image) passes on two cases in three.</summary>
    protected const double MostCases = 2.0 / 3.0;

    /// <summary>A verdict the cases cannot give: <c>inconclusive</c> with the reason, every case still its evidence.</summary>
    protected ProbeOutcome Inconclusive(ProbeContext context, string detail, IReadOnlyDictionary<string, string>? observed = null) => new()
    {
        Probe = Name,
        Capability = Capability,
        Verdict = ProbeVerdict.Inconclusive,
        Detail = detail,
        Cases = context.Cases.Count,
        Observed = observed ?? new Dictionary<string, string>(),
        Samples = context.Cases.Select(c => c.Exchange.PromptId).ToList(),
    };

    protected static bool IsOpenAi(ProbeApi api) => api == ProbeApi.OpenAi;
}
