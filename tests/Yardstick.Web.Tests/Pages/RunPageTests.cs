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

    [Fact]
    public async Task An_eval_runs_samples_can_be_filtered_by_verdict()
    {
        // When Nanbeige's gsm8k run is shown whole and then its wrong answers only
        var all = await site.Client.GetStringAsync($"/runs/{SeedRuns.NanbeigeGsm8k}", Ct);
        var wrong = await site.Client.GetStringAsync($"/runs/{SeedRuns.NanbeigeGsm8k}?filter=wrong", Ct);

        // Then the whole table holds correct and other rows, the filtered one none that is correct
        Assert.Contains("class=\"verdict-correct\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"verdict-correct\"", wrong, StringComparison.Ordinal);
        Assert.Contains("id=\"sample-filter\"", wrong, StringComparison.Ordinal);
        Assert.Contains($"/runs/{SeedRuns.NanbeigeGsm8k}/diff/", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_perf_run_has_a_request_timeline_chart()
    {
        // When the Qwen3 perf run's timeline data is downloaded
        var csv = await site.Client.GetStringAsync($"/api/charts/runs/{SeedRuns.Qwen3Perf}/request-timeline/data.csv", Ct);
        var html = await site.Client.GetStringAsync($"/runs/{SeedRuns.Qwen3Perf}", Ct);

        // Then each successful request has a waiting and a streaming bar, and the page draws the chart
        Assert.Equal(5, csv.Split("\r\n").Count(l => l.Contains(",streaming,", StringComparison.Ordinal)));
        Assert.Contains("id=\"chart-request-timeline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_of_one_eval_diff_item_by_item_and_other_pairs_are_refused()
    {
        // When Qwen3 4B's and Nanbeige's gsm8k runs are diffed, and an eval run against a perf run
        var diff = await site.Client.GetStringAsync($"/runs/{SeedRuns.Qwen3Gsm8k}/diff/{SeedRuns.NanbeigeGsm8k}", Ct);
        using var mixed = await site.Client.GetAsync($"/runs/{SeedRuns.Qwen3Gsm8k}/diff/{SeedRuns.Qwen3Perf}", Ct);

        // Then the diff counts the flipped items; the mixed pair is a 400
        Assert.Matches("<strong>\\d+ flipped</strong>", diff);
        Assert.Contains("id=\"flipped\"", diff, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, mixed.StatusCode);
    }
}
