using System.Security.Cryptography;
using System.Text;
using Yardstick.Core.Catalog;

namespace Yardstick.Catalog.Loading;

/// <summary>Loads and validates a catalog folder: each file on its own, then the links between files.</summary>
public static class CatalogLoader
{
    public static CatalogLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            return new CatalogLoadResult([], [new CatalogError(directory, "(folder)", "does not exist")], 0);
        var files = ModelFiles(directory);
        var contents = ReadFiles(files);
        var result = LoadFiles(contents);
        return contents.Count == 0
            ? result with { Errors = [.. result.Errors, new CatalogError(directory, "(folder)", "holds no .yaml model files")] }
            : result;
    }

    /// <summary>
    /// The same hash as <see cref="CatalogLoadResult.ContentSha256"/>, without parsing: enough to tell whether the files
    /// changed since an import. Null when the folder does not exist.
    /// </summary>
    public static string? ContentHashOf(string directory) =>
        Directory.Exists(directory) ? ContentHash(ReadFiles(ModelFiles(directory))) : null;

    private static List<string> ModelFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();

    private static List<(string Name, string Yaml)> ReadFiles(IEnumerable<string> files) =>
        files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();

    public static CatalogLoadResult LoadFiles(IReadOnlyList<(string Name, string Yaml)> files)
    {
        var errors = new List<CatalogError>();
        var models = new List<ModelCard>();
        var count = 0;
        foreach (var (name, yaml) in files)
        {
            count++;
            if (ModelFileParser.Parse(name, yaml, errors) is { } card)
                models.Add(card);
        }
        CheckLinks(models, errors);
        return new CatalogLoadResult(models, errors, count, ContentHash(files));
    }

    private static void CheckLinks(List<ModelCard> models, List<CatalogError> errors)
    {
        var bySlug = new Dictionary<string, ModelCard>(StringComparer.Ordinal);
        foreach (var model in models)
            if (!bySlug.TryAdd(model.Slug, model))
                errors.Add(new CatalogError(model.CatalogFile ?? model.Slug, "slug", $"'{model.Slug}' is used by another file too"));
        foreach (var model in models)
        {
            var file = model.CatalogFile ?? model.Slug;
            Check(model.SuccessorSlug, "successor", null);
            Check(model.ReasoningVariantSlug, "variants.reasoning", other => other.NonReasoningVariantSlug == model.Slug && other.Reasoning,
                "must be a reasoning model whose variants.non_reasoning points back here");
            Check(model.NonReasoningVariantSlug, "variants.non_reasoning", other => other.ReasoningVariantSlug == model.Slug && !other.Reasoning,
                "must be a non-reasoning model whose variants.reasoning points back here");
            if (model.ReasoningVariantSlug is not null && model.Reasoning)
                errors.Add(new CatalogError(file, "variants.reasoning", "is set on a reasoning model; use variants.non_reasoning"));
            if (model.NonReasoningVariantSlug is not null && !model.Reasoning)
                errors.Add(new CatalogError(file, "variants.non_reasoning", "is set on a non-reasoning model; use variants.reasoning"));

            void Check(string? target, string field, Func<ModelCard, bool>? backLink, string? backLinkReason = null)
            {
                if (target is null)
                    return;
                if (!bySlug.TryGetValue(target, out var other))
                    errors.Add(new CatalogError(file, field, $"'{target}' is no model in the catalog"));
                else if (backLink is not null && !backLink(other))
                    errors.Add(new CatalogError(file, field, $"'{target}' {backLinkReason}"));
            }
        }
    }

    private static string ContentHash(IEnumerable<(string Name, string Yaml)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, yaml) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(yaml + "\n"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
