namespace Yardstick.Measure.Load.Capacity;

/// <summary>What a capacity search varies: streams in a closed loop, or the Poisson arrival rate of an open loop.</summary>
public enum CapacityMode
{
    Concurrency,
    Rate,
}
