using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using static Yardstick.Core.Tests.Pages.ModelMeasurementsTests;

namespace Yardstick.Core.Tests.Pages;

public sealed class SpeedHeadlineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static ModelMeasurements Measured(params RunRecord[] runs) => ModelMeasurements.From(runs);

    [Fact]
    public void Headline_is_the_median_of_run_medians_within_the_window()
    {
        // Given three runs in the last 72 h (medians 100, 120, 300) and one older run (median 10)
        var measured = Measured(
            Run("a", RunKind.Perf, Now.AddHours(-1), Perf(100)),
            Run("b", RunKind.Perf, Now.AddHours(-30), Perf(120)),
            Run("c", RunKind.Perf, Now.AddHours(-70), Perf(300)),
            Run("old", RunKind.Perf, Now.AddDays(-5), Perf(10)));

        // When the 72 h and 14 d headlines are taken
        var h72 = measured.Headline(SpeedHeadline.DefaultWindow, Now)!;
        var d14 = measured.Headline(SpeedHeadline.LongWindow, Now)!;

        // Then each is the median of the per-run medians in its window, naming its runs
        Assert.Equal(120, h72.OutputTokensPerSecond);
        Assert.Equal(["a", "b", "c"], h72.RunIds);
        Assert.Equal("72 h", h72.WindowLabel);
        Assert.Equal(110, d14.OutputTokensPerSecond); // median of 100, 120, 300, 10
        Assert.Equal("14 d", d14.WindowLabel);
        Assert.Equal(0.2, h72.TtftSeconds!.Value, 9);
    }

    [Fact]
    public void Runs_of_another_workload_or_endpoint_are_not_mixed_in()
    {
        var other = Run("other-workload", RunKind.Perf, Now.AddHours(-2), Perf(999)) with { Task = "prompt-length-10000" };
        var elsewhere = Run("other-endpoint", RunKind.Perf, Now.AddHours(-3), Perf(999)) with { BaseUrl = "https://api.example.org/v1" };
        var measured = Measured(Run("latest", RunKind.Perf, Now.AddHours(-1), Perf(50)), other, elsewhere);

        var headline = measured.Headline(SpeedHeadline.DefaultWindow, Now)!;

        Assert.Equal(["latest"], headline.RunIds);
        Assert.Equal(50, headline.OutputTokensPerSecond);
    }

    [Fact]
    public void No_run_in_the_window_gives_no_headline()
    {
        var measured = Measured(Run("old", RunKind.Perf, Now.AddDays(-4), Perf(10)));

        Assert.Null(measured.Headline(SpeedHeadline.DefaultWindow, Now));
        Assert.NotNull(measured.Headline(SpeedHeadline.LongWindow, Now));
        Assert.Null(ModelMeasurements.None.Headline(SpeedHeadline.DefaultWindow, Now));
    }
}
