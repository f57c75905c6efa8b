using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Yardstick.Catalog.Loading;

/// <summary>Reads typed fields from a YAML mapping, recording an error (file, field path, reason, line) for each bad one.</summary>
internal sealed partial class FieldReader(string file, YamlMappingNode node, string path, List<CatalogError> errors)
{
    public string File { get; } = file;

    public YamlMappingNode Node { get; } = node;

    public IEnumerable<string> Keys => Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public void Error(string field, string reason, YamlNode? at = null) =>
        errors.Add(new CatalogError(File, Qualify(field), reason, (at ?? Node).Start.Line));

    public void RejectUnknown(params string[] known)
    {
        foreach (var key in Node.Children.Keys.OfType<YamlScalarNode>())
            if (!known.Contains(key.Value))
                errors.Add(new CatalogError(File, Qualify(key.Value ?? ""), $"unknown field (expected one of: {string.Join(", ", known)})", key.Start.Line));
    }

    public YamlNode? Raw(string field) =>
        Node.Children.TryGetValue(new YamlScalarNode(field), out var value) && !IsNull(value) ? value : null;

    public string? String(string field, bool required = false, Regex? pattern = null, string? patternDescription = null)
    {
        var raw = Raw(field);
        if (raw is null)
        {
            if (required)
                Error(field, "is required");
            return null;
        }
        if (raw is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Error(field, "must be a non-empty text", raw);
            return null;
        }
        if (pattern is not null && !pattern.IsMatch(text))
        {
            Error(field, $"'{text}' is not {patternDescription}", raw);
            return null;
        }
        return text.Trim();
    }

    public bool? Bool(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
            return null;
        if (bool.TryParse(text, out var value))
            return value;
        Error(field, $"'{text}' is not true or false", Raw(field));
        return null;
    }

    public double? Number(string field, bool required = false, double min = double.MinValue, bool exclusiveMin = false)
    {
        var text = String(field, required);
        if (text is null)
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(field, $"'{text}' is not a number", Raw(field));
            return null;
        }
        if (exclusiveMin ? value <= min : value < min)
        {
            Error(field, $"{text} must be {(exclusiveMin ? "greater than" : "at least")} {min.ToString(CultureInfo.InvariantCulture)}", Raw(field));
            return null;
        }
        return value;
    }

    public decimal? Price(string field)
    {
        var value = Number(field, min: 0);
        return value is null ? null : (decimal)value.Value;
    }

    public long? PositiveInteger(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
            return null;
        if (!long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            Error(field, $"'{text}' is not a positive whole number", Raw(field));
            return null;
        }
        return value;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> (the first of the month).</summary>
    public DateOnly? Date(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(field, $"'{text}' is not a date (yyyy-MM-dd or yyyy-MM)", Raw(field));
        return null;
    }

    public IReadOnlyList<string>? StringList(string field, bool required = false)
    {
        var raw = Raw(field);
        if (raw is null)
        {
            if (required)
                Error(field, "is required");
            return null;
        }
        if (raw is not YamlSequenceNode sequence)
        {
            Error(field, "must be a list", raw);
            return null;
        }
        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                items.Add(text.Trim());
            else
                Error(field, "must be a list of texts", item);
        }
        return items;
    }

    public FieldReader? Mapping(string field, bool required = false)
    {
        var raw = Raw(field);
        if (raw is null)
        {
            if (required)
                Error(field, "is required");
            return null;
        }
        if (raw is not YamlMappingNode mapping)
        {
            Error(field, "must be a mapping of fields", raw);
            return null;
        }
        return new FieldReader(File, mapping, Qualify(field), errors);
    }

    public IEnumerable<FieldReader> MappingList(string field)
    {
        var raw = Raw(field);
        if (raw is null)
            yield break;
        if (raw is not YamlSequenceNode sequence)
        {
            Error(field, "must be a list", raw);
            yield break;
        }
        var index = 0;
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
                yield return new FieldReader(File, mapping, $"{Qualify(field)}[{index}]", errors);
            else
                Error($"{field}[{index}]", "must be a mapping of fields", item);
            index++;
        }
    }

    private string Qualify(string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } scalar
        && scalar.Value is null or "" or "~" or "null";

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    public static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$")]
    public static partial Regex EnvironmentVariablePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}(-\d{2})?$")]
    public static partial Regex MonthOrDatePattern();
}
