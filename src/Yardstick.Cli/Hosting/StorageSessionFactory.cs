using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Hosting;

// Temporary in-memory wiring until the EF Core store lands (lead engineer replaces this file).
internal static class StorageSessionFactory
{
    public static Task<StorageSession> OpenAsync(DataSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new StorageSession(new InMemoryRunStore(), new InMemoryCatalogStore([]), "memory"));
}
