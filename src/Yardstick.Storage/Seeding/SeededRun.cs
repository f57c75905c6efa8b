using Yardstick.Core.Runs;

namespace Yardstick.Storage.Seeding;

/// <summary>One synthetic run with its samples and the figures computed from them, as the run store would have kept them.</summary>
public sealed record SeededRun(RunRecord Run, IReadOnlyList<SampleRecord> Samples, RunFigures Figures);
