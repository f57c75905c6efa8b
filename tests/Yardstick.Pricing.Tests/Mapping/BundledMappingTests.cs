using Yardstick.Catalog.Loading;
using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Mapping;
using Yardstick.Testing;
using Yardstick.Core.Catalog;

namespace Yardstick.Pricing.Tests.Mapping;

/// <summary>catalog/price-feeds.yaml, the mapping `yardstick prices import` uses by default.</summary>
public sealed class BundledMappingTests
{
    [Fact]
    public void Every_bundled_mapping_names_an_endpoint_of_the_bundled_catalog()
    {
        var mapping = FeedMapping.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "catalog", "price-feeds.yaml")));
        var endpoints = CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid().SelectMany(m => m.Endpoints).Select(e => e.Id).ToHashSet();

        Assert.True(mapping.Count >= 20, $"only {mapping.Count} ids mapped");
        foreach (var id in new[] { "gpt-4.1", "claude-sonnet-4-5-20250929", "gemini/gemini-2.5-flash" })
            Assert.NotEmpty(mapping.For(FeedFormat.LiteLlm, id));
        foreach (var format in new[] { FeedFormat.LiteLlm, FeedFormat.OpenRouter })
            foreach (var entry in Ids(format).SelectMany(id => mapping.For(format, id)))
                Assert.Contains(EndpointIds.For(entry.ModelSlug, entry.Provider), endpoints);

        IEnumerable<string> Ids(FeedFormat format) => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "catalog", "price-feeds.yaml"))
            .Select(l => l.Trim()).Where(l => l.StartsWith('"')).Select(l => l[1..l.IndexOf('"', 1)]);
    }
}
