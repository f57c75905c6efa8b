namespace Yardstick.Storage.Tests.Seeding;

public sealed class PostgresDatabaseSeederTests : DatabaseSeederContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
