namespace Yardstick.Storage.Tests.Migrations;

public sealed class SqliteDuplicateSampleCleanupTests : DuplicateSampleCleanupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
