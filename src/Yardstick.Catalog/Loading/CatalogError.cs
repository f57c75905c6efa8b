namespace Yardstick.Catalog.Loading;

/// <summary>One problem in a catalog file: which file, which field, why (and the line when known).</summary>
public sealed record CatalogError(string File, string Field, string Reason, long? Line = null)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Field}: {Reason}" : $"{File}: {Field}: {Reason}";
}
