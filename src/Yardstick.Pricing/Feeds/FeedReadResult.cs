namespace Yardstick.Pricing.Feeds;

/// <summary>The models read from a feed, and the entries that could not be read (each with its id and why).</summary>
public sealed record FeedReadResult(IReadOnlyList<FeedModel> Models, IReadOnlyList<string> Problems);
