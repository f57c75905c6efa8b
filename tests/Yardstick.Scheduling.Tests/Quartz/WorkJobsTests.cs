using Yardstick.Scheduling.Quartz;

namespace Yardstick.Scheduling.Tests.Quartz;

public sealed class WorkJobsTests
{
    [Theory]
    [InlineData("1764644291054")]
    [InlineData("639002410910540000")]
    [InlineData("2025-12-02T02:58:11.0540000+00:00")]
    [InlineData("12/02/2025 02:58:11 +00:00")]
    public void The_original_fire_time_reads_in_every_form_Quartz_writes(string text)
    {
        var time = WorkJobs.ParseFireTime(text);

        Assert.Equal(new DateTimeOffset(2025, 12, 2, 2, 58, 11, TimeSpan.Zero), time!.Value.AddTicks(-(time.Value.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void Unreadable_fire_times_are_null(string? text) => Assert.Null(WorkJobs.ParseFireTime(text));
}
