using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Yardstick.Storage.DesignTime;

// Used by `dotnet ef migrations add` only; the connection string never connects.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresYardstickDbContext>
{
    public PostgresYardstickDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresYardstickDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
