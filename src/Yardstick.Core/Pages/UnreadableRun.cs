using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>A completed run whose summary could not be read; pages list it with the reason instead of dropping it.</summary>
public sealed record UnreadableRun(RunRecord Run, string Reason);
