using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;
using Yardstick.Core.Secrets;

namespace Yardstick.Cli.Hosting;

/// <summary>An open database for one command: its run store and catalog, migrated and imported on first use.</summary>
public sealed class StorageSession(IRunStore runs, ICatalogStore catalog, string description, IAsyncDisposable? owner = null,
    ISchedulingStore? scheduling = null, IPriceHistoryStore? prices = null, IRunFiguresStore? figures = null, ISiteDataVersion? version = null,
    SecretRedactor? secrets = null) : IAsyncDisposable
{
    /// <summary>Each run's precomputed figures (the database's run_summaries; computed from samples when there is none).</summary>
    public IRunFiguresStore Figures { get; } = figures ?? new SampleRunFiguresStore(runs);
    /// <summary>The stamp of the data pages are drawn from; null when the session has no database to stamp.</summary>
    public ISiteDataVersion? Version { get; } = version;
    public IRunStore Runs { get; } = runs;
    public ICatalogStore Catalog { get; } = catalog;
    /// <summary>The applied plan, schedules and workers (continuous measurement); in memory when the session has no database.</summary>
    public ISchedulingStore Scheduling { get; } = scheduling ?? new InMemorySchedulingStore();
    /// <summary>Dated prices (catalog and feed imports).</summary>
    public IPriceHistoryStore Prices { get; } = prices ?? new InMemoryPriceHistoryStore();
    /// <summary>
    /// The redactor every write of <see cref="Runs"/> goes through: a key registered here later (a plan endpoint's key,
    /// learnt when its provider is made) is masked in every later write too.
    /// </summary>
    public SecretRedactor Secrets { get; } = secrets ?? new SecretRedactor();
    /// <summary>Where the data lives, for messages (never includes a password).</summary>
    public string Description { get; } = description;

    /// <summary>Opens (creating and migrating when needed) the database the settings name, importing the catalog if it is empty.</summary>
    public static Task<StorageSession> OpenAsync(DataSettings settings, CancellationToken cancellationToken = default) =>
        StorageSessionFactory.OpenAsync(settings, new SecretRedactor(), cancellationToken);

    /// <summary>
    /// Opens the database with every write redacted by <paramref name="secrets"/> (which knows the keys of the command's
    /// providers) and every sample's text capped (see <see cref="StorageSessionFactory"/>).
    /// </summary>
    public static Task<StorageSession> OpenAsync(DataSettings settings, SecretRedactor secrets, CancellationToken cancellationToken = default) =>
        StorageSessionFactory.OpenAsync(settings, secrets, cancellationToken);

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
