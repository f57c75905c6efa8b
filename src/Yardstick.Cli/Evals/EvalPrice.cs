using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Evals;

/// <summary>
/// The price an eval run's cost is computed at: the model's list price when it has one, else its measured self-hosting
/// cost (from the endpoint's newest perf runs with a hardware rate; source <c>measured:&lt;perf run id&gt;</c>), so that a
/// self-hosted model's eval and index have a cost too; else the list price as it is (a "no price" stays unavailable).
/// </summary>
internal static class EvalPrice
{
    // Generous on purpose: the newest perf run with hardware must be among them.
    private const int RunLimit = 100_000;

    public static async Task<TokenPrice?> ForAsync(ModelCard? model, IRunStore runs, IRunFiguresStore figures, CancellationToken cancellationToken)
    {
        if (model is null)
            return null;
        if (model.HeadlinePrice is { IsComplete: true } listed)
            return listed;
        var perf = await runs.ListRunsAsync(new RunQuery(Kind: RunKind.Perf, ModelSlug: model.Slug, Limit: RunLimit), cancellationToken);
        var measured = SelfHostingRuns.Select(model, ModelMeasurements.From(perf)) is { } selected
            ? (await selected.CostAsync(figures, cancellationToken)).AsTokenPrice()
            : null;
        return measured ?? model.HeadlinePrice;
    }
}
