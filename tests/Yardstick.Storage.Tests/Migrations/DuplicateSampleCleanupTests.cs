using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Tests.Migrations;

/// <summary>A database written before the unique sample key migrates without losing a score or a measurement.</summary>
public abstract class DuplicateSampleCleanupTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task Repeated_keys_keep_the_sample_that_counted_in_evals_and_every_measurement_in_perf()
    {
        // Given a database at the first schema, with an eval question asked twice (failed, then succeeded) and a perf prompt measured twice
        var database = await TestDatabases.CreateAsync(Provider, migrate: false);
        await using (var context = database.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync("Initial");
            foreach (var (id, kind) in new[] { ("eval-old", "Eval"), ("perf-old", "Perf") })
            {
                object started = Provider == DatabaseProvider.Sqlite ? 0L : DateTimeOffset.UnixEpoch;
                await context.Database.ExecuteSqlRawAsync(
                    """INSERT INTO runs ("Id", "Kind", "ApiStyle", "BaseUrl", "ModelId", "Task", "ConfigurationJson", "YardstickVersion", "StartedUtc", "Status") VALUES ({0}, {1}, 'openai-chat', 'http://x', 'm', 't', '{{}}', '0.1.0', {2}, 'Completed')""",
                    id, kind, started);
            }
            context.Samples.AddRange(
                Row("eval-old", "q1", 0, "ServerError"), Row("eval-old", "q1", 0, "None"), Row("eval-old", "q1", 0, "Timeout"), Row("eval-old", "q2", 0, "None"),
                Row("perf-old", "reasoning-60/01", 0, "None"), Row("perf-old", "reasoning-60/01", 60, "None"));
            await context.SaveChangesAsync();
        }

        // When it is migrated to the current schema
        await database.MigrateAsync();

        // Then the eval keeps its succeeded answer per question, and perf keeps both measurements under distinct epochs
        await using var read = database.CreateContext();
        var eval = await read.Samples.Where(s => s.RunId == "eval-old").OrderBy(s => s.PromptId).ToListAsync();
        Assert.Equal([("q1", "None"), ("q2", "None")], eval.Select(s => (s.PromptId, s.ErrorKind)));
        var perf = await read.Samples.Where(s => s.RunId == "perf-old").ToListAsync();
        Assert.Equal(2, perf.Count);
        Assert.Equal(2, perf.Select(s => s.Epoch).Distinct().Count());
    }

    private static SampleEntity Row(string runId, string promptId, int sequence, string errorKind) => new()
    {
        RunId = runId, PromptId = promptId, Sequence = sequence, ErrorKind = errorKind, RequestStartedUtc = DateTimeOffset.UnixEpoch,
    };
}
