using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Pages;

/// <summary>The catalog's models, with a form to compare two of them.</summary>
public sealed class IndexModel(SiteData data) : PageModel
{
    public sealed record Row(ModelCard Card, string Class, UsdPerMillionTokens? Blended, bool Measured, ModelSpeed? Speed);

    public IReadOnlyList<Row> Models { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var measured = await data.MeasurementsAsync(cancellationToken);
        Models = (await data.ModelsAsync(cancellationToken)).Select(m => new Row(
            m,
            ClassLabel.Short(ComparisonClassRule.Classify(m, data.Ratio)),
            m.HeadlinePrice is { } p ? BlendedPrice.Compute(p, data.Ratio) : null,
            measured.TryGetValue(m.Slug, out var mm) && !mm.IsEmpty,
            mm?.Speed))
            .OrderBy(r => r.Card.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
