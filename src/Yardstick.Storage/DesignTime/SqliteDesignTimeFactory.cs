using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Yardstick.Storage.DesignTime;

// Used by `dotnet ef migrations add` only; the connection string never connects.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteYardstickDbContext>
{
    public SqliteYardstickDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteYardstickDbContext>().UseSqlite("Data Source=design.db").Options);
}
