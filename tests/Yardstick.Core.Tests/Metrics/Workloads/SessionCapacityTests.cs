using Yardstick.Core.Metrics.Workloads;

namespace Yardstick.Core.Tests.Metrics.Workloads;

public sealed class SessionCapacityTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 4, 8 }, new[] { true, true, true, true }, 8)]
    [InlineData(new[] { 1, 2, 4, 8 }, new[] { true, true, false, false }, 2)]
    [InlineData(new[] { 1, 2, 4, 8 }, new[] { true, false, true, true }, 1)]   // kept again later: not counted
    [InlineData(new[] { 4, 1, 2 }, new[] { false, true, true }, 2)]          // taken in load order
    [InlineData(new[] { 1, 2 }, new[] { false, true }, null)]
    public void Is_the_largest_load_below_the_first_broken_one(int[] sessions, bool[] met, int? expected) =>
        Assert.Equal(expected, SessionCapacity.MaxMeeting(sessions.Zip(met).ToArray()));

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(8, new[] { 1, 2, 4, 8 })]
    [InlineData(12, new[] { 1, 2, 4, 8, 12 })]
    public void Doubling_ends_at_the_maximum(int maximum, int[] expected) =>
        Assert.Equal(expected, SessionCapacity.Doubling(maximum));
}
