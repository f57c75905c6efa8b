namespace Yardstick.Storage.Tests.Catalog;

public sealed class SqliteCatalogStoreTests : CatalogStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
