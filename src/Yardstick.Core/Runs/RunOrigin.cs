namespace Yardstick.Core.Runs;

/// <summary>
/// Who asked for a run and under which id: a scheduled run has a fixed id (derived from its fire, so any worker finds it)
/// and records its plan suite, the worker executing it and that worker's location.
/// </summary>
/// <param name="RunId">The run's id: resumed from its stored samples when it exists, created under this id when not.</param>
/// <param name="Suite">The plan suite that scheduled it.</param>
/// <param name="Worker">The worker executing it.</param>
/// <param name="Location">That worker's location label.</param>
public sealed record RunOrigin(string RunId, string? Suite = null, string? Worker = null, string? Location = null);
