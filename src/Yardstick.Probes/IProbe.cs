using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Running;

namespace Yardstick.Probes;

/// <summary>
/// One capability check: sends its cases through <see cref="ProbeContext.SendAsync"/> (every request and response is
/// stored as a sample), judges each answer and returns a verdict with its evidence. Method and pass rule: docs/probes.md.
/// </summary>
public interface IProbe
{
    /// <summary>Stable name (<c>function_calling</c>, <c>seed</c>…): the prefix of its samples' prompt ids and the key of its outcome.</summary>
    string Name { get; }

    /// <summary>What it checks, in one sentence.</summary>
    string Checks { get; }

    /// <summary>The catalog capability its verdict evidences, when it evidences one.</summary>
    string? Capability { get; }

    /// <summary>False where the API style has no such feature (Anthropic has no <c>n</c>, <c>seed</c> or <c>logprobs</c>).</summary>
    bool AppliesTo(ProbeApi api);

    Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default);
}
