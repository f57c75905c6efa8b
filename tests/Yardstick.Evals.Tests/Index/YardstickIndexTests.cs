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

    private sealed class DefinitionComparer : IEqualityComparer<Core.Evals.IndexDefinition>
    {
        public bool Equals(Core.Evals.IndexDefinition? x, Core.Evals.IndexDefinition? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Version == y.Version && x.Components.SequenceEqual(y.Components) && x.Estimation == y.Estimation;

        public int GetHashCode(Core.Evals.IndexDefinition obj) => obj.Version.GetHashCode(StringComparison.Ordinal);
    }
}
