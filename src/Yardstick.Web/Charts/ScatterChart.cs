using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Yardstick.Web.Charts;

/// <summary>
/// A scatter chart rendered on the server as inline SVG (no script, no CDN): x on a log-10 axis (prices span orders of
/// magnitude), y linear from zero. Every label is HTML-encoded; every point links to its model page.
/// </summary>
internal sealed class ScatterChart(string title, string xTitle, string yTitle, Func<double, string> formatX, Func<double, string> formatY)
{
    private const double Width = 760, Height = 440, Left = 70, Right = 30, Top = 40, Bottom = 60;

    public IHtmlContent Render(IReadOnlyList<ChartPoint> points)
    {
        var usable = points.Where(p => p.X > 0 && double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        var (xMin, xMax) = LogRange(usable.Select(p => p.X));
        var yMax = NiceMax(usable.Count == 0 ? 1 : usable.Max(p => p.Y));
        double Px(double x) => Left + (Math.Log10(x) - xMin) / (xMax - xMin) * (Width - Left - Right);
        double Py(double y) => Height - Bottom - y / yMax * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title>{E(title)}</title>"));
        svg.Append(Inv($"<text x=\"{Left}\" y=\"22\" style=\"font-weight:600;font-size:13px\">{E(title)}</text>"));
        for (var i = 0; i <= 4; i++)
        {
            var y = yMax * i / 4;
            svg.Append(Inv($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(y):0.#}\" y2=\"{Py(y):0.#}\"/>"));
            svg.Append(Inv($"<text x=\"{Left - 8}\" y=\"{Py(y) + 4:0.#}\" text-anchor=\"end\">{E(formatY(y))}</text>"));
        }
        foreach (var tick in LogTicks(xMin, xMax))
        {
            svg.Append(Inv($"<line class=\"grid\" x1=\"{Px(tick):0.#}\" x2=\"{Px(tick):0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\"/>"));
            svg.Append(Inv($"<text x=\"{Px(tick):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{E(formatX(tick))}</text>"));
        }
        svg.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Inv($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 18}\" text-anchor=\"middle\">{E(xTitle)}</text>"));
        svg.Append(Inv($"<text transform=\"translate(16 {(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{E(yTitle)}</text>"));
        foreach (var p in usable)
        {
            svg.Append(Inv($"<a href=\"{E(p.Href)}\"><circle cx=\"{Px(p.X):0.#}\" cy=\"{Py(p.Y):0.#}\" r=\"5\"><title>{E($"{p.Label}: {formatX(p.X)}, {formatY(p.Y)}")}</title></circle>"));
            svg.Append(Inv($"<text x=\"{Px(p.X) + 7:0.#}\" y=\"{Py(p.Y) - 6:0.#}\">{E(p.Label)}</text></a>"));
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static (double Min, double Max) LogRange(IEnumerable<double> xs)
    {
        var logs = xs.Select(Math.Log10).ToList();
        if (logs.Count == 0)
            return (-1, 1);
        var min = Math.Floor(logs.Min());
        var max = Math.Ceiling(logs.Max());
        return max - min < 1 ? (min, min + 1) : (min, max);
    }

    private static IEnumerable<double> LogTicks(double minLog, double maxLog)
    {
        for (var e = (int)minLog; e <= (int)maxLog; e++)
            foreach (var m in maxLog - minLog <= 2 ? new[] { 1.0, 2, 5 } : [1.0])
            {
                var tick = m * Math.Pow(10, e);
                if (Math.Log10(tick) <= maxLog + 1e-9)
                    yield return tick;
            }
    }

    private static double NiceMax(double max)
    {
        if (max <= 0)
            return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1.0, 2, 2.5, 5, 10 })
            if (step * magnitude >= max)
                return step * magnitude;
        return 10 * magnitude;
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
