using Yardstick.Core.Runs;

namespace Yardstick.Web.Pages.Shared;

/// <summary>
/// Which load curve the load-curve partial draws: a model page's newest series (capacity search, ladder or sweep) of that
/// model, or a perf run page's own series (nothing when the run belongs to none).
/// </summary>
public sealed record LoadCurveSource(string? ModelSlug, RunRecord? Run)
{
    public static LoadCurveSource ForModel(string slug) => new(slug, null);

    public static LoadCurveSource ForRun(RunRecord run) => new(null, run);
}
