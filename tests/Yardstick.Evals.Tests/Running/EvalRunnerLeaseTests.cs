using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Running;
using Yardstick.Evals.Tests.Fakes;
using Yardstick.Storage;
using Yardstick.Storage.Runs;

namespace Yardstick.Evals.Tests.Running;

/// <summary>A run being executed belongs to its lease holder: identical evals at once never share a run or store a prompt twice.</summary>
public sealed class EvalRunnerLeaseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static EvalRunOptions Options(int limit) => new()
    {
        ModelId = "fake-model", BaseUrl = "http://127.0.0.1:1/v1", Limit = limit, Concurrency = 1, RetryDelay = TimeSpan.Zero, UseCache = false,
    };

    [Fact]
    public async Task Three_identical_evals_at_once_each_run_their_own_run_and_store_every_prompt_once()
    {
        // Given one SQLite file and three runners, each with its own store (as three processes would have); the second
        // and third start once the first is executing its run, and all are held at their first request until all three are
        var folder = Path.Combine(Path.GetTempPath(), "yardstick-tests", Guid.NewGuid().ToString("N"));
        var database = YardstickDatabase.ForDataDirectory(folder);
        await database.MigrateAsync(Token);
        using var allStarted = new CountdownEvent(3);
        var firstExecuting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new ScriptedProvider((request, call) =>
        {
            if (call <= 3)
            {
                firstExecuting.TrySetResult();
                allStarted.Signal();
                Assert.True(allStarted.Wait(Patience, Token), "the three runs did not all start");
            }
            return new ScriptedReply(ArithmeticOracle.Answer(request));
        });
        Task<EvalRunResult> Start() => Task.Run(() => EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), Options(8), new EfRunStore(database), cancellationToken: Token), Token);

        // When the same configuration runs three times at once
        var first = Start();
        await firstExecuting.Task.WaitAsync(Patience, Token);
        var results = await Task.WhenAll(first, Start(), Start());

        // Then there are three runs, each with exactly its 8 samples, one per question
        var store = new EfRunStore(database);
        Assert.Equal(3, results.Select(r => r.Run.Id).Distinct().Count());
        foreach (var result in results)
        {
            var samples = await store.GetSamplesAsync(result.Run.Id, Token);
            Assert.Equal(8, samples.Count);
            Assert.Equal(8, samples.Select(s => (s.PromptId, s.Epoch)).Distinct().Count());
            Assert.Equal((RunStatus.Completed, (string?)null), (result.Run.Status, result.Run.LeaseOwner));
        }
        Assert.Equal(24, provider.Calls);
    }

    [Fact]
    public async Task An_unfinished_run_whose_holder_is_alive_is_not_resumed()
    {
        // Given an interrupted run whose lease another process holds (and keeps renewing)
        var store = new InMemoryRunStore();
        var options = Options(3);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(Token))
        {
            var first = new ScriptedProvider((request, _) =>
            {
                stop.Cancel();
                return new ScriptedReply(ArithmeticOracle.Answer(request));
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvalRunner.RunAsync(first, new BuiltinArithmeticEval(), options, store, cancellationToken: stop.Token));
        }
        var interrupted = Assert.Single(await store.ListRunsAsync(new RunQuery(), Token));
        Assert.True(await store.TryAcquireLeaseAsync(interrupted.Id, "other-process", TimeSpan.FromMinutes(5), Token));

        // When the same configuration runs again
        var provider = new ScriptedProvider((request, _) => new ScriptedReply(ArithmeticOracle.Answer(request)));
        var result = await EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), options, store, cancellationToken: Token);

        // Then it starts a run of its own and says which run it left to whom
        Assert.False(result.Resumed);
        Assert.NotEqual(interrupted.Id, result.Run.Id);
        Assert.Equal(3, provider.Calls);
        var held = Assert.Single(result.HeldElsewhere);
        Assert.Equal((interrupted.Id, "other-process"), (held.Id, held.LeaseOwner));
    }

    [Fact]
    public async Task A_run_whose_lease_is_lost_stops_without_writing_more()
    {
        // Given a runner whose lease another process takes over during its first request
        var store = new InMemoryRunStore();
        var options = Options(5) with { LeaseOwner = "me", LeaseTtl = TimeSpan.FromMilliseconds(300) };
        var provider = new ScriptedProvider((request, call) =>
        {
            if (call == 1)
            {
                var run = store.ListRunsAsync(new RunQuery(), Token).GetAwaiter().GetResult().Single();
                store.ReleaseLeaseAsync(run.Id, "me", Token).GetAwaiter().GetResult();
                Assert.True(store.TryAcquireLeaseAsync(run.Id, "thief", TimeSpan.FromMinutes(5), Token).GetAwaiter().GetResult());
            }
            return new ScriptedReply(ArithmeticOracle.Answer(request));
        })
        { Latency = TimeSpan.FromHours(1) };

        // When it runs (its request hangs until the heartbeat finds the lease gone)
        var lost = await Assert.ThrowsAsync<RunLeaseLostException>(() => EvalRunner.RunAsync(provider, new BuiltinArithmeticEval(), options, store, cancellationToken: Token))
            .WaitAsync(Patience, Token);

        // Then nothing was written to the run the thief now holds
        var taken = Assert.Single(await store.ListRunsAsync(new RunQuery(), Token));
        Assert.Equal(taken.Id, lost.RunId);
        Assert.Equal((RunStatus.Running, "thief"), (taken.Status, taken.LeaseOwner));
        Assert.Empty(await store.GetSamplesAsync(taken.Id, Token));
    }
}
