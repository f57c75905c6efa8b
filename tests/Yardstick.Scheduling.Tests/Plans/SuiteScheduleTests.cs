using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Tests.Plans;

public sealed class SuiteScheduleTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("3h", 10800)]
    [InlineData("7d", 604800)]
    [InlineData("1h30m", 5400)]
    public void Durations_read_as_seconds(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), SuiteSchedule.ParseDuration(text));
        Assert.Equal(TimeSpan.FromSeconds(seconds), SuiteSchedule.ParseDuration(SuiteSchedule.Format(TimeSpan.FromSeconds(seconds))));
    }

    [Theory]
    [InlineData("0h")]
    [InlineData("3 hours")]
    [InlineData("h")]
    [InlineData("-1h")]
    [InlineData("1w")]
    public void Bad_durations_are_rejected(string text) => Assert.Null(SuiteSchedule.ParseDuration(text));
}
