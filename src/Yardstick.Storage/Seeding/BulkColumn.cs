namespace Yardstick.Storage.Seeding;

/// <summary>One column a bulk insert writes: its name, its store type, and how to read the provider value from an entity.</summary>
internal sealed record BulkColumn(string Name, string StoreType, Func<object, object?> Value);
