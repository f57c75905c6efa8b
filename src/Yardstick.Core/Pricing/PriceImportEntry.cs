namespace Yardstick.Core.Pricing;

/// <summary>One endpoint's price in an import.</summary>
public sealed record PriceImportEntry(string EndpointId, string ModelSlug, string Provider, TokenPrice Price);
