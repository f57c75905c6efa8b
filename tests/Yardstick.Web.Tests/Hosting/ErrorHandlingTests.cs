using System.Net;
using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Hosting;

public sealed class ErrorHandlingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A catalog whose database has gone away: every read throws.</summary>
    private sealed class BrokenCatalogStore : ICatalogStore
    {
        public Task<IReadOnlyList<ModelCard>> GetModelsAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database is locked");

        public Task<ModelCard?> GetModelAsync(string slug, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database is locked");
    }

    [Fact]
    public async Task A_failing_store_gives_a_json_500_and_an_error_page_and_the_site_keeps_answering()
    {
        // Given a site whose catalog store throws
        await using var server = await SiteServer.StartAsync(new BrokenCatalogStore(), new InMemoryRunStore(), cancellationToken: Ct);

        // When the API and a page are asked for, then the style sheet
        using var api = await server.Client.GetAsync("/api/models", Ct);
        using var page = await server.Client.GetAsync("/models/gpt-4.1", Ct);
        using var css = await server.Client.GetAsync("/assets/site.css", Ct);

        // Then the API answers a JSON 500 without internals, the page the error page, and the site still serves
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        var error = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString();
        Assert.Contains("InvalidOperationException", error, StringComparison.Ordinal);
        Assert.DoesNotContain("database is locked", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Something went wrong", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task A_run_with_an_unreadable_summary_is_shown_as_such_instead_of_breaking_the_page()
    {
        // Given a completed perf run whose stored summary is not JSON
        var runs = new InMemoryRunStore();
        await runs.CreateRunAsync(new RunRecord
        {
            Id = "perf-broken", Kind = RunKind.Perf, ModelSlug = SeedCatalog.Gpt41, ApiStyle = "openai-chat", BaseUrl = "https://api.example.org/v1",
            ModelId = "gpt-4.1", Task = "short", ConfigurationJson = "not json either", YardstickVersion = "0.1.0", StartedUtc = DateTimeOffset.UnixEpoch,
        }, Ct);
        await runs.CompleteRunAsync("perf-broken", RunStatus.Completed, "{{{", Ct);
        await using var server = await SiteServer.StartAsync(new InMemoryCatalogStore([SeedCatalog.Gpt41Card()]), runs, cancellationToken: Ct);

        // When the model page and the run page are read
        var model = await server.Client.GetStringAsync("/models/gpt-4.1", Ct);
        var run = await server.Client.GetStringAsync("/runs/perf-broken", Ct);

        // Then the model is "not measured yet", the run is listed as unreadable with its reason, and the run page shows the raw text
        Assert.Contains("Speed: not measured yet", model, StringComparison.Ordinal);
        Assert.Contains("Runs whose summary could not be read", model, StringComparison.Ordinal);
        Assert.Contains("The summary could not be read", run, StringComparison.Ordinal);
        Assert.Contains("not json either", run, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_text_is_html_encoded_everywhere()
    {
        // Given a card whose name and description carry markup
        var hostile = SeedCatalog.Gpt41Card() with { Name = "<script>alert(1)</script>", Description = "</script><b>bold</b>" };
        await using var server = await SiteServer.StartAsync(new InMemoryCatalogStore([hostile, SeedCatalog.Gpt4oCard()]), new InMemoryRunStore(), cancellationToken: Ct);

        // When its pages are read
        var model = await server.Client.GetStringAsync("/models/gpt-4.1", Ct);
        var compare = await server.Client.GetStringAsync("/compare/gpt-4.1/gpt-4o", Ct);

        // Then the markup is text, including inside the JSON-LD script
        foreach (var html in new[] { model, compare })
        {
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("</script><b>", model, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", model, StringComparison.Ordinal);
    }
}
