using Yardstick.Evals.Definitions;
using Yardstick.Evals.Index;

namespace Yardstick.Evals.Tests.Index;

public sealed class YardstickIndexTests
{
    [Fact]
    public void Version_1_weighs_exactly_the_six_published_evals()
    {
        var index = YardstickIndex.V1;

        Assert.Equal("1", index.Version);
        Assert.Equal(EvalRegistry.PublishedNames.Order(), index.Components.Select(c => c.Eval).Order());
        Assert.Equal(1.0, index.Components.Sum(c => c.Weight), 9);
        Assert.True(index.Estimation.Allowed);
        Assert.False(string.IsNullOrWhiteSpace(index.Estimation.Rule));
    }

    [Fact]
    public void The_embedded_table_is_the_file_in_the_repository()
    {
        var repositoryFile = SharedData.RepositoryFile("index", "yardstick-index-v1.json");

        Assert.Equal(YardstickIndex.Load(repositoryFile), YardstickIndex.V1, new DefinitionComparer());
    }

    [Fact]
    public void Version_2_has_four_categories_at_a_quarter_each_over_registered_evals()
    {
        var index = YardstickIndex.V2;

        Assert.Equal("2", index.Version);
        Assert.Equal(4, index.Categories.Count);
        Assert.All(index.Categories, c => Assert.Equal(0.25, c.Weight, 12));
        Assert.All(index.Components, c => Assert.Contains(c.Eval, EvalRegistry.Names));
        Assert.Contains(index.Components, c => c.Eval == "humaneval" && c.Category == "code & agents");
        Assert.True(index.Estimation.WithinCategory);
        Assert.Same(YardstickIndex.V2, YardstickIndex.ByVersion("v2"));
        Assert.Same(YardstickIndex.V1, YardstickIndex.ByVersion("1"));
        Assert.Null(YardstickIndex.ByVersion("v3"));
    }

    [Fact]
    public void Pages_default_to_v2_falling_back_to_v1_and_knowledge_includes_truthfulqa_open()
    {
        Assert.Equal("2", YardstickIndex.Current.Version);
        Assert.Same(YardstickIndex.V1, YardstickIndex.Current.Fallback);
        var open = Assert.Single(YardstickIndex.V2.Components, c => c.Eval == "truthfulqa-open");
        Assert.Equal("knowledge & reasoning", open.Category);
        Assert.Equal(0.25, YardstickIndex.V2.Components.Where(c => c.Category == "knowledge & reasoning").Sum(c => c.Weight), 12);
    }

    [Fact]
    public void The_embedded_v2_table_is_the_file_in_the_repository()
    {
        var repositoryFile = SharedData.RepositoryFile("index", "yardstick-index-v2.json");

        Assert.Equal(YardstickIndex.Load(repositoryFile), YardstickIndex.V2, new DefinitionComparer());
    }

    private sealed class DefinitionComparer : IEqualityComparer<Core.Evals.IndexDefinition>
    {
        public bool Equals(Core.Evals.IndexDefinition? x, Core.Evals.IndexDefinition? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Version == y.Version && x.Components.SequenceEqual(y.Components) && x.Estimation == y.Estimation;

        public int GetHashCode(Core.Evals.IndexDefinition obj) => obj.Version.GetHashCode(StringComparison.Ordinal);
    }
}
