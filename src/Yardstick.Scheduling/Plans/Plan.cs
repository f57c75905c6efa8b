namespace Yardstick.Scheduling.Plans;

/// <summary>A measurement plan (docs/scale-out.md): the endpoints to measure and the suites that measure them on a schedule.</summary>
public sealed record Plan
{
    public required IReadOnlyList<PlanEndpoint> Endpoints { get; init; }
    public required IReadOnlyList<PlanSuite> Suites { get; init; }

    public PlanEndpoint Endpoint(string name) => Endpoints.First(e => e.Name == name);

    /// <summary>Every (suite, endpoint, location) the plan schedules: one Quartz job and trigger each.</summary>
    public IReadOnlyList<ScheduledWork> Work() =>
        [.. Suites.SelectMany(suite => suite.Endpoints.SelectMany(name => (suite.Locations.Count == 0 ? [null] : suite.Locations.Select(l => (string?)l))
            .Select(location => new ScheduledWork { Suite = suite, Endpoint = Endpoint(name), Location = location })))];
}
