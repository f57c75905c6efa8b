using Yardstick.Core.Tokens;
using Yardstick.Evals.LongContext;

namespace Yardstick.Evals.Tests.LongContext;

public sealed class CompanyRegistryTests
{
    [Fact]
    public void The_same_seed_gives_the_same_document_within_the_token_target()
    {
        var first = CompanyRegistry.Generate(7, 4096, O200kTokenCounter.Default);
        var second = CompanyRegistry.Generate(7, 4096, O200kTokenCounter.Default);
        var other = CompanyRegistry.Generate(8, 4096, O200kTokenCounter.Default);

        Assert.Equal(first.Text, second.Text);
        Assert.NotEqual(first.Text, other.Text);
        Assert.InRange(first.Tokens, 3800, 4096 + 40);
        Assert.Equal(first.Tokens, O200kTokenCounter.Default.Count(first.Text));
    }

    [Fact]
    public void Names_are_unique_and_every_parent_is_a_company_of_the_document()
    {
        var registry = CompanyRegistry.Generate(3, 8192, O200kTokenCounter.Default);

        Assert.Equal(registry.Records.Count, registry.Records.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var names = registry.Records.Select(r => r.Name).ToHashSet();
        Assert.Contains(registry.Records, r => r.Parent is not null);
        Assert.All(registry.Records.Where(r => r.Parent is not null), r => Assert.Contains(r.Parent!, names));
    }
}
