using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Yardstick.Storage;

/// <summary>SQLite flavour (the embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteYardstickDbContext(DbContextOptions<SqliteYardstickDbContext> options) : YardstickDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset text; store UTC ticks so time-window queries run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
