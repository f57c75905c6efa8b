namespace Yardstick.Cli.Tests.Commands;

public sealed class CatalogValidateCommandTests
{
    [Fact]
    public async Task Bundled_catalog_validates()
    {
        var result = await CliProcess.RunAsync(["catalog", "validate", "--catalog", Testing.RepositoryPaths.Catalog]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_file_is_named_with_its_field_and_the_exit_code_is_non_zero()
    {
        var folder = Directory.CreateTempSubdirectory("yardstick-catalog-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.yaml"), "slug: broken\nname: Broken\ncreator: X\ncontext_window_tokens: many\n");

        var result = await CliProcess.RunAsync(["catalog", "validate", "--catalog", folder]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.yaml", result.Output, StringComparison.Ordinal);
        Assert.Contains("context_window_tokens", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_broken_catalog_leaves_the_database_as_it_was()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-data-").FullName;
        var broken = Directory.CreateTempSubdirectory("yardstick-catalog-").FullName;
        await File.WriteAllTextAsync(Path.Combine(broken, "broken.yaml"), "slug: broken\n");
        var first = await CliProcess.RunAsync(["catalog", "import", "--data", data, "--catalog", Testing.RepositoryPaths.Catalog]);

        var second = await CliProcess.RunAsync(["catalog", "import", "--data", data, "--catalog", broken]);
        var third = await CliProcess.RunAsync(["catalog", "import", "--data", data, "--catalog", Testing.RepositoryPaths.Catalog]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("Nothing was imported", second.Output, StringComparison.Ordinal);
        var models = Directory.GetFiles(Testing.RepositoryPaths.Catalog, "*.yaml").Length;
        Assert.Contains($"Imported {models} models (was {models})", third.Output, StringComparison.Ordinal);
    }
}
