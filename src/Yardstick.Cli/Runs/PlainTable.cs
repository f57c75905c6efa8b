namespace Yardstick.Cli.Runs;

/// <summary>
/// Columns aligned with spaces and never wrapped, for a pipe or a narrow terminal: a run id must come out whole, so
/// that a script (or a person copying it) gets the real id, not "perf-2026" and "1202T0033" on two lines.
/// </summary>
internal static class PlainTable
{
    public static IEnumerable<string> Lines(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        yield return Line(header);
        foreach (var row in rows)
            yield return Line(row);
    }

    /// <summary>The width the lines need, to decide whether a bordered table fits the terminal.</summary>
    public static int Width(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        Lines(header, rows).Max(l => l.Length);
}
