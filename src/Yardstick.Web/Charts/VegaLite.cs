using System.Text.Json.Nodes;

namespace Yardstick.Web.Charts;

/// <summary>
/// Builds Vega-Lite 6 specs from a <see cref="ChartTable"/>: scatter, bars, stacked and grouped bars, intervals and
/// lines. Only drawing decisions live here (marks, scales, colours, tooltips); every figure is computed in Core before a
/// table is filled. Conventions every spec shares: a <c>name</c> and <c>href</c> field per model (labels, click-through
/// to the model page), <c>creator</c> for colour, <c>highlight</c> (true for the page's own model) drawn larger and
/// outlined, units in every title and tooltip.
/// </summary>
internal static class VegaLite
{
    public const string Schema = "https://vega.github.io/schema/vega-lite/v6.json";
    private const string Accent = "#2457c5", Muted = "#a8b3c4";
    /// <summary>Above this many points a scatter draws no text labels: they would cover each other.</summary>
    public const int MaxLabels = 30;

    public static JsonObject Scatter(string description, ChartTable table, ChartAxis x, ChartAxis y, IReadOnlyList<JsonObject> tooltip,
        bool shapeByPriceKind = false, Quadrant? attractive = null)
    {
        var encoding = new JsonObject
        {
            ["x"] = Quantitative(x),
            ["y"] = Quantitative(y),
            ["color"] = CreatorColour(),
            ["href"] = new JsonObject { ["field"] = "href" },
            ["tooltip"] = new JsonArray([.. tooltip]),
            ["size"] = Condition("datum.highlight", 260, 90),
            ["stroke"] = Condition("datum.highlight", "#111", "transparent"),
        };
        if (shapeByPriceKind)
            encoding["shape"] = new JsonObject { ["field"] = "price_kind", ["type"] = "nominal", ["title"] = "Price", ["legend"] = new JsonObject { ["orient"] = "bottom" } };
        var layers = new JsonArray();
        if (attractive is { } q)
            layers.Add(QuadrantLayer(q, x, y));
        layers.Add(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 0.85, ["cursor"] = "pointer", ["strokeWidth"] = 2 },
            ["encoding"] = encoding,
        });
        if (table.Count <= MaxLabels)
            layers.Add(new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left", ["dx"] = 8, ["dy"] = -8, ["fontSize"] = 11 },
                ["encoding"] = new JsonObject { ["x"] = Quantitative(x), ["y"] = Quantitative(y), ["text"] = new JsonObject { ["field"] = "name" } },
            });
        return Base(description, table, 380, layers);
    }

    /// <summary>Horizontal bars, one per row, longest first (or shortest first when <paramref name="ascending"/>: lower is better).</summary>
    /// <remarks>Colour: by creator, else by <paramref name="colourField"/> (e.g. provider) when given, else the highlighted row against the rest.</remarks>
    public static JsonObject Bars(string description, ChartTable table, ChartAxis value, IReadOnlyList<JsonObject> tooltip, bool ascending = false, bool colourByCreator = true,
        (string Field, string Title)? colourField = null)
    {
        var encoding = new JsonObject
        {
            ["y"] = Category(ascending ? "x" : "-x"),
            ["x"] = Quantitative(value),
            ["color"] = colourByCreator ? CreatorColour()
                : colourField is { } c ? new JsonObject { ["field"] = c.Field, ["type"] = "nominal", ["title"] = c.Title, ["legend"] = new JsonObject { ["orient"] = "bottom" } }
                : Condition("datum.highlight", Accent, Muted),
            ["href"] = new JsonObject { ["field"] = "href" },
            ["tooltip"] = new JsonArray([.. tooltip]),
            ["stroke"] = Condition("datum.highlight", "#111", "transparent"),
        };
        return Base(description, table, null, new JsonArray(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "bar", ["cursor"] = "pointer", ["strokeWidth"] = 2 },
            ["encoding"] = encoding,
        }));
    }

    /// <summary>
    /// Bars split into parts (one row per model and part, fields <c>part</c>, <c>order</c>, <paramref name="value"/>):
    /// stacked when the parts add up to a whole (cost by eval, time by phase), side by side when they do not (TTFT
    /// beside first answer token, total beside active parameters).
    /// </summary>
    public static JsonObject PartBars(string description, ChartTable table, ChartAxis value, string partTitle, IReadOnlyList<JsonObject> tooltip, bool stacked, bool ascending = false)
    {
        var encoding = new JsonObject
        {
            ["y"] = new JsonObject
            {
                ["field"] = "name", ["type"] = "nominal", ["title"] = null,
                ["sort"] = new JsonObject { ["op"] = stacked ? "sum" : "max", ["field"] = value.Field, ["order"] = ascending ? "ascending" : "descending" },
            },
            ["x"] = Quantitative(value),
            ["color"] = new JsonObject { ["field"] = "part", ["type"] = "nominal", ["title"] = partTitle, ["sort"] = new JsonObject { ["field"] = "order" }, ["legend"] = new JsonObject { ["orient"] = "bottom" } },
            ["order"] = new JsonObject { ["field"] = "order" },
            ["href"] = new JsonObject { ["field"] = "href" },
            ["tooltip"] = new JsonArray([.. tooltip]),
        };
        if (!stacked)
            encoding["yOffset"] = new JsonObject { ["field"] = "part", ["sort"] = new JsonObject { ["field"] = "order" } };
        else
            encoding["x"]!["stack"] = "zero";
        return Base(description, table, null, new JsonArray(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "bar", ["cursor"] = "pointer" },
            ["encoding"] = encoding,
        }));
    }

    /// <summary>A point per row at <paramref name="value"/> with a rule from <c>low</c> to <c>high</c> (a 95 % interval), grouped by <c>part</c>.</summary>
    public static JsonObject Intervals(string description, ChartTable table, ChartAxis value, string partTitle, IReadOnlyList<JsonObject> tooltip)
    {
        JsonObject Shared() => new()
        {
            ["y"] = new JsonObject { ["field"] = "name", ["type"] = "nominal", ["title"] = null },
            ["yOffset"] = new JsonObject { ["field"] = "part" },
            ["color"] = new JsonObject { ["field"] = "part", ["type"] = "nominal", ["title"] = partTitle, ["legend"] = new JsonObject { ["orient"] = "bottom" } },
            ["href"] = new JsonObject { ["field"] = "href" },
            ["tooltip"] = new JsonArray([.. tooltip.Select(t => t.DeepClone())]),
        };
        var rule = Shared();
        rule["x"] = Quantitative(value with { Field = "low" });
        rule["x2"] = new JsonObject { ["field"] = "high" };
        var point = Shared();
        point["x"] = Quantitative(value);
        return Base(description, table, null, new JsonArray(
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 2 }, ["encoding"] = rule },
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 70, ["cursor"] = "pointer" }, ["encoding"] = point }));
    }

    /// <summary>Lines over time (field <c>time</c>), one per <c>part</c>, with a point per measurement.</summary>
    public static JsonObject Lines(string description, ChartTable table, ChartAxis value, string partTitle, IReadOnlyList<JsonObject> tooltip, string timeTitle = "Run started (UTC)")
    {
        var encoding = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "time", ["type"] = "temporal", ["title"] = timeTitle, ["axis"] = new JsonObject { ["format"] = "%b %d %H:%M", ["labelAngle"] = 0 } },
            ["y"] = Quantitative(value),
            ["color"] = new JsonObject { ["field"] = "part", ["type"] = "nominal", ["title"] = partTitle, ["legend"] = new JsonObject { ["orient"] = "bottom" } },
            ["href"] = new JsonObject { ["field"] = "href" },
            ["tooltip"] = new JsonArray([.. tooltip]),
        };
        return Base(description, table, 260, new JsonArray(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["point"] = new JsonObject { ["filled"] = true, ["size"] = 60, ["cursor"] = "pointer" } },
            ["encoding"] = encoding,
        }));
    }

    /// <summary>
    /// Marks one model and its comparison class in a drawn chart: each data row gets a <c>focus</c> field from
    /// <paramref name="focusOf"/> (given the row's <c>href</c>), and every layer drawn from the chart's data an opacity
    /// by focus — the model and its class opaque, the others faded — with a legend entry on the first layer.
    /// </summary>
    public static void AddFocus(JsonObject spec, Func<string?, string> focusOf, IReadOnlyList<string> focusOrder)
    {
        foreach (var value in spec["data"]!["values"]!.AsArray().OfType<JsonObject>())
            value["focus"] = focusOf(value["href"]?.GetValue<string>());
        var legend = true;
        foreach (var layer in spec["layer"]!.AsArray().OfType<JsonObject>())
        {
            // Layers with their own data (the shaded quadrant) are not about models.
            if (layer["data"] is not null || layer["encoding"] is not JsonObject encoding)
                continue;
            encoding["opacity"] = new JsonObject
            {
                ["field"] = "focus", ["type"] = "nominal", ["title"] = "Highlight",
                ["scale"] = new JsonObject { ["domain"] = new JsonArray([.. focusOrder.Select(f => (JsonNode)f)]), ["range"] = new JsonArray(1.0, 0.9, 0.15) },
                ["legend"] = legend ? new JsonObject { ["orient"] = "bottom" } : null,
            };
            legend = false;
        }
    }

    /// <summary>
    /// A radio toggle under the chart between all its points (<paramref name="choices"/>[0], the default) and only those
    /// whose <paramref name="flagField"/> is true (<paramref name="choices"/>[1]): 14 d and 72 h of a time series.
    /// </summary>
    public static void AddWindowToggle(JsonObject spec, string label, IReadOnlyList<string> choices, string flagField)
    {
        spec["params"] = new JsonArray(new JsonObject
        {
            ["name"] = "time_window",
            ["value"] = choices[0],
            ["bind"] = new JsonObject { ["input"] = "radio", ["options"] = new JsonArray([.. choices.Select(c => (JsonNode)c)]), ["name"] = label + " " },
        });
        spec["transform"] = new JsonArray(new JsonObject { ["filter"] = $"time_window == '{choices[0]}' || datum.{flagField}" });
    }

    /// <summary>Curves of <paramref name="y"/> against <paramref name="x"/> (both quantitative), one per <c>part</c>, with a point per value.</summary>
    public static JsonObject Curves(string description, ChartTable table, ChartAxis x, ChartAxis y, string partTitle, IReadOnlyList<JsonObject> tooltip)
    {
        var encoding = new JsonObject
        {
            ["x"] = Quantitative(x),
            ["y"] = Quantitative(y),
            ["color"] = new JsonObject { ["field"] = "part", ["type"] = "nominal", ["title"] = partTitle, ["legend"] = new JsonObject { ["orient"] = "bottom" } },
            ["order"] = new JsonObject { ["field"] = x.Field },
            ["tooltip"] = new JsonArray([.. tooltip]),
        };
        return Base(description, table, 260, new JsonArray(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["interpolate"] = "step-after", ["point"] = new JsonObject { ["filled"] = true, ["size"] = 50 } },
            ["encoding"] = encoding,
        }));
    }

    /// <summary>A tooltip entry: the field, its title with unit, and how the number is written.</summary>
    public static JsonObject Tip(string field, string title, string? format = null, string type = "quantitative")
    {
        var tip = new JsonObject { ["field"] = field, ["title"] = title, ["type"] = type };
        if (format is not null)
            tip["format"] = format;
        return tip;
    }

    public static JsonObject NameTip() => Tip("name", "Model", type: "nominal");

    public static JsonObject CreatorTip() => Tip("creator", "Creator", type: "nominal");

    public static JsonObject RunTip() => Tip("run", "Run", type: "nominal");

    private static JsonObject Base(string description, ChartTable table, int? height, JsonArray layers)
    {
        var spec = new JsonObject
        {
            ["$schema"] = Schema,
            ["description"] = description,
            ["width"] = "container",
            ["data"] = new JsonObject { ["values"] = table.ToJson() },
            ["layer"] = layers,
            ["config"] = new JsonObject
            {
                ["font"] = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                ["view"] = new JsonObject { ["stroke"] = null },
                ["axis"] = new JsonObject { ["labelFontSize"] = 11, ["titleFontSize"] = 12, ["gridColor"] = "#eef0f4" },
                ["legend"] = new JsonObject { ["labelFontSize"] = 11, ["titleFontSize"] = 12 },
                ["range"] = new JsonObject { ["category"] = new JsonObject { ["scheme"] = "tableau10" } },
            },
        };
        // Bars get a fixed step per row so that long lists grow downwards instead of squeezing.
        spec["height"] = height is { } h ? h : new JsonObject { ["step"] = 20 };
        return spec;
    }

    private static JsonObject Quantitative(ChartAxis axis)
    {
        var scale = new JsonObject();
        if (axis.Log)
            scale["type"] = "log";
        if (axis.Domain is { } domain)
            scale["domain"] = new JsonArray([.. domain.Select(d => (JsonNode)d)]);
        else if (!axis.Log)
            scale["zero"] = true;
        var axisConfig = new JsonObject { ["format"] = axis.Format, ["tickCount"] = 6 };
        if (axis.TickMinStep is { } step)
            axisConfig["tickMinStep"] = step;
        return new JsonObject { ["field"] = axis.Field, ["type"] = "quantitative", ["title"] = axis.Title, ["scale"] = scale, ["axis"] = axisConfig };
    }

    private static JsonObject Category(string sort) => new() { ["field"] = "name", ["type"] = "nominal", ["title"] = null, ["sort"] = sort };

    private static JsonObject CreatorColour() =>
        new() { ["field"] = "creator", ["type"] = "nominal", ["title"] = "Creator", ["legend"] = new JsonObject { ["orient"] = "bottom", ["columns"] = 4 } };

    private static JsonObject Condition(string test, JsonNode whenTrue, JsonNode whenFalse) =>
        new() { ["condition"] = new JsonObject { ["test"] = test, ["value"] = whenTrue }, ["value"] = whenFalse };

    /// <summary>The shaded "most attractive" quadrant (cheaper and smarter than the median), with dashed median lines.</summary>
    private static JsonObject QuadrantLayer(Quadrant q, ChartAxis x, ChartAxis y) => new()
    {
        ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["x1"] = q.XFrom, ["x2"] = q.XTo, ["y1"] = q.YFrom, ["y2"] = q.YTo }) },
        ["mark"] = new JsonObject { ["type"] = "rect", ["color"] = "#1f7a4a", ["opacity"] = 0.09, ["tooltip"] = null },
        ["encoding"] = new JsonObject
        {
            ["x"] = Quantitative(x with { Field = "x1" }),
            ["x2"] = new JsonObject { ["field"] = "x2" },
            ["y"] = Quantitative(y with { Field = "y1" }),
            ["y2"] = new JsonObject { ["field"] = "y2" },
        },
    };
}
