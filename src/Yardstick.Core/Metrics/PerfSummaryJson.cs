using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>
/// Reads and writes <see cref="PerfSummary"/> in the CLI's --json contract. A figure that cannot be computed (no
/// successful request) is written as <c>null</c>, never as a made-up number, and read back as NaN.
/// </summary>
public static class PerfSummaryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Converters = { new NanAsNullConverter() },
    };

    public static string Serialize(PerfSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static PerfSummary? Deserialize(string json) => JsonSerializer.Deserialize<PerfSummary>(json, Options);

    private sealed class NanAsNullConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
                writer.WriteNullValue();
            else
                writer.WriteNumberValue(value);
        }
    }
}
