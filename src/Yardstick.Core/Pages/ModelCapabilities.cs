using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pages;

/// <summary>
/// A model's stand on each known capability: its own claim when the card lists one, else what its facts imply
/// (image input from its modalities, reasoning from its reasoning flag), else nothing stated.
/// </summary>
public static class ModelCapabilities
{
    public static CapabilityClaim? Claim(ModelCard model, string capability)
    {
        var listed = model.Capabilities.FirstOrDefault(c => string.Equals(c.Name, capability, StringComparison.OrdinalIgnoreCase));
        if (listed is not null)
            return listed;
        var fallbackSource = new FactSource(FactSourceKind.User, "");
        return capability switch
        {
            KnownCapabilities.Vision => new CapabilityClaim(capability, model.Modalities.Accepts("image"), CapabilityStatus.Claimed, model.SourceOf("modalities") ?? fallbackSource),
            KnownCapabilities.Multimodal when model.Modalities.Input.Count > 1 || model.Modalities.Output.Count > 1 =>
                new CapabilityClaim(capability, true, CapabilityStatus.Claimed, model.SourceOf("modalities") ?? fallbackSource),
            KnownCapabilities.Reasoning => new CapabilityClaim(capability, model.Reasoning, CapabilityStatus.Claimed, model.SourceOf("reasoning") ?? fallbackSource),
            _ => null,
        };
    }

    /// <summary>
    /// The model's stand on <paramref name="capability"/> with Yardstick's probes taken into account: a probe that decided
    /// (verified on some endpoint, or refuted or refused on every endpoint that decided) wins over the card, with the
    /// probe run as its source (<c>measured:&lt;run id&gt;</c>); else the card's claim; else null — not stated, which is
    /// not the same as unsupported.
    /// </summary>
    public static CapabilityClaim? Effective(ModelCard model, CapabilityMatrix matrix, string capability)
    {
        if (matrix.Decisive(capability) is { } cell)
            return new CapabilityClaim(capability, cell.Verdict == Probes.ProbeVerdict.Verified,
                cell.Verdict == Probes.ProbeVerdict.Verified ? CapabilityStatus.VerifiedByProbe : CapabilityStatus.RefutedByProbe,
                new FactSource(FactSourceKind.Measured, cell.RunId));
        return Claim(model, capability);
    }

    /// <summary>True when the model claims the capability, or a probe verified it, and no probe refuted it.</summary>
    public static bool Supports(ModelCard model, string capability) =>
        Claim(model, capability) is { Supported: true, Status: not CapabilityStatus.RefutedByProbe };

    /// <summary>Every known capability plus any other the card lists, in display order.</summary>
    public static IReadOnlyList<string> Names(params ModelCard[] models) =>
        KnownCapabilities.All
            .Concat(models.SelectMany(m => m.Capabilities).Select(c => c.Name)
                .Where(n => !KnownCapabilities.All.Contains(n, StringComparer.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
            .ToList();
}
