namespace Yardstick.Local.Gguf;

/// <summary>
/// Bytes taken by a tensor of a given type, for the types whose block layout is stable and well known. Other types return
/// null: the validator then checks only that the tensor starts inside the file rather than guess a size and reject a good file.
/// </summary>
internal static class GgmlTypeSizes
{
    public static long? ByteCount(GgmlType type, long elementCount)
    {
        (int BlockElements, int BlockBytes)? block = type switch
        {
            GgmlType.F32 => (1, 4),
            GgmlType.F16 or GgmlType.BF16 => (1, 2),
            GgmlType.Q4_0 or GgmlType.IQ4_NL => (32, 18),
            GgmlType.Q4_1 => (32, 20),
            GgmlType.Q5_0 => (32, 22),
            GgmlType.Q5_1 => (32, 24),
            GgmlType.Q8_0 => (32, 34),
            GgmlType.Q2_K => (256, 84),
            GgmlType.Q3_K => (256, 110),
            GgmlType.Q4_K => (256, 144),
            GgmlType.Q5_K => (256, 176),
            GgmlType.Q6_K => (256, 210),
            GgmlType.IQ4_XS => (256, 136),
            _ => null,
        };
        if (block is not { } b || elementCount % b.BlockElements != 0)
            return null;
        return elementCount / b.BlockElements * b.BlockBytes;
    }
}
