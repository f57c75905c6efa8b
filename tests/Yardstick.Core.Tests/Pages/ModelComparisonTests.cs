using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pages;

public sealed class ModelComparisonTests
{
    private static readonly FactSource Source = new(FactSourceKind.Published, "https://example.org/card");

    private static ModelComparison Compare(ModelCard a, ModelCard b, ModelMeasurements? ma = null, ModelMeasurements? mb = null) =>
        ModelComparison.Compare(a, b, ma ?? ModelMeasurements.None, mb ?? ModelMeasurements.None, MonthlyTraffic.Default);

    [Fact]
    public void The_verdict_names_each_sides_advantages_from_the_data()
    {
        // Given GPT-4.1 (priced, 1.05M context, image input) and an open 4B model (32k, text only)
        var gpt = SeedCards.Gpt41 with { Modalities = new Modalities(["text", "image"], ["text"]) };
        var open = SeedCards.Open("qwen3-4b", 4.0);

        // When compared
        var c = Compare(gpt, open);

        // Then GPT-4.1 wins long documents and image input, the open model self-hosting
        Assert.Equal("gpt-4.1 is the pick for long documents and image input; qwen3-4b for self-hosting.", c.Verdict);
        Assert.Contains(c.ChooseA, s => s.StartsWith("long inputs matter: a 1.05M-token context window", StringComparison.Ordinal));
        Assert.Contains(c.ChooseB, s => s == "you want to run it yourself: open weights under Apache 2.0");
        Assert.Contains(c.SwitchFriction, s => s.Contains("shrinks the context window from 1.05M to 33k", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cheaper_model_is_named_with_both_blended_prices()
    {
        // Given $2/$8 (blended 3.5) vs $1/$4 (blended 1.75)
        var c = Compare(SeedCards.Proprietary("dear", 2m, 8m), SeedCards.Proprietary("cheap", 1m, 4m));

        // Then the cheap one is best for lower cost, with both figures
        Assert.Equal(["lower cost"], c.BestForB);
        Assert.Contains("blended $1.75 vs $3.50 per 1M tokens", c.ChooseB[0], StringComparison.Ordinal);
        Assert.Equal(36m, c.CostA.Cost.Usd);
        Assert.Equal(18m, c.CostB.Cost.Usd);
    }

    [Fact]
    public void Identical_facts_do_not_separate_the_models()
    {
        // Given two models with the same facts and no runs
        var c = Compare(SeedCards.Open("a", 4.0), SeedCards.Open("b", 4.0));

        // Then the verdict says the data does not separate them, and no leader is named
        Assert.StartsWith("The data on record does not separate a and b yet", c.Verdict, StringComparison.Ordinal);
        Assert.Null(c.BenchmarkLeader);
        Assert.Empty(c.CapabilityGaps);
    }

    [Fact]
    public void A_capability_the_other_card_does_not_state_is_not_counted_as_lost()
    {
        // Given both on OpenRouter, A claiming streaming and function calling, B stating neither (GPT-4.1 vs Qwen3.5-4B)
        var a = SeedCards.Proprietary("a", 1m, 2m, false, ("OpenRouter", 1m, 2m, false)) with
        {
            Capabilities = [Claim(KnownCapabilities.FunctionCalling, true), Claim(KnownCapabilities.Streaming, true)],
        };
        var b = SeedCards.Proprietary("b", 1m, 2m, false, ("OpenRouter", 1m, 2m, false), ("Vendor", 1m, 2m, true));

        // When compared
        var c = Compare(a, b);

        // Then nothing is a gap, no advantage is given for it, and the friction says "not stated", never "loses"
        Assert.Equal(["OpenRouter"], c.SharedProviders);
        Assert.Empty(c.CapabilityGaps);
        Assert.Empty(c.BestForA);
        Assert.Contains("Both are served by OpenRouter", c.SwitchFriction[0], StringComparison.Ordinal);
        Assert.DoesNotContain(c.SwitchFriction, s => s.Contains("loses", StringComparison.Ordinal));
        Assert.Contains(c.SwitchFriction, s => s == "Not stated for b, so not counted as lost: function calling (claimed) and streaming (claimed); probe its endpoint (yardstick probe) before relying on it.");
    }

    [Fact]
    public void A_capability_stated_unsupported_is_a_gap_said_as_claimed()
    {
        var a = SeedCards.Proprietary("a", 1m, 2m) with { Capabilities = [Claim(KnownCapabilities.FunctionCalling, true)] };
        var b = SeedCards.Proprietary("b", 1m, 2m) with { Capabilities = [Claim(KnownCapabilities.FunctionCalling, false)] };

        var c = Compare(a, b);

        var gap = Assert.Single(c.CapabilityGaps);
        Assert.False(gap.LacksClaim!.Supported);
        Assert.Contains(c.ChooseA, s => s == "you need function calling (claimed): claimed for a, claimed unsupported for b");
        Assert.Contains(c.SwitchFriction, s => s == "Switching from a to b loses function calling (claimed): claimed unsupported for b.");
    }

    [Fact]
    public void Probe_verdicts_win_over_claims_and_say_so()
    {
        // Given A's endpoint verified function calling and B's endpoint refused it, though B's card claims it
        var a = SeedCards.Proprietary("a", 1m, 2m);
        var b = SeedCards.Proprietary("b", 1m, 2m) with { Capabilities = [Claim(KnownCapabilities.FunctionCalling, true)] };
        var ma = CapabilityMatrixTests.Measured(CapabilityMatrixTests.ProbeRun("probe-a", "a@vendor", DateTimeOffset.UnixEpoch,
            CapabilityMatrixTests.Outcome("function_calling", KnownCapabilities.FunctionCalling, Core.Probes.ProbeVerdict.Verified)));
        var mb = CapabilityMatrixTests.Measured(CapabilityMatrixTests.ProbeRun("probe-b", "b@vendor", DateTimeOffset.UnixEpoch,
            CapabilityMatrixTests.Outcome("function_calling", KnownCapabilities.FunctionCalling, Core.Probes.ProbeVerdict.NotSupported)));

        var c = Compare(a, b, ma, mb);

        var gap = Assert.Single(c.CapabilityGaps);
        Assert.Equal(CapabilityStatus.VerifiedByProbe, gap.HasClaim.Status);
        Assert.Equal("measured:probe-a", gap.HasClaim.Source.ToString());
        Assert.Equal(CapabilityStatus.RefutedByProbe, gap.LacksClaim!.Status);
        Assert.Contains(c.SwitchFriction, s => s == "Switching from a to b loses function calling (verified by probe): refuted by probe for b.");
        Assert.Contains("function calling", c.BestForA);
    }

    private static CapabilityClaim Claim(string name, bool supported) => new(name, supported, CapabilityStatus.Claimed, Source);

    [Fact]
    public void Measured_evals_are_shared_with_a_difference_interval_and_lead_only_when_it_excludes_zero()
    {
        // Given gsm8k 36/40 vs 30/40 (interval excludes 0) and math 20/40 vs 19/40 (it does not)
        var ma = ModelMeasurements.From([
            ModelMeasurementsTests.Run("eval-a1", RunKind.Eval, DateTimeOffset.UnixEpoch, ModelMeasurementsTests.Eval("gsm8k", 36, 40)),
            ModelMeasurementsTests.Run("eval-a2", RunKind.Eval, DateTimeOffset.UnixEpoch, ModelMeasurementsTests.Eval("math", 20, 40))]);
        var mb = ModelMeasurements.From([
            ModelMeasurementsTests.Run("eval-b1", RunKind.Eval, DateTimeOffset.UnixEpoch, ModelMeasurementsTests.Eval("gsm8k", 20, 40)),
            ModelMeasurementsTests.Run("eval-b2", RunKind.Eval, DateTimeOffset.UnixEpoch, ModelMeasurementsTests.Eval("math", 19, 40))]);

        // When compared
        var c = Compare(SeedCards.Open("a", 4.0), SeedCards.Open("b", 4.0), ma, mb);

        // Then both evals are shared, gsm8k is led by A and math is not a clear lead
        var gsm8k = c.SharedBenchmarks.Single(s => s.Benchmark == "gsm8k");
        Assert.Equal(40, gsm8k.Difference, 9);
        Assert.Equal(1, gsm8k.Leader);
        Assert.Equal("measured:eval-a1", gsm8k.A.Source.ToString());
        Assert.Equal(0, c.SharedBenchmarks.Single(s => s.Benchmark == "math").Leader);
        Assert.Equal("a", c.BenchmarkLeader!.Slug);
        Assert.Contains("benchmark scores", c.BestForA);
    }
}
