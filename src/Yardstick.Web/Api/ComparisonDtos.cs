using Yardstick.Core.Evals;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Api;

/// <summary>Maps a Core comparison to the API's record.</summary>
internal static class ComparisonDtos
{
    public static ComparisonDto From(ModelComparison c, IndexDefinition? index, string origin = "") => new()
    {
        A = ModelDtos.From(c.A, c.MeasuredA, c.BlendRatio, index, origin),
        B = ModelDtos.From(c.B, c.MeasuredB, c.BlendRatio, index, origin),
        Verdict = c.Verdict,
        BestForA = c.BestForA,
        BestForB = c.BestForB,
        ChooseAWhen = c.ChooseA,
        ChooseBWhen = c.ChooseB,
        FitTagsA = c.FitTagsA,
        FitTagsB = c.FitTagsB,
        BenchmarkLeaderSlug = c.BenchmarkLeader?.Slug,
        SharedProviders = c.SharedProviders,
        CapabilityGaps = c.CapabilityGaps.Select(g => new CapabilityGapDto(g.Capability, g.HasSlug, ModelDtos.Status(g.HasClaim.Status), g.LacksSlug,
            g.LacksClaim is null ? null : g.LacksClaim.Supported ? ModelDtos.Status(g.LacksClaim.Status) : "unsupported")).ToList(),
        SharedBenchmarks = c.SharedBenchmarks.Select(s => new SharedBenchmarkDto(s.Benchmark, s.Measured, s.A.Value, s.A.Source.ToString(), s.B.Value, s.B.Source.ToString(),
            Math.Round(s.Difference, 4), s.DifferenceCi is { } ci ? [Math.Round(ci.Lower, 4), Math.Round(ci.Upper, 4)] : null)).ToList(),
        MonthlyCost = new MonthlyCostDto(c.Traffic.InputTokens, c.Traffic.OutputTokens, Route(c.CostA), Route(c.CostB)) { PromptTokens = c.Traffic.PromptTokensPerRequest },
        SwitchFriction = c.SwitchFriction,
        Faq = ComparisonFaq.For(c).Select(f => new FaqDto(f.Question, f.Answer)).ToList(),
    };

    private static RouteCostDto Route(CheapestRoute route) =>
        new(route.Cost.Usd, route.Route?.Endpoint.Provider, route.Route?.Endpoint.Id, route.Cost.UnavailableReason) { MeasuredSelfHosting = route.Route?.IsMeasured == true, LongContextTier = route.Cost.AtLongContextTier };
}
