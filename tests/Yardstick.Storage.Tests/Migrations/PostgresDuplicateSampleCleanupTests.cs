namespace Yardstick.Storage.Tests.Migrations;

/// <summary>The same migration on a real PostgreSQL server (skipped with a reason when YARDSTICK_TEST_POSTGRES is unset).</summary>
public sealed class PostgresDuplicateSampleCleanupTests : DuplicateSampleCleanupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
