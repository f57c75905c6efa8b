using System.Text;
using CsCheck;
using Yardstick.Catalog.Loading;
using Yardstick.Testing;
using Yardstick.Testing.Properties;

namespace Yardstick.Catalog.Tests.Loading;

/// <summary>
/// Any file content gives a load result (models and errors naming file and field), never an exception or a hang:
/// the catalog is the user's to edit, and a typo must be reported, not crash `yardstick serve`.
/// </summary>
public sealed class CatalogLoaderPropertyTests
{
    private static readonly string[] BundledLines = Directory.EnumerateFiles(RepositoryPaths.Catalog, "*.yaml")
        .Order(StringComparer.Ordinal).Take(8).SelectMany(File.ReadAllLines).ToArray();

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("", "~", "null", "-1", "0", "1e309", "99999999999999999999", "NaN", ".inf", "[", "]", "{", "}", "&a [*a, *a]", "*a", "!!binary x",
            "\"unterminated", "'", "|", ">", "- ", "? ", ": ", "\t", "2025-13-45", "x:y:z", "@", "%YAML 1.2", "---", "..."),
        Gen.String[0, 20],
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A real catalog line whose value (after the first colon) is replaced by a random scalar, or kept.</summary>
    private static readonly Gen<string> Line = Gen.Select(Gen.Int[0, BundledLines.Length - 1], Gen.Bool, Scalar, (index, replace, value) =>
    {
        var line = BundledLines[index];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return replace && colon > 0 ? line[..(colon + 1)] + " " + value : line;
    });

    private static readonly Gen<string> Yaml = Gen.Frequency(
        (1, Gen.Byte.Array[0, 1024].Select(bytes => Encoding.UTF8.GetString(bytes))),
        (1, Gen.String[0, 400]),
        (4, Line.Array[0, 40].Select(lines => string.Join('\n', lines))),
        (2, Gen.Select(Gen.Int[0, BundledLines.Length - 1], Gen.Int[1, 60], Gen.Int.Positive, Gen.Byte, (start, count, where, value) =>
        {
            // A run of consecutive real lines (a plausible file) with one byte overwritten.
            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', BundledLines.Skip(start).Take(count)));
            if (bytes.Length > 0)
                bytes[where % bytes.Length] = value;
            return Encoding.UTF8.GetString(bytes);
        })));

    [Fact]
    public void Any_file_content_gives_models_or_errors_never_an_exception()
    {
        Gen.Select(Yaml, Yaml).Sample((first, second) => Bounded.Run(() =>
        {
            var result = CatalogLoader.LoadFiles([("a.yaml", first), ("b.yaml", second)]);
            Assert.True(result.IsValid || result.Errors.Count > 0);
        }), iter: 1500);
    }

    [Fact]
    public void Aliases_that_expand_exponentially_are_refused_in_bounded_time()
    {
        // The "billion laughs": nine levels of nine aliases each would be 387 million nodes if expanded.
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        yaml.Append("slug: *a9\n");

        Bounded.Run(() => Assert.False(CatalogLoader.LoadFiles([("bomb.yaml", yaml.ToString())]).IsValid));
    }
}
