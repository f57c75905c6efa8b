namespace Yardstick.Core.Runs;

/// <summary>Filters for listing runs; null means any.</summary>
public sealed record RunQuery(RunKind? Kind = null, string? ModelSlug = null, string? Task = null, RunStatus? Status = null, DateTimeOffset? Since = null, int Limit = 100, string? Suite = null);
