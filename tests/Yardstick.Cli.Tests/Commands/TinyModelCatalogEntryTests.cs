using Yardstick.Catalog.Loading;
using Yardstick.Cli.Commands;
using Yardstick.Local.Gguf;
using Yardstick.Local.Tiny;
using Yardstick.Testing;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>The catalog's facts about the generated tiny model are the generator's real figures.</summary>
public sealed class TinyModelCatalogEntryTests
{
    public static TheoryData<string, bool> Models => new() { { UpCommand.TinyModelSlug, false }, { UpCommand.LargerModelSlug, true } };

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Catalog_entry_matches_the_generated_file(string slug, bool larger)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("yardstick-tiny-").FullName, "tiny.gguf");
        await TinyModel.EnsureAsync(path, larger ? TinyModelSpec.Larger : TinyModelSpec.Default, TestContext.Current.CancellationToken);
        var file = GgufReader.Read(path);
        var card = CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid().Single(m => m.Slug == slug);
        Assert.True(card.Demo, $"{slug} has random weights: its catalog entry must say demo: true");

        var parameters = file.Tensors.Sum(t => t.ElementCount);

        Assert.Equal(parameters / 1e9, card.ParametersTotalB!.Value, 12);
        Assert.Equal(file.ContextLengthTokens, card.ContextWindowTokens);
    }
}
