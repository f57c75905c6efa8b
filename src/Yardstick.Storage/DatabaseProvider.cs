namespace Yardstick.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
