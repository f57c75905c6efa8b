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
    public DbSet<RunEntity> Runs => Set<RunEntity>();
    public DbSet<SampleEntity> Samples => Set<SampleEntity>();

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
        });
        modelBuilder.Entity<CatalogImportEntity>(e => e.ToTable("catalog_imports"));
        modelBuilder.Entity<RunEntity>(e =>
        {
            e.ToTable("runs");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.ModelSlug, r.Kind, r.StartedUtc });
            e.HasIndex(r => new { r.Task, r.Status });
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
    }
}
