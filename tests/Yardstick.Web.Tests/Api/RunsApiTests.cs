using System.Net;
using System.Text.Json;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Api;

public sealed class RunsApiTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_answers_its_configuration_typed_summary_and_sample_count()
    {
        // When the Qwen3 4B perf run is fetched
        var json = await site.Client.GetStringAsync($"/api/runs/{SeedRuns.Qwen3Perf}", Ct);
        using var document = JsonDocument.Parse(json);
        var run = document.RootElement;

        // Then it is a completed perf run with its summary, 6 samples (one failed) and the CSV link
        Assert.Equal("perf", run.GetProperty("kind").GetString());
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(6, run.GetProperty("sample_count").GetInt32());
        Assert.Equal(5, run.GetProperty("perf_summary").GetProperty("requests").GetProperty("ok").GetInt32());
        Assert.Contains("\"concurrency\":1", run.GetProperty("configuration_json").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/runs/{SeedRuns.Qwen3Perf}/samples.csv", run.GetProperty("samples_csv_url").GetString());
        Assert.Equal(new Uri(site.Address, $"/runs/{SeedRuns.Qwen3Perf}").ToString(), run.GetProperty("page_url").GetString());
    }

    [Fact]
    public async Task Samples_csv_lists_every_sample_with_its_error_kind()
    {
        // When the samples are exported
        var lines = (await site.Client.GetStringAsync($"/api/runs/{SeedRuns.Qwen3Perf}/samples.csv", Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Then there is a header and one row per sample, the failed one with its kind and message
        Assert.StartsWith("run_id,sequence,epoch,prompt_id,request_started_utc", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.Contains(lines, l => l.Contains(",ServerError,HTTP 503 from the server,", StringComparison.Ordinal));
        // and a succeeded sample has an empty error kind, not "None"
        Assert.Equal(5, lines.Skip(1).Count(l => l.Split(',')[18].Length == 0));
        Assert.DoesNotContain(lines, l => l.Contains(",None,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exports_stream_from_the_store_and_never_load_a_whole_run()
    {
        // Given a site whose store refuses to hand out a run's samples as one list
        await using var streaming = await SiteServer.StartAsync(new Core.Catalog.InMemoryCatalogStore(SeedCatalog.All()),
            new NoWholeRunStore(await SeedRuns.CreateAsync(Ct)));

        // When the run and its samples are exported
        using var run = JsonDocument.Parse(await streaming.Client.GetStringAsync($"/api/runs/{SeedRuns.Qwen3Perf}", Ct));
        var csv = await streaming.Client.GetStringAsync($"/api/runs/{SeedRuns.Qwen3Perf}/samples.csv", Ct);

        // Then both answer in full
        Assert.Equal(6, run.RootElement.GetProperty("sample_count").GetInt32());
        Assert.Equal(7, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private sealed class NoWholeRunStore(Core.Runs.IRunStore inner) : Core.Runs.DelegatingRunStore(inner)
    {
        public override Task<IReadOnlyList<Core.Runs.SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("An export loaded every sample of a run at once.");
    }

    [Theory]
    [InlineData("/api/runs/perf-nope")]
    [InlineData("/api/runs/perf-nope/samples.csv")]
    public async Task An_unknown_run_is_a_json_404(string path)
    {
        // When an unknown run is asked for
        using var response = await site.Client.GetAsync(path, Ct);

        // Then the answer is a JSON 404 naming it
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("perf-nope", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
