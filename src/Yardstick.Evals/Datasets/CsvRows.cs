using System.Text;

namespace Yardstick.Evals.Datasets;

/// <summary>
/// Reads an RFC 4180 CSV file (quoted fields with doubled quotes, commas and line breaks inside quotes; a UTF-8 BOM
/// ignored): the header row names the columns, every later row is one record with its zero-based row number.
/// </summary>
public static class CsvRows
{
    /// <summary>The records of <paramref name="path"/> as column → value, with their zero-based position after the header.</summary>
    public static IEnumerable<(int Row, IReadOnlyDictionary<string, string> Fields)> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rows = Parse(reader).GetEnumerator();
        if (!rows.MoveNext())
            yield break;
        // A second BOM (written by hand after the encoder's own) must not rename the first column.
        var header = rows.Current.Select((name, i) => i == 0 ? name.TrimStart('\uFEFF') : name).ToList();
        var index = 0;
        while (rows.MoveNext())
        {
            var values = rows.Current;
            if (values.Count == 1 && values[0].Length == 0)
                continue;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                fields[header[i]] = i < values.Count ? values[i] : "";
            yield return (index++, fields);
        }
    }

    /// <summary>The rows of a CSV text, each a list of field values.</summary>
    public static IEnumerable<IReadOnlyList<string>> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var field = new StringBuilder();
        var row = new List<string>();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                    field.Append(ch);
                else if (reader.Peek() == '"')
                    field.Append((char)reader.Read());
                else
                    quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    yield return row;
                    row = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
