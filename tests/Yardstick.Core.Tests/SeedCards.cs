using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests;

/// <summary>Model cards with the seed figures of DESIGN.md §7, built in code for rule tests.</summary>
internal static class SeedCards
{
    private static readonly FactSource Card = new(FactSourceKind.Published, "https://example.org/model-card");

    public static ModelCard Open(string slug, double paramsB, bool reasoning = false, long context = 32_768) => new()
    {
        Slug = slug, Name = slug, Creator = "Test", ParametersTotalB = paramsB, ContextWindowTokens = context,
        Modalities = Modalities.TextOnly, Licence = "Apache 2.0", OpenWeights = true, Reasoning = reasoning,
        FactSources = new Dictionary<string, FactSource> { ["default"] = Card },
    };

    public static ModelCard Proprietary(string slug, decimal input, decimal output, bool reasoning = false, params (string Provider, decimal In, decimal Out, bool FirstParty)[] routes) => new()
    {
        Slug = slug, Name = slug, Creator = "Test", ContextWindowTokens = 1_047_576, Modalities = Modalities.TextOnly,
        Licence = "proprietary", OpenWeights = false, Reasoning = reasoning,
        FactSources = new Dictionary<string, FactSource> { ["default"] = Card },
        Endpoints = routes.Length > 0
            ? routes.Select(r => Endpoint(slug, r.Provider, r.In, r.Out, r.FirstParty)).ToList()
            : [Endpoint(slug, "Vendor", input, output, firstParty: true)],
    };

    public static EndpointCard Endpoint(string slug, string provider, decimal input, decimal output, bool firstParty) => new()
    {
        Id = $"{slug}@{provider.ToLowerInvariant()}", ModelSlug = slug, Provider = provider, ApiStyle = ApiStyle.OpenAiChat,
        BaseUrl = "https://api.example.org/v1", ModelId = slug, FirstParty = firstParty,
        Price = new TokenPrice(new UsdPerMillionTokens(input), null, new UsdPerMillionTokens(output), Card),
    };

    /// <summary>GPT-4.1: $2 in, $8 out per 1M (DESIGN.md §7).</summary>
    public static ModelCard Gpt41 => Proprietary("gpt-4.1", 2m, 8m);
}
