namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// One request of a Mooncake-format trace: when it arrives (milliseconds from the trace's start), its prompt and answer
/// lengths in tokens, and the ids of its prompt's blocks (requests that share a block id share that block's text, so
/// a shared prefix is a real shared prefix); the line of the file it came from.
/// </summary>
public sealed record TraceEntry(int Line, double TimestampMilliseconds, int InputLength, int OutputLength, IReadOnlyList<long> HashIds);
