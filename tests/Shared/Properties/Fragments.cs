using System.Text;
using CsCheck;

namespace Yardstick.Testing.Properties;

/// <summary>
/// Generators of inputs that are almost what a parser expects: arbitrary bytes reach only its first check, so these
/// splice the format's own pieces (field names, brackets, separators, numbers of every size) with random bytes.
/// </summary>
internal static class Fragments
{
    /// <summary>Pieces of JSON: structure, the given field names, values of every type, and broken bytes.</summary>
    public static Gen<string> Json(params string[] fieldNames) =>
        Gen.OneOf(
            Gen.OneOf("{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e308", "-1e400", "99999999999999999999",
                "3.5", "\"\"", "\"x\"", "{}", "[]", "\\u0000", "\\ud800", " ", "\n"),
            Gen.OneOf(fieldNames.Length == 0 ? ["x"] : fieldNames).Select(n => $"\"{n}\""),
            Gen.OneOf(fieldNames.Length == 0 ? ["x"] : fieldNames).Select(n => $"\"{n}\":"),
            Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.String[0, 12].Select(s => System.Text.Json.JsonSerializer.Serialize(s)));

    /// <summary>A JSON-ish text of up to <paramref name="pieces"/> pieces.</summary>
    public static Gen<string> JsonText(int pieces, params string[] fieldNames) =>
        Json(fieldNames).Array[0, pieces].Select(string.Concat);

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, sometimes with a random byte overwritten or the tail cut off.</summary>
    public static Gen<byte[]> Damaged(Gen<string> text) =>
        Gen.Select(text, Gen.Int[0, 2], Gen.Int.Positive, Gen.Byte, (t, damage, where, value) =>
        {
            var bytes = Encoding.UTF8.GetBytes(t);
            if (bytes.Length == 0)
                return bytes;
            var at = where % bytes.Length;
            if (damage == 1)
                bytes[at] = value;
            if (damage == 2)
                bytes = bytes[..at];
            return bytes;
        });

    /// <summary>
    /// Well-formed JSON of random shape: objects keyed mostly by <paramref name="fieldNames"/> (duplicates included), values of
    /// every type, nested up to <paramref name="depth"/> levels. It reaches the code behind a parser's first check.
    /// </summary>
    public static Gen<string> JsonValue(int depth, params string[] fieldNames)
    {
        var scalar = Gen.OneOf(
            Gen.OneOf("null", "true", "false", "0", "1", "-1", "2147483648", "1e308", "0.5", "-0", "\"\"", "\"A\"", "\"less than\"", "\"at least\""),
            Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.String[0, 12].Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
            Gen.OneOf(fieldNames.Length == 0 ? ["x"] : fieldNames).Select(t => System.Text.Json.JsonSerializer.Serialize(t)));
        if (depth <= 0)
            return scalar;
        var inner = JsonValue(depth - 1, fieldNames);
        var name = Gen.Frequency((4, Gen.OneOf(fieldNames.Length == 0 ? ["x"] : fieldNames)), (1, Gen.String[0, 6]));
        return Gen.Frequency(
            (2, scalar),
            (1, inner.Array[0, 5].Select(items => "[" + string.Join(",", items) + "]")),
            (3, Gen.Select(name, inner).Array[0, 7].Select(members =>
                "{" + string.Join(",", members.Select(m => System.Text.Json.JsonSerializer.Serialize(m.Item1) + ":" + m.Item2)) + "}")));
    }

    /// <summary>
    /// A valid record with random damage at every level: each member kept (itself mutated), replaced by a value of another
    /// type, dropped or repeated (a duplicate key); array items likewise. It reaches checks deep inside a loader.
    /// </summary>
    public static Gen<string> Mutated(string templateJson, params string[] fieldNames) =>
        Gen.Int.Select(seed =>
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            Mutate(System.Text.Json.JsonDocument.Parse(templateJson).RootElement, random, text, fieldNames);
            return text.ToString();
        });

    private static readonly string[] OddValues =
        ["null", "true", "0", "-1", "2147483648", "1e308", "0.5", "\"\"", "\"A\"", "[]", "{}", "[1,2]", "{\"a\":1}", "\"at least\"", "\"\\u0000\""];

    private static void Mutate(System.Text.Json.JsonElement element, Random random, StringBuilder text, string[] fieldNames)
    {
        if (random.Next(6) == 0)
        {
            text.Append(OddValues[random.Next(OddValues.Length)]);
            return;
        }
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var member in element.EnumerateObject())
                {
                    var copies = random.Next(8) switch { 0 => 0, 1 => 2, _ => 1 };
                    for (var i = 0; i < copies; i++)
                    {
                        text.Append(first ? "" : ",").Append(System.Text.Json.JsonSerializer.Serialize(member.Name)).Append(':');
                        Mutate(member.Value, random, text, fieldNames);
                        first = false;
                    }
                }
                if (random.Next(4) == 0 && fieldNames.Length > 0)
                    text.Append(first ? "" : ",").Append(System.Text.Json.JsonSerializer.Serialize(fieldNames[random.Next(fieldNames.Length)]))
                        .Append(':').Append(OddValues[random.Next(OddValues.Length)]);
                text.Append('}');
                break;
            case System.Text.Json.JsonValueKind.Array:
                text.Append('[');
                var items = element.EnumerateArray().ToList();
                var count = random.Next(5) == 0 ? random.Next(items.Count + 3) : items.Count;
                for (var i = 0; i < count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    if (items.Count > 0)
                        Mutate(items[i % items.Count], random, text, fieldNames);
                    else
                        text.Append(OddValues[random.Next(OddValues.Length)]);
                }
                text.Append(']');
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>Arbitrary bytes, or JSON-ish text of the given fields, damaged or not.</summary>
    public static Gen<byte[]> JsonBytes(int pieces, params string[] fieldNames) =>
        Gen.Frequency((1, Gen.Byte.Array[0, 512]), (3, Damaged(JsonText(pieces, fieldNames))));
}
