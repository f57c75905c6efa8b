namespace Yardstick.Storage.Tests.Seeding;

public sealed class SqliteDatabaseSeederTests : DatabaseSeederContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
