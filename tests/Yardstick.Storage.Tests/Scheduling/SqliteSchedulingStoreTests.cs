namespace Yardstick.Storage.Tests.Scheduling;

public sealed class SqliteSchedulingStoreTests : SchedulingStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
