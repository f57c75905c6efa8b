using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Yardstick.Storage.Seeding;

/// <summary>
/// The table and columns of entity <typeparamref name="T"/> as the EF Core model maps them for this provider (names,
/// store types, value converters such as SQLite's DateTimeOffset ticks). Read from the model rather than written out, so
/// a column added to an entity is seeded with no change here; store-generated keys are left to the database.
/// </summary>
internal sealed class BulkTable<T> where T : class
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable<T> For(YardstickDbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var columns = new List<BulkColumn>();
        foreach (var property in entity.GetProperties())
        {
            if (property.ValueGenerated == ValueGenerated.OnAdd && property.IsPrimaryKey())
                continue;
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            Func<object, object?> value = converter is null
                ? getter.GetClrValueUsingContainingEntity
                : row => getter.GetClrValueUsingContainingEntity(row) is { } v ? converter.ConvertToProvider(v) : null;
            columns.Add(new BulkColumn(property.GetColumnName(), property.GetColumnType(), value));
        }
        return new BulkTable<T>(entity.GetTableName()!, columns);
    }
}
