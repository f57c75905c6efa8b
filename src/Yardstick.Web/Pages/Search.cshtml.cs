using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Pages;

/// <summary>The header's model search: every model whose name, creator or comparison class contains the words asked for.</summary>
public sealed class SearchModel(SiteData data) : PageModel
{
    [FromQuery(Name = "q")] public string? Query { get; set; }

    public IReadOnlyList<LeaderboardRow> Matches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var words = (Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            return Page();
        // Every word must match one of the three fields (case-insensitive), so "alibaba tiny" narrows instead of widening.
        Matches = (await data.LeaderboardRowsAsync(cancellationToken))
            .Where(r => words.All(w => r.Card.Name.Contains(w, StringComparison.OrdinalIgnoreCase)
                || r.Card.Creator.Contains(w, StringComparison.OrdinalIgnoreCase)
                || r.Card.Slug.Contains(w, StringComparison.OrdinalIgnoreCase)
                || r.Class.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.Card.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        // One match: go straight to its page, as a search box on a catalog should.
        return Matches.Count == 1 ? Redirect(Links.Model(Matches[0].Card.Slug)) : Page();
    }
}
