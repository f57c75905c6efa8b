namespace Yardstick.Storage.Tests.Catalog;

/// <summary>The same contract on a real PostgreSQL server (skipped with a reason when YARDSTICK_TEST_POSTGRES is unset).</summary>
public sealed class PostgresPriceHistoryStoreTests : PriceHistoryStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
