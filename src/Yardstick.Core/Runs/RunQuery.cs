namespace Yardstick.Core.Runs;

/// <summary>
/// Filters for listing runs; null means any. <see cref="Since"/> keeps runs started at or after it; <see cref="ChangedSince"/>
/// keeps runs started or finished at or after it (what the site reads again when runs have moved on).
/// </summary>
public sealed record RunQuery(RunKind? Kind = null, string? ModelSlug = null, string? Task = null, RunStatus? Status = null, DateTimeOffset? Since = null, int Limit = 100, string? Suite = null,
    DateTimeOffset? ChangedSince = null);
