using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// One provider route of a model as measured from one location: the catalog endpoint (null when the runs went to a
/// base URL the catalog does not list), its blended price, and its speed under <see cref="SpeedRule"/> from that
/// endpoint's runs at that location (null when never measured from there).
/// </summary>
public sealed record ProviderRow(string Provider, EndpointCard? Endpoint, string BaseUrl, string? Location, UsdPerMillionTokens? Blended, ModelSpeed? Speed)
{
    /// <summary>"OpenAI · us": the row's label in tables and charts.</summary>
    public string Label => $"{Provider} · {Location ?? "no location label"}";
}
