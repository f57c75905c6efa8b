using Microsoft.EntityFrameworkCore;

namespace Yardstick.Storage;

/// <summary>PostgreSQL flavour (scaled out); its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresYardstickDbContext(DbContextOptions<PostgresYardstickDbContext> options) : YardstickDbContext(options);
