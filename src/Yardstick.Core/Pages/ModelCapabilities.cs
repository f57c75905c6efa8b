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
