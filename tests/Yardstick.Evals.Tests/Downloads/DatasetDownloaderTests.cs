using Yardstick.Evals.Definitions;
using Yardstick.Evals.Downloads;
using Yardstick.Evals.Model;
using Yardstick.Evals.Tests.Fakes;

namespace Yardstick.Evals.Tests.Downloads;

/// <summary>The downloader, served the shared data's local copies under the published URLs (no network at test time).</summary>
public sealed class DatasetDownloaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("yardstick-download-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<Uri, string> LocalCopies(params string[] evals) =>
        evals.SelectMany(PublishedFiles.For).ToDictionary(f => f.Url, f => SharedData.Path(["evals", .. f.RelativePath.Split('/')]));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("gsm8k", 1319)]
    [InlineData("bbh", 6511)]
    [InlineData("math-500", 500)]
    [InlineData("ifeval", 541)]
    [InlineData("truthfulqa-mc1", 790)]
    public async Task Downloaded_files_match_their_checksums_and_load(string evalId, int questions)
    {
        // Given the published URLs answered with the shared data's files
        using var handler = new LocalFilesHandler(LocalCopies(evalId));
        using var http = new HttpClient(handler);

        // When
        var written = await new DatasetDownloader(http).DownloadMissingAsync(evalId, _folder, Token);

        // Then
        Assert.Equal(PublishedFiles.For(evalId).Count, written.Count);
        Assert.Equal(questions, EvalRegistry.Create(evalId, _folder).Load().Items.Count);
    }

    [Fact]
    public async Task An_altered_file_is_rejected_and_not_saved()
    {
        using var handler = new LocalFilesHandler(LocalCopies("gsm8k"), bytes => [.. bytes, (byte)'\n']);
        using var http = new HttpClient(handler);

        var error = await Assert.ThrowsAsync<EvalDataException>(() => new DatasetDownloader(http).DownloadMissingAsync("gsm8k", _folder, Token));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_file_on_the_server_is_a_clear_error()
    {
        using var handler = new LocalFilesHandler(new Dictionary<Uri, string>());
        using var http = new HttpClient(handler);

        var error = await Assert.ThrowsAsync<EvalDataException>(() => new DatasetDownloader(http).DownloadMissingAsync("ifeval", _folder, Token));

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_already_present_are_kept_without_a_request()
    {
        using var handler = new LocalFilesHandler(LocalCopies("gsm8k"));
        using var http = new HttpClient(handler);
        var downloader = new DatasetDownloader(http);
        await downloader.DownloadMissingAsync("gsm8k", _folder, Token);

        var second = await downloader.DownloadMissingAsync("gsm8k", _folder, Token);

        Assert.Empty(second);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task Mmlu_pro_says_how_to_provide_it()
    {
        using var http = new HttpClient(new LocalFilesHandler(new Dictionary<Uri, string>()));

        var error = await Assert.ThrowsAsync<EvalDataException>(() => new DatasetDownloader(http).DownloadMissingAsync("mmlu-pro", _folder, Token));

        Assert.Contains("test_<category>.jsonl", error.Message, StringComparison.Ordinal);
    }
}
