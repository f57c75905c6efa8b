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

    [FromQuery(Name = "a")] public string? A { get; set; }
    [FromQuery(Name = "b")] public string? B { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Models = await data.ModelsAsync(cancellationToken);
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
