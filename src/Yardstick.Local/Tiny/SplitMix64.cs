namespace Yardstick.Local.Tiny;

/// <summary>
/// A tiny deterministic generator (SplitMix64). Written out rather than System.Random so that the same seed gives the same
/// weights on every runtime version and CPU: only integer operations and one exact float scaling are involved.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [-1, 1): the top 24 bits give an exactly representable float.</summary>
    public float NextSigned() => (Next() >> 40) / 8388608f - 1f;
}
