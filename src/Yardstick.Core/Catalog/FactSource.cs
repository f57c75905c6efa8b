namespace Yardstick.Core.Catalog;

/// <summary>Where a fact comes from: <c>published:&lt;url or document&gt;</c>, <c>measured:&lt;run id&gt;</c> or <c>user</c>.</summary>
public sealed record FactSource(FactSourceKind Kind, string Reference)
{
    /// <summary>Parses the catalog notation; returns null when the text is not one of the three forms.</summary>
    public static FactSource? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (text == "user")
            return new FactSource(FactSourceKind.User, "");
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
            return null;
        var reference = text[(colon + 1)..].Trim();
        return text[..colon] switch
        {
            "published" => new FactSource(FactSourceKind.Published, reference),
            "measured" => new FactSource(FactSourceKind.Measured, reference),
            _ => null,
        };
    }

    /// <summary>True when the reference is a web address that a page can link to.</summary>
    public bool IsLink => Reference.StartsWith("https://", StringComparison.Ordinal) || Reference.StartsWith("http://", StringComparison.Ordinal);

    public override string ToString() => Kind switch
    {
        FactSourceKind.User => "user",
        FactSourceKind.Measured => $"measured:{Reference}",
        _ => $"published:{Reference}",
    };
}
