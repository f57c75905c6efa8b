using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>Model cards ⇄ catalog rows.</summary>
internal static class CatalogMapping
{
    public static ModelEntity ToEntity(ModelCard m) => new()
    {
        Slug = m.Slug, Name = m.Name, Creator = m.Creator, Description = m.Description, ReleaseDate = m.ReleaseDate,
        ParametersTotalB = m.ParametersTotalB, ParametersActiveB = m.ParametersActiveB, ContextWindowTokens = m.ContextWindowTokens,
        MaxOutputTokens = m.MaxOutputTokens, InputModalities = string.Join(',', m.Modalities.Input), OutputModalities = string.Join(',', m.Modalities.Output),
        Licence = m.Licence, OpenWeights = m.OpenWeights, KnowledgeCutoff = m.KnowledgeCutoff, Reasoning = m.Reasoning, Demo = m.Demo,
        ReasoningVariantSlug = m.ReasoningVariantSlug, NonReasoningVariantSlug = m.NonReasoningVariantSlug, SuccessorSlug = m.SuccessorSlug,
        CatalogFile = m.CatalogFile, LastReviewed = m.LastReviewed,
        FactSources = m.FactSources.Select(kv => new FactSourceEntity { ModelSlug = m.Slug, Field = kv.Key, Source = kv.Value.ToString() }).ToList(),
        Capabilities = m.Capabilities.Select(c => new CapabilityEntity
        {
            ModelSlug = m.Slug, Name = c.Name, Supported = c.Supported, Status = c.Status.ToString(), Source = c.Source.ToString(),
        }).ToList(),
        PublishedScores = m.PublishedScores.Select(s => new PublishedScoreEntity
        {
            ModelSlug = m.Slug, Benchmark = s.Benchmark, Value = s.Value, Source = s.Source.ToString(),
        }).ToList(),
        Endpoints = m.Endpoints.Select(ToEntity).ToList(),
    };

    private static EndpointEntity ToEntity(EndpointCard e)
    {
        var row = new EndpointEntity
        {
            Id = e.Id, ModelSlug = e.ModelSlug, Provider = e.Provider, ApiStyle = e.ApiStyle.ToString(), BaseUrl = e.BaseUrl, ModelId = e.ModelId,
            FirstParty = e.FirstParty, ApiKeyEnvironmentVariable = e.ApiKeyEnvironmentVariable,
            HardwareHourlyUsd = e.Hardware?.HourlyUsd, HardwareDescription = e.Hardware?.Description, HardwareSource = e.Hardware?.Source?.ToString(),
        };
        PriceColumns.Write(e.Price, row);
        return row;
    }

    public static ModelCard ToCard(ModelEntity e) => new()
    {
        Slug = e.Slug, Name = e.Name, Creator = e.Creator, Description = e.Description, ReleaseDate = e.ReleaseDate,
        ParametersTotalB = e.ParametersTotalB, ParametersActiveB = e.ParametersActiveB, ContextWindowTokens = e.ContextWindowTokens,
        MaxOutputTokens = e.MaxOutputTokens, Modalities = new Modalities(Split(e.InputModalities), Split(e.OutputModalities)),
        Licence = e.Licence, OpenWeights = e.OpenWeights, KnowledgeCutoff = e.KnowledgeCutoff, Reasoning = e.Reasoning, Demo = e.Demo,
        ReasoningVariantSlug = e.ReasoningVariantSlug, NonReasoningVariantSlug = e.NonReasoningVariantSlug, SuccessorSlug = e.SuccessorSlug,
        CatalogFile = e.CatalogFile, LastReviewed = e.LastReviewed,
        FactSources = e.FactSources.ToDictionary(f => f.Field, f => Source(f.Source), StringComparer.Ordinal),
        Capabilities = e.Capabilities.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CapabilityClaim(c.Name, c.Supported, Enum.Parse<CapabilityStatus>(c.Status), Source(c.Source))).ToList(),
        PublishedScores = e.PublishedScores.OrderBy(s => s.Benchmark, StringComparer.Ordinal)
            .Select(s => new PublishedScore(s.Benchmark, s.Value, Source(s.Source))).ToList(),
        Endpoints = e.Endpoints.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new EndpointCard
        {
            Id = p.Id, ModelSlug = p.ModelSlug, Provider = p.Provider, ApiStyle = Enum.Parse<ApiStyle>(p.ApiStyle), BaseUrl = p.BaseUrl,
            ModelId = p.ModelId, FirstParty = p.FirstParty, ApiKeyEnvironmentVariable = p.ApiKeyEnvironmentVariable,
            Price = PriceColumns.Read(p),
            Hardware = p.HardwareHourlyUsd is { } hourly
                ? new HardwareRate(hourly, p.HardwareDescription, p.HardwareSource is null ? null : Source(p.HardwareSource))
                : null,
        }).ToList(),
    };

    private static string[] Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static FactSource Source(string text) => PriceColumns.Source(text);
}
