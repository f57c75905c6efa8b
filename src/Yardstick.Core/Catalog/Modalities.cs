namespace Yardstick.Core.Catalog;

/// <summary>What a model takes in and gives out (e.g. text+image in, text out).</summary>
public sealed record Modalities(IReadOnlyList<string> Input, IReadOnlyList<string> Output)
{
    public static Modalities TextOnly { get; } = new(["text"], ["text"]);

    public bool Accepts(string modality) => Input.Contains(modality, StringComparer.OrdinalIgnoreCase);

    public override string ToString() => $"{string.Join("+", Input)} in, {string.Join("+", Output)} out";
}
