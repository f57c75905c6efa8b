using Yardstick.Catalog.Loading;

namespace Yardstick.Scheduling.Plans;

/// <summary>Names in a plan and on a worker (endpoint, suite, location, worker): lowercase slugs, as in the catalog.</summary>
public static class PlanNames
{
    public static bool IsValid(string name) => FieldReader.SlugPattern().IsMatch(name);
}
