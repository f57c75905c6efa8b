namespace Yardstick.Storage.Tests.Catalog;

public sealed class SqlitePriceHistoryStoreTests : PriceHistoryStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
