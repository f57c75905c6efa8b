using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Runs;

public sealed class RunLeaseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static async Task<InMemoryRunStore> StoreWithRunAsync(string id)
    {
        var store = new InMemoryRunStore();
        await store.CreateRunAsync(new RunRecord
        {
            Id = id, Kind = RunKind.Eval, ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:1/v1", ModelId = "m", Task = "t",
            ConfigurationJson = "{}", YardstickVersion = "0.1.0", StartedUtc = DateTimeOffset.UtcNow,
        });
        return store;
    }

    [Fact]
    public async Task A_lease_held_by_another_owner_is_not_acquired()
    {
        var store = await StoreWithRunAsync("r1");
        await using var held = await RunLease.TryAcquireAsync(store, "r1", "a");

        var second = await RunLease.TryAcquireAsync(store, "r1", "b");

        Assert.NotNull(held);
        Assert.Null(second);
        Assert.Equal("a", (await store.GetRunAsync("r1"))!.LeaseOwner);
    }

    [Fact]
    public async Task The_heartbeat_renews_the_lease_before_it_expires()
    {
        // Given a lease with a short time to live, on a store that reports each renewal
        var store = new RenewalCountingStore(await StoreWithRunAsync("r2"));
        await using var lease = await RunLease.TryAcquireAsync(store, "r2", "a", TimeSpan.FromMilliseconds(300));

        // When three renewals have happened
        await store.ThirdRenewal.WaitAsync(Patience);

        // Then the lease is still held
        Assert.False(lease!.IsLost);
        Assert.Equal("a", (await store.GetRunAsync("r2"))!.LeaseOwner);
    }

    [Fact]
    public async Task A_lease_taken_over_by_another_owner_signals_lost()
    {
        var store = await StoreWithRunAsync("r3");
        await using var lease = await RunLease.TryAcquireAsync(store, "r3", "a", TimeSpan.FromMilliseconds(300));

        // Another process took the run over (as it may once the lease expired)
        await store.ReleaseLeaseAsync("r3", "a");
        Assert.True(await store.TryAcquireLeaseAsync("r3", "b", TimeSpan.FromMinutes(1)));

        await Task.Delay(Timeout.Infinite, lease!.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(Patience);
        Assert.True(lease.IsLost);
        await lease.DisposeAsync();
        Assert.Equal("b", (await store.GetRunAsync("r3"))!.LeaseOwner); // a lost lease is not released over the new owner
    }

    [Fact]
    public async Task Disposing_releases_the_lease()
    {
        var store = await StoreWithRunAsync("r4");
        var lease = await RunLease.TryAcquireAsync(store, "r4", "a");

        await lease!.DisposeAsync();

        Assert.Null((await store.GetRunAsync("r4"))!.LeaseOwner);
        Assert.NotNull(await RunLease.TryAcquireAsync(store, "r4", "b"));
    }

    [Fact]
    public void Owner_ids_are_unique_per_call_and_name_the_process()
    {
        var (a, b) = (RunLease.NewOwner(), RunLease.NewOwner());

        Assert.NotEqual(a, b);
        Assert.Contains($"pid {Environment.ProcessId}", a, StringComparison.Ordinal);
    }

    /// <summary>Passes everything to an in-memory store and completes <see cref="ThirdRenewal"/> on the third successful renewal.</summary>
    private sealed class RenewalCountingStore(InMemoryRunStore inner) : DelegatingRunStore(inner)
    {
        private readonly TaskCompletionSource _third = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _renewals;

        public Task ThirdRenewal => _third.Task;

        public override async Task<bool> RenewLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
        {
            var renewed = await base.RenewLeaseAsync(runId, owner, ttl, cancellationToken);
            if (renewed && Interlocked.Increment(ref _renewals) == 3)
                _third.TrySetResult();
            return renewed;
        }
    }
}
