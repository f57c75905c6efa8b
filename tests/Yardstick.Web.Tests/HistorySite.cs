using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests;

/// <summary>A site over the seed catalog and <see cref="SeedHistory"/>'s recent runs of GPT-4o on two endpoints and locations.</summary>
public sealed class HistorySite : SiteFixture
{
    private protected override Task<InMemoryRunStore> RunsAsync() => SeedHistory.CreateAsync(DateTimeOffset.UtcNow);
}
