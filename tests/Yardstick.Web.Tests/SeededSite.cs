using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

[assembly: AssemblyFixture(typeof(Yardstick.Web.Tests.SeededSite))]

namespace Yardstick.Web.Tests;

/// <summary>One site for the whole assembly, over the seed catalog and the seed runs (read-only, so tests can share it).</summary>
public sealed class SeededSite : SiteFixture
{
    private protected override Task<InMemoryRunStore> RunsAsync() => SeedRuns.CreateAsync();
}
