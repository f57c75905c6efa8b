namespace Yardstick.Local.Gguf;

/// <summary>
/// One metadata value: scalars as their CLR type (uint, float, string, …), arrays as a typed read-only list
/// (<c>IReadOnlyList&lt;string&gt;</c>, <c>IReadOnlyList&lt;float&gt;</c>, …).
/// </summary>
public sealed record GgufValue(GgufValueType Type, object Value, GgufValueType? ElementType = null);
