using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Context;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Api;

/// <summary>Maps catalog cards and measurements to the API's records, with Core's pricing and class rules.</summary>
internal static class ModelDtos
{
    public static ModelDto From(ModelCard model, ModelMeasurements measured, BlendRatio ratio, IndexDefinition? index, string origin = "")
    {
        var cls = ComparisonClassRule.Classify(model, ratio);
        var headline = model.HeadlinePrice;
        var matrix = measured.Matrix(model);
        return new ModelDto
        {
            Name = model.Name,
            Slug = model.Slug,
            Creator = model.Creator,
            Description = model.Description,
            ReleaseDate = model.ReleaseDate,
            ParametersTotalB = model.ParametersTotalB,
            ParametersActiveB = model.ParametersActiveB,
            SizeClass = cls.SizeClass?.ToString().ToLowerInvariant(),
            PriceBand = cls.PriceBand?.ToString().ToLowerInvariant(),
            ComparisonClass = cls.Key,
            ComparisonClassLabel = cls.Label,
            ContextWindowTokens = model.ContextWindowTokens,
            ContextWindowA4Pages = model.ContextWindowTokens is { } ctx ? ContextWindowPages.A4Pages(ctx) : null,
            MaxOutputTokens = model.MaxOutputTokens,
            InputModalities = model.Modalities.Input,
            OutputModalities = model.Modalities.Output,
            InputPriceUsdPer1M = Price(headline?.Input),
            CachedInputPriceUsdPer1M = Price(headline?.CachedInput),
            OutputPriceUsdPer1M = Price(headline?.Output),
            BlendedPriceUsdPer1M = headline is null ? null : BlendedPrice.Compute(headline, ratio)?.Value,
            BlendRatio = ratio.ToString(),
            Price = PriceDtos.For(model, measured, ratio),
            Reasoning = model.Reasoning,
            OpenWeights = model.OpenWeights,
            Licence = model.Licence,
            KnowledgeCutoff = model.KnowledgeCutoff,
            SuccessorSlug = model.SuccessorSlug,
            ReasoningVariantSlug = model.ReasoningVariantSlug,
            NonReasoningVariantSlug = model.NonReasoningVariantSlug,
            LastReviewed = model.LastReviewed,
            PageUrl = origin + Links.Model(model.Slug),
            Endpoints = model.Endpoints.Select(e => Endpoint(e, ratio)).ToList(),
            Capabilities = Capabilities(model, matrix),
            CapabilityMatrix = Matrix(matrix),
            PublishedScores = model.PublishedScores.Select(s => new PublishedScoreDto(s.Benchmark, s.Value, s.Source.ToString())).ToList(),
            FactSources = model.FactSources.ToDictionary(kv => kv.Key, kv => kv.Value.ToString()),
            Measured = Measured(measured),
            IntelligenceIndex = index is null ? null : measured.Index(index),
        };
    }

    public static MeasuredDto Measured(ModelMeasurements measured)
    {
        var now = DateTimeOffset.UtcNow;
        return new MeasuredDto(
            measured.LatestPerf is { } p ? new MeasuredPerfDto(p.Run.Id, Links.Run(p.Run.Id), p.Run.StartedUtc, p.Summary with { RunId = p.Summary.RunId ?? p.Run.Id }) : null,
            measured.LatestEvals.Select(e => new MeasuredEvalDto(e.Run.Id, Links.Run(e.Run.Id), e.Run.StartedUtc, e.Summary with { RunId = e.Summary.RunId ?? e.Run.Id })).ToList())
        {
            Speed = ModelSpeedDto.From(measured.Speed),
            SpeedHeadline72h = SpeedHeadlineDto.From(measured.Headline(SpeedHeadline.DefaultWindow, now)),
            SpeedHeadline14d = SpeedHeadlineDto.From(measured.Headline(SpeedHeadline.LongWindow, now)),
            SkippedRuns = measured.Skipped.Select(r => new SkippedRunDto(r.Run.Id, Links.Run(r.Run.Id), r.Run.Kind.ToString().ToLowerInvariant(),
                r.Run.Status.ToString().ToLowerInvariant(), r.Reason)).ToList(),
        };
    }

    /// <summary>The card's claims, each with the probe verdict that decided it, then capabilities only a probe decided.</summary>
    private static List<CapabilityDto> Capabilities(ModelCard model, CapabilityMatrix matrix)
    {
        var claimed = model.Capabilities.Select(c => new CapabilityDto(c.Name, c.Supported, Status(c.Status), c.Source.ToString(), Verified(matrix.Decisive(c.Name))));
        var probedOnly = matrix.Rows.Select(r => r.Capability).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => !model.Capabilities.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Select(name => (Name: name, Claim: ModelCapabilities.Effective(model, matrix, name), Cell: matrix.Decisive(name)))
            .Where(x => x.Cell is not null && x.Claim is not null)
            .Select(x => new CapabilityDto(x.Name, x.Claim!.Supported, Status(x.Claim.Status), x.Claim.Source.ToString(), Verified(x.Cell)));
        return claimed.Concat(probedOnly).ToList();
    }

    private static CapabilityMatrixDto Matrix(CapabilityMatrix matrix) => new(
        matrix.Endpoints.Select(e => new MatrixEndpointDto(e.Key, e.Label, e.BaseUrl, e.ApiStyle, e.ModelId)).ToList(),
        matrix.Rows.Select(r => new MatrixRowDto(r.Probe, r.Capability,
            r.Cells.Select(c => c is null ? null : new MatrixCellDto(Verified(c)!, c.Outcome.Observed, c.Outcome.Samples)).ToList())).ToList());

    private static VerifiedDto? Verified(MatrixCell? cell) => cell is null ? null : new VerifiedDto(
        System.Text.Json.JsonSerializer.Serialize(cell.Verdict).Trim('"'), cell.RunId, Links.Run(cell.RunId), Links.RunSamplesCsv(cell.RunId),
        cell.Date, cell.Outcome.Rate, cell.Outcome.Detail);

    public static string Status(CapabilityStatus status) => status switch
    {
        CapabilityStatus.VerifiedByProbe => "verified_by_probe",
        CapabilityStatus.RefutedByProbe => "refuted_by_probe",
        _ => "claimed",
    };

    /// <summary>A listed $0 is "no price": the API says null, never 0.</summary>
    public static decimal? Price(UsdPerMillionTokens? price) => price is { IsNoPrice: false } p ? p.Value : null;

    private static EndpointDto Endpoint(EndpointCard e, BlendRatio ratio) => new()
    {
        Id = e.Id,
        Provider = e.Provider,
        ApiStyle = e.ApiStyle.ToString(),
        BaseUrl = e.BaseUrl,
        ModelId = e.ModelId,
        FirstParty = e.FirstParty,
        InputPriceUsdPer1M = Price(e.Price.Input),
        CachedInputPriceUsdPer1M = Price(e.Price.CachedInput),
        OutputPriceUsdPer1M = Price(e.Price.Output),
        BlendedPriceUsdPer1M = BlendedPrice.Compute(e.Price, ratio)?.Value,
        PriceSource = e.Price.Source?.ToString(),
        Price = PriceDtos.Token(e.Price),
        HardwareHourlyUsd = e.Hardware?.HourlyUsd,
        Hardware = e.Hardware?.Description,
    };
}
