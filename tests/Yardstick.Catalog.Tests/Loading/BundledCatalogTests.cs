using Yardstick.Catalog.Loading;
using Yardstick.Core.Classes;

using Yardstick.Testing;

namespace Yardstick.Catalog.Tests.Loading;

/// <summary>The catalog shipped in catalog/models is valid and covers what the pages need.</summary>
public sealed class BundledCatalogTests
{
    private static readonly Lazy<CatalogLoadResult> Bundled = new(() => CatalogLoader.LoadDirectory(RepositoryPaths.Catalog));

    [Fact]
    public void Bundled_catalog_is_valid()
    {
        Assert.True(Bundled.Value.IsValid, string.Join("\n", Bundled.Value.Errors));
    }

    [Fact]
    public void Holds_the_six_seed_models_and_at_least_forty_more()
    {
        var slugs = Bundled.Value.Models.Select(m => m.Name).ToHashSet();

        Assert.Contains("GPT-4.1", slugs);
        Assert.Contains("Qwen3 4B (Reasoning)", slugs);
        Assert.Contains("Qwen3.5-4B", slugs);
        Assert.Contains("Nanbeige4.1-3B", slugs);
        Assert.True(Bundled.Value.Models.Count >= 46, $"{Bundled.Value.Models.Count} models");
    }

    [Fact]
    public void Covers_every_size_class_both_openness_kinds_and_both_reasoning_kinds()
    {
        var models = Bundled.Value.Models;

        foreach (var size in Enum.GetValues<SizeClass>())
            Assert.Contains(models, m => m.OpenWeights && ComparisonClassRule.SizeClassOf(m) == size);
        Assert.Contains(models, m => !m.OpenWeights);
        Assert.Contains(models, m => m.Reasoning);
        Assert.Contains(models, m => !m.Reasoning);
        Assert.Contains(models, m => m.SuccessorSlug is not null);
        Assert.Contains(models, m => m.ReasoningVariantSlug is not null);
    }

    [Fact]
    public void Gpt41_carries_the_seed_figures()
    {
        var gpt = Bundled.Value.Models.Single(m => m.Name == "GPT-4.1");

        Assert.Equal(2m, gpt.HeadlinePrice!.Input!.Value.Value);
        Assert.Equal(8m, gpt.HeadlinePrice.Output!.Value.Value);
        Assert.Equal(new DateOnly(2025, 4, 1), gpt.ReleaseDate);
        Assert.Contains(gpt.PublishedScores, s => s.Benchmark == "mmlu-pro" && s.Value == 81.8);
    }

    [Fact]
    public void Hash_without_parsing_equals_the_loaders_hash()
    {
        Assert.Equal(Bundled.Value.ContentSha256, CatalogLoader.ContentHashOf(RepositoryPaths.Catalog));
        Assert.Equal(64, Bundled.Value.ContentSha256.Length);
        Assert.Null(CatalogLoader.ContentHashOf(Path.Combine(RepositoryPaths.Catalog, "no-such-folder")));
    }
}
