namespace Yardstick.Core.Catalog;

/// <summary>The stable endpoint id rule: <c>&lt;model slug&gt;@&lt;provider slug&gt;</c>, shared by the catalog and the price feeds.</summary>
public static class EndpointIds
{
    public static string For(string modelSlug, string provider) => $"{modelSlug}@{Slugify(provider)}";

    /// <summary>Lower-case ASCII letters and digits, anything else a dash: "Azure OpenAI" → "azure-openai".</summary>
    public static string Slugify(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}
