using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using Yardstick.Web.Data;

namespace Yardstick.Web.Pages.Runs;

/// <summary>Two runs of the same eval side by side, item by item: the items that flipped between them.</summary>
public sealed class RunDiffModel(SiteData data) : PageModel
{
    public RunRecord A { get; private set; } = null!;
    public RunRecord B { get; private set; } = null!;
    public RunDiff Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string a, string b, CancellationToken cancellationToken)
    {
        var runA = await data.Runs.GetRunAsync(a, cancellationToken);
        var runB = await data.Runs.GetRunAsync(b, cancellationToken);
        if (runA is null || runB is null)
            return NotFound();
        // Only like with like: items of different evals share no meaning even when their ids collide.
        if (runA.Kind != RunKind.Eval || runB.Kind != RunKind.Eval || !string.Equals(runA.Task, runB.Task, StringComparison.Ordinal))
            return BadRequest();
        A = runA;
        B = runB;
        Diff = RunDiff.Of(await data.Runs.GetSamplesAsync(runA.Id, cancellationToken), await data.Runs.GetSamplesAsync(runB.Id, cancellationToken));
        return Page();
    }
}
