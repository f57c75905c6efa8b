namespace Yardstick.Local.Gguf;

/// <summary>One tensor as the GGUF header describes it; <see cref="Offset"/> is relative to the start of the data section.</summary>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<long> Dimensions, GgmlType Type, long Offset)
{
    public long ElementCount => Dimensions.Aggregate(1L, (product, d) => product * d);
}
