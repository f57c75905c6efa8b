namespace Yardstick.Storage.Tests.Runs;

public sealed class SqliteRunStoreTests : RunStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
