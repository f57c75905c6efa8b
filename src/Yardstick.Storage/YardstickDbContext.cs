using Microsoft.EntityFrameworkCore;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage;

/// <summary>The one schema, shared by SQLite and PostgreSQL (each has its own migrations in a derived context).</summary>
public abstract class YardstickDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ModelEntity> Models => Set<ModelEntity>();
    public DbSet<FactSourceEntity> FactSources => Set<FactSourceEntity>();
    public DbSet<CapabilityEntity> Capabilities => Set<CapabilityEntity>();
    public DbSet<PublishedScoreEntity> PublishedScores => Set<PublishedScoreEntity>();
    public DbSet<EndpointEntity> Endpoints => Set<EndpointEntity>();
    public DbSet<CatalogImportEntity> CatalogImports => Set<CatalogImportEntity>();
    public DbSet<PriceHistoryEntity> PriceHistory => Set<PriceHistoryEntity>();
    public DbSet<PriceImportEntity> PriceImports => Set<PriceImportEntity>();
    public DbSet<RunEntity> Runs => Set<RunEntity>();
    public DbSet<SampleEntity> Samples => Set<SampleEntity>();
    public DbSet<RunSummaryEntity> RunSummaries => Set<RunSummaryEntity>();
    public DbSet<WorkerEntity> Workers => Set<WorkerEntity>();
    public DbSet<ScheduleEntity> Schedules => Set<ScheduleEntity>();
    public DbSet<AppliedPlanEntity> AppliedPlans => Set<AppliedPlanEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModelEntity>(e =>
        {
            e.ToTable("models");
            e.HasKey(m => m.Slug);
            e.HasMany(m => m.FactSources).WithOne().HasForeignKey(f => f.ModelSlug).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Capabilities).WithOne().HasForeignKey(c => c.ModelSlug).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.PublishedScores).WithOne().HasForeignKey(s => s.ModelSlug).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Endpoints).WithOne().HasForeignKey(p => p.ModelSlug).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FactSourceEntity>(e =>
        {
            e.ToTable("fact_sources");
            e.HasKey(f => new { f.ModelSlug, f.Field });
        });
        modelBuilder.Entity<CapabilityEntity>(e =>
        {
            e.ToTable("capabilities");
            e.HasKey(c => new { c.ModelSlug, c.Name });
        });
        modelBuilder.Entity<PublishedScoreEntity>(e =>
        {
            e.ToTable("published_scores");
            e.HasIndex(s => new { s.ModelSlug, s.Benchmark });
        });
        modelBuilder.Entity<EndpointEntity>(e =>
        {
            e.ToTable("endpoints");
            e.HasIndex(p => p.ModelSlug);
            e.Property(p => p.InputPriceUsdPer1M).HasPrecision(18, 6);
            e.Property(p => p.CachedInputPriceUsdPer1M).HasPrecision(18, 6);
            e.Property(p => p.OutputPriceUsdPer1M).HasPrecision(18, 6);
            PriceColumnPrecision(e);
            e.Property(p => p.HardwareHourlyUsd).HasPrecision(18, 6);
        });
        modelBuilder.Entity<PriceHistoryEntity>(e =>
        {
            e.ToTable("price_history");
            e.HasIndex(p => new { p.ModelSlug, p.EffectiveFromUtc });
            e.HasIndex(p => new { p.EndpointId, p.EffectiveFromUtc });
            e.Property(p => p.InputPriceUsdPer1M).HasPrecision(18, 6);
            e.Property(p => p.CachedInputPriceUsdPer1M).HasPrecision(18, 6);
            e.Property(p => p.OutputPriceUsdPer1M).HasPrecision(18, 6);
            PriceColumnPrecision(e);
        });
        modelBuilder.Entity<PriceImportEntity>(e => e.ToTable("price_imports"));
        modelBuilder.Entity<CatalogImportEntity>(e => e.ToTable("catalog_imports"));
        modelBuilder.Entity<RunEntity>(e =>
        {
            e.ToTable("runs");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.ModelSlug, r.Kind, r.StartedUtc });
            e.HasIndex(r => new { r.Task, r.Status });
            e.HasIndex(r => new { r.Suite, r.StartedUtc });
            // The site's data version reads MAX(FinishedUtc) on every request (SiteDataVersion): an index keeps that one seek.
            e.HasIndex(r => r.FinishedUtc);
            // With the index above, the site's read of the runs started or finished since a moment is two index ranges.
            e.HasIndex(r => r.StartedUtc);
            // Runs outlive catalog edits: ModelSlug is a plain column, not a foreign key.
            e.HasMany(r => r.Samples).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SampleEntity>(e =>
        {
            e.ToTable("samples");
            // One row per question and epoch of a run: a second process or a resumed run can never store a prompt twice.
            e.HasIndex(s => new { s.RunId, s.PromptId, s.Epoch }).IsUnique();
            e.HasIndex(s => s.PromptSha256);
            e.Property(s => s.CostUsd).HasPrecision(18, 8);
        });
        modelBuilder.Entity<RunSummaryEntity>(e =>
        {
            e.ToTable("run_summaries");
            e.HasKey(s => s.RunId);
            // A summary is the run's: it goes when the run goes.
            e.HasOne<RunEntity>().WithOne().HasForeignKey<RunSummaryEntity>(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkerEntity>(e =>
        {
            e.ToTable("workers");
            e.HasKey(w => w.Name);
        });
        modelBuilder.Entity<ScheduleEntity>(e =>
        {
            e.ToTable("schedules");
            e.HasKey(s => s.Key);
        });
        modelBuilder.Entity<AppliedPlanEntity>(e =>
        {
            e.ToTable("applied_plans");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).ValueGeneratedNever();
        });
    }

    private static void PriceColumnPrecision<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : class, IPriceColumns
    {
        e.Property(p => p.CacheWritePriceUsdPer1M).HasPrecision(18, 6);
        e.Property(p => p.ReasoningPriceUsdPer1M).HasPrecision(18, 6);
        e.Property(p => p.LongContextInputPriceUsdPer1M).HasPrecision(18, 6);
        e.Property(p => p.LongContextCachedInputPriceUsdPer1M).HasPrecision(18, 6);
        e.Property(p => p.LongContextOutputPriceUsdPer1M).HasPrecision(18, 6);
    }
}
