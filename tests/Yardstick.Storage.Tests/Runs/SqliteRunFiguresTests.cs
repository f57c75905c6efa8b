namespace Yardstick.Storage.Tests.Runs;

public sealed class SqliteRunFiguresTests : RunFiguresContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
