using System.Globalization;
using System.Text;

namespace Yardstick.Web.Formatting;

/// <summary>RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; numbers invariant.</summary>
internal sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(params object?[] fields)
    {
        _text.Append(Line(fields));
        return this;
    }

    /// <summary>One record with its CRLF, for writers that stream rows instead of building the whole file.</summary>
    public static string Line(params object?[] fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public override string ToString() => _text.ToString();

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            double d when double.IsNaN(d) => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
