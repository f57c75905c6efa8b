using Yardstick.Core.Evals;

namespace Yardstick.Evals.Index;

/// <summary>The Yardstick Index definitions shipped with the build (from the repository's <c>index/</c> folder).</summary>
public static class YardstickIndex
{
    private static readonly Lazy<IndexDefinition> LazyV1 = new(() => Embedded("yardstick-index-v1.json"));
    private static readonly Lazy<IndexDefinition> LazyV2 = new(() => Embedded("yardstick-index-v2.json"));

    /// <summary>Yardstick Index v1: MMLU-Pro, MATH-500, BBH, IFEval, GSM8K, TruthfulQA MC1.</summary>
    public static IndexDefinition V1 => LazyV1.Value;

    /// <summary>
    /// Yardstick Index v2: four categories at 25 % each — knowledge &amp; reasoning, mathematics, code &amp; agents
    /// (humaneval, tool-use), instruction following &amp; long context.
    /// </summary>
    public static IndexDefinition V2 => LazyV2.Value;

    /// <summary>The shipped versions by name: <c>v1</c>/<c>1</c> and <c>v2</c>/<c>2</c>; null for an unknown one.</summary>
    public static IndexDefinition? ByVersion(string version) => version.TrimStart('v', 'V') switch
    {
        "1" => V1,
        "2" => V2,
        _ => null,
    };

    private static readonly Lazy<IndexDefinition> LazyCurrent = new(() => V2 with { Fallback = V1 });

    /// <summary>
    /// The definition pages show by default: v2, or v1 for a model that has a v1 figure and no v2 one (older runs);
    /// every figure names its version.
    /// </summary>
    public static IndexDefinition Current => LazyCurrent.Value;

    /// <summary>Reads a definition from a file (a user's own weight table); <see cref="FormatException"/> when invalid.</summary>
    public static IndexDefinition Load(string path) => IndexDefinition.Parse(File.ReadAllText(path));

    private static IndexDefinition Embedded(string fileName)
    {
        using var stream = typeof(YardstickIndex).Assembly.GetManifestResourceStream("Yardstick.Index." + fileName)
            ?? throw new InvalidOperationException($"Index definition {fileName} is not embedded in {typeof(YardstickIndex).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return IndexDefinition.Parse(reader.ReadToEnd());
    }
}
