using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Catalog;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Pages;

/// <summary>Picks two models; with both chosen it redirects to the comparison page's own address.</summary>
public sealed class CompareFormModel(SiteData data) : PageModel
{
    public IReadOnlyList<ModelCard> Models { get; private set; } = [];
    public string? Error { get; private set; }
    public string? SelectedA { get; private set; }
    public string? SelectedB { get; private set; }

    [FromQuery(Name = "a")] public string? A { get; set; }
    [FromQuery(Name = "b")] public string? B { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Models = (await data.ModelsAsync(cancellationToken)).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
        // The form never proposes a model against itself: B defaults to the first model that is not A.
        SelectedA = string.IsNullOrWhiteSpace(A) ? Models.FirstOrDefault()?.Slug : A.Trim();
        SelectedB = string.IsNullOrWhiteSpace(B) ? Models.FirstOrDefault(m => !string.Equals(m.Slug, SelectedA, StringComparison.OrdinalIgnoreCase))?.Slug : B.Trim();
        if (string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B))
            return Page();
        if (string.Equals(A, B, StringComparison.OrdinalIgnoreCase))
        {
            Error = "Choose two different models.";
            return Page();
        }
        if (await data.ModelAsync(A, cancellationToken) is null || await data.ModelAsync(B, cancellationToken) is null)
        {
            Error = $"'{(await data.ModelAsync(A, cancellationToken) is null ? A : B)}' is not a model in this catalog.";
            return Page();
        }
        return Redirect(Links.Compare(A.Trim(), B.Trim()));
    }
}
