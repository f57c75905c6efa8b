using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Hosting;

/// <summary>An open database for one command: its run store and catalog, migrated and imported on first use.</summary>
public sealed class StorageSession(IRunStore runs, ICatalogStore catalog, string description, IAsyncDisposable? owner = null, IPriceHistoryStore? prices = null) : IAsyncDisposable
{
    public IRunStore Runs { get; } = runs;
    public ICatalogStore Catalog { get; } = catalog;
    /// <summary>Dated prices (catalog and feed imports).</summary>
    public IPriceHistoryStore Prices { get; } = prices ?? new InMemoryPriceHistoryStore();
    /// <summary>Where the data lives, for messages (never includes a password).</summary>
    public string Description { get; } = description;

    /// <summary>Opens (creating and migrating when needed) the database the settings name, importing the catalog if it is empty.</summary>
    public static Task<StorageSession> OpenAsync(DataSettings settings, CancellationToken cancellationToken = default) =>
        StorageSessionFactory.OpenAsync(settings, cancellationToken);

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
