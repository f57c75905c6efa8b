using Yardstick.Catalog.Loading;
using Yardstick.Cli.Commands;
using Yardstick.Local.Gguf;
using Yardstick.Local.Tiny;
using Yardstick.Testing;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>The catalog's facts about the generated tiny model are the generator's real figures.</summary>
public sealed class TinyModelCatalogEntryTests
{
    [Fact]
    public async Task Catalog_entry_matches_the_generated_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("yardstick-tiny-").FullName, "tiny.gguf");
        await TinyModel.EnsureAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var file = GgufReader.Read(path);
        var card = CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid().Single(m => m.Slug == UpCommand.TinyModelSlug);

        var parameters = file.Tensors.Sum(t => t.ElementCount);

        Assert.Equal(parameters / 1e9, card.ParametersTotalB!.Value, 12);
        Assert.Equal(file.ContextLengthTokens, card.ContextWindowTokens);
    }
}
