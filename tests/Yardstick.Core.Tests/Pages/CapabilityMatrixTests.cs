using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Probes;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pages;

public sealed class CapabilityMatrixTests
{
    internal static ProbeOutcome Outcome(string probe, string? capability, ProbeVerdict verdict) =>
        new() { Probe = probe, Capability = capability, Verdict = verdict, Detail = verdict.ToString(), Samples = [$"{probe}/case"] };

    internal static RunRecord ProbeRun(string id, string? endpointId, DateTimeOffset started, params ProbeOutcome[] outcomes) => new()
    {
        Id = id, Kind = RunKind.Probe, ModelSlug = "m", EndpointId = endpointId, ApiStyle = "openai-chat", BaseUrl = $"http://{id}.example/v1", ModelId = "m",
        Task = "capabilities", ConfigurationJson = "{}", YardstickVersion = "0.1.0", StartedUtc = started, Status = RunStatus.Completed,
        SummaryJson = ProbeSummaryJson.Serialize(new ProbeRunSummary
        {
            RunId = id, ModelId = "m", BaseUrl = "http://x/v1", ApiStyle = "openai-chat", Reachable = true, Probes = outcomes,
        }),
    };

    internal static ModelMeasurements Measured(params RunRecord[] runs) => ModelMeasurements.From(runs);

    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);

    [Fact]
    public void One_column_per_endpoint_with_each_probes_newest_outcome()
    {
        // Given two runs on the vendor endpoint (the newer without the vision probe) and one on another provider
        var card = SeedCards.Proprietary("m", 1m, 2m, false, ("Vendor", 1m, 2m, true), ("OpenRouter", 1m, 2m, false));
        var measured = Measured(
            ProbeRun("old", "m@vendor", Day1, Outcome("function_calling", "function_calling", ProbeVerdict.Refuted), Outcome("vision", "vision", ProbeVerdict.Verified)),
            ProbeRun("new", "m@vendor", Day2, Outcome("function_calling", "function_calling", ProbeVerdict.Verified)),
            ProbeRun("router", "m@openrouter", Day1, Outcome("function_calling", "function_calling", ProbeVerdict.NotSupported)));

        // When the matrix is built
        var matrix = measured.Matrix(card);

        // Then the columns are the providers, and each cell is the newest outcome with its run
        Assert.Equal(["Vendor", "OpenRouter"], matrix.Endpoints.Select(e => e.Label));
        var calling = matrix.Rows.Single(r => r.Probe == "function_calling");
        Assert.Equal([ProbeVerdict.Verified, ProbeVerdict.NotSupported], calling.Cells.Select(c => c!.Verdict));
        Assert.Equal("new", calling.Cells[0]!.RunId);
        var vision = matrix.Rows.Single(r => r.Probe == "vision");
        Assert.Equal("old", vision.Cells[0]!.RunId);
        Assert.Null(vision.Cells[1]);
    }

    [Theory]
    [InlineData("verified,not_supported", true, CapabilityStatus.VerifiedByProbe)]
    [InlineData("refuted,not_supported", false, CapabilityStatus.RefutedByProbe)]
    [InlineData("inconclusive,refuted", false, CapabilityStatus.RefutedByProbe)]
    [InlineData("inconclusive,inconclusive", true, CapabilityStatus.Claimed)]
    public void The_models_figure_is_what_its_endpoints_show(string verdicts, bool supported, CapabilityStatus status)
    {
        // Given a card claiming function calling and one probe run per endpoint
        var card = SeedCards.Proprietary("m", 1m, 2m) with
        {
            Capabilities = [new CapabilityClaim(KnownCapabilities.FunctionCalling, true, CapabilityStatus.Claimed, new FactSource(FactSourceKind.Published, "card"))],
        };
        var runs = verdicts.Split(',').Select((v, i) => ProbeRun($"r{i}", $"m@e{i}", Day1,
            Outcome("function_calling", KnownCapabilities.FunctionCalling, System.Text.Json.JsonSerializer.Deserialize<ProbeVerdict>($"\"{v}\"")))).ToArray();

        var claim = ModelCapabilities.Effective(card, Measured(runs).Matrix(card), KnownCapabilities.FunctionCalling)!;

        Assert.Equal((supported, status), (claim.Supported, claim.Status));
    }

    [Fact]
    public void Not_stated_and_not_probed_is_null_not_unsupported() =>
        Assert.Null(ModelCapabilities.Effective(SeedCards.Open("m", 4), CapabilityMatrix.Empty, KnownCapabilities.FunctionCalling));

    [Fact]
    public void An_unreadable_probe_summary_is_listed_not_hidden()
    {
        var run = ProbeRun("bad", null, Day1) with { SummaryJson = "{\"probes\": 3}" };

        var measured = Measured(run);

        Assert.Empty(measured.Probes);
        Assert.Equal("bad", Assert.Single(measured.Unreadable).Run.Id);
    }
}
