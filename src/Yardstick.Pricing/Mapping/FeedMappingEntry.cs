namespace Yardstick.Pricing.Mapping;

/// <summary>A feed id's catalog model and provider: its prices go to the endpoint <c>&lt;model&gt;@&lt;provider slug&gt;</c>.</summary>
public sealed record FeedMappingEntry(string FeedId, string ModelSlug, string Provider);
