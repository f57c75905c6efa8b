using System.Text;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// A trace request's prompt: its blocks' texts in order, each <see cref="MooncakeTrace.BlockTokens"/> single-token words
/// drawn from a generator seeded by the block's id and the run's salt, the last block cut to the remaining length.
/// Equal ids give equal text (a cut block is a prefix of the whole one), so requests that share leading ids share a
/// real prefix; a fresh salt per run keeps a server's cache from an earlier run out of this one.
/// </summary>
public static class TraceBlocks
{
    public static string Prompt(TraceEntry entry, int salt)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder(entry.InputLength * 7);
        for (var i = 0; i < entry.HashIds.Count; i++)
        {
            var tokens = Math.Min(MooncakeTrace.BlockTokens, entry.InputLength - i * MooncakeTrace.BlockTokens);
            builder.Append(FillerText.Of(tokens, new Random(Seed(entry.HashIds[i], salt))));
        }
        return builder.ToString();
    }

    /// <summary>A fixed mix (not <see cref="HashCode"/>, which differs per process) so the same id and salt give the same text anywhere.</summary>
    private static int Seed(long hashId, int salt)
    {
        var x = unchecked((ulong)hashId * 0x9E3779B97F4A7C15UL ^ (uint)salt);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return (int)((x ^ (x >> 31)) & int.MaxValue);
    }
}
