using System.Net;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

public sealed class RunPageTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_page_lists_configuration_summary_and_raw_samples()
    {
        // When the Qwen3 4B perf run's page is read
        var html = await site.Client.GetStringAsync($"/runs/{SeedRuns.Qwen3Perf}", Ct);

        // Then it shows its configuration, its figures and each sample, the failed one with its error kind
        Assert.Contains($"<h1>Run {SeedRuns.Qwen3Perf}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;concurrency&quot;: 1", html, StringComparison.Ordinal);
        Assert.Contains("6 samples, 1 failed", html, StringComparison.Ordinal);
        Assert.Contains("<code>short-000</code>", html, StringComparison.Ordinal);
        Assert.Contains("ServerError", html, StringComparison.Ordinal);
        Assert.Contains($"/api/runs/{SeedRuns.Qwen3Perf}/samples.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_a_404_page()
    {
        // When an unknown run is asked for
        using var response = await site.Client.GetAsync("/runs/perf-nope", Ct);

        // Then the 404 page names it
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No run with id &#x27;perf-nope&#x27;", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_eval_run_reads_well_and_its_breadcrumb_names_the_model()
    {
        // When Qwen3 4B's gsm8k run page is read
        var html = await site.Client.GetStringAsync($"/runs/{SeedRuns.Qwen3Gsm8k}", Ct);

        // Then the lead says "An eval run", and the breadcrumb shows the model's name, not its slug
        Assert.Contains("An eval run", html, StringComparison.Ordinal);
        Assert.Contains(">Qwen3 4B (Reasoning)</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", html, StringComparison.Ordinal);
    }
}
