namespace Yardstick.Core.Metrics.Capacity;

/// <summary>What a capacity search does next: measure <see cref="NextLevel"/>, or stop for <see cref="Stop"/>.</summary>
public sealed record CapacityStep(double? NextLevel, CapacityStop? Stop)
{
    public static CapacityStep Measure(double level) => new(level, null);

    public static CapacityStep Done(CapacityStop stop) => new(null, stop);
}
