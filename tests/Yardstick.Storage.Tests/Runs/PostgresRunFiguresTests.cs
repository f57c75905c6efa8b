namespace Yardstick.Storage.Tests.Runs;

public sealed class PostgresRunFiguresTests : RunFiguresContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
