using System.Globalization;
using Quartz;
using Yardstick.Catalog.Loading;
using Yardstick.Core.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Yardstick.Scheduling.Plans;

/// <summary>
/// Reads a plan file (schema: docs/scale-out.md) and checks it against the catalog and the known evals, reporting every
/// error at once with its file, line and field, as the catalog loader does.
/// </summary>
public static class PlanLoader
{
    private static readonly string[] RootFields = ["endpoints", "suites"];
    private static readonly string[] EndpointFields = ["name", "base_url", "gguf", "model", "model_slug", "api_style", "api_key_env", "hardware", "location"];
    private static readonly string[] SuiteFields = ["name", "endpoints", "perf", "evals", "probes", "every", "cron", "locations"];
    private static readonly string[] PerfFields = ["prompt_tokens", "concurrency", "requests", "max_tokens"];

    public static PlanLoadResult LoadFile(string path, PlanReferences references) =>
        File.Exists(path)
            ? Load(Path.GetFileName(path), File.ReadAllText(path), references)
            : new PlanLoadResult(null, [new CatalogError(path, "(file)", "does not exist")]);

    public static PlanLoadResult Load(string fileName, string yaml, PlanReferences references)
    {
        var errors = new List<CatalogError>();
        if (ReadRoot(fileName, yaml, errors) is not { } root)
            return new PlanLoadResult(null, errors);
        var r = new FieldReader(fileName, root, "", errors);
        r.RejectUnknown(RootFields);
        var endpoints = ReadEndpoints(r, references);
        var suites = ReadSuites(r, endpoints, references);
        if (r.Raw("endpoints") is null)
            r.Error("endpoints", "is required");
        if (r.Raw("suites") is null)
            r.Error("suites", "is required");
        var plan = new Plan { Endpoints = endpoints, Suites = suites };
        return new PlanLoadResult(errors.Count == 0 ? plan : null, errors);
    }

    private static YamlMappingNode? ReadRoot(string fileName, string yaml, List<CatalogError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
                return mapping;
            errors.Add(new CatalogError(fileName, "(file)", "must hold exactly one YAML mapping"));
        }
        catch (YamlException e)
        {
            errors.Add(new CatalogError(fileName, "(file)", $"is not valid YAML: {e.Message}", e.Start.Line));
        }
        catch (InvalidOperationException e)
        {
            errors.Add(new CatalogError(fileName, "(file)", $"is not valid YAML: {e.Message}"));
        }
        return null;
    }

    private static List<PlanEndpoint> ReadEndpoints(FieldReader r, PlanReferences references)
    {
        var endpoints = new List<PlanEndpoint>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in r.MappingList("endpoints"))
        {
            e.RejectUnknown(EndpointFields);
            var name = e.String("name", required: true, FieldReader.SlugPattern(), "a name ([a-z0-9][a-z0-9.-]*)");
            if (name is not null && !names.Add(name))
                e.Error("name", $"'{name}' names another endpoint too", e.Raw("name"));
            var style = e.String("api_style", required: true);
            if (style is not null && !PlanApiStyles.All.Contains(style))
                e.Error("api_style", $"'{style}' is not one of: {string.Join(", ", PlanApiStyles.All)}", e.Raw("api_style"));
            var baseUrl = ReadBaseUrl(e, style);
            var gguf = e.String("gguf", required: style == PlanApiStyles.Gguf);
            if (gguf is not null && style != PlanApiStyles.Gguf)
                e.Error("gguf", "is only for api_style gguf", e.Raw("gguf"));
            var slug = e.String("model_slug", required: true, FieldReader.SlugPattern(), "a slug");
            if (slug is not null && !references.ModelSlugs.Contains(slug))
                e.Error("model_slug", $"'{slug}' is no model in the catalog", e.Raw("model_slug"));
            var model = e.String("model", required: style != PlanApiStyles.Gguf);
            var endpoint = new PlanEndpoint
            {
                Name = name ?? "",
                ApiStyle = style ?? "",
                BaseUrl = baseUrl,
                GgufPath = gguf,
                Model = model ?? (gguf is null ? "" : Path.GetFileNameWithoutExtension(gguf)),
                ModelSlug = slug ?? "",
                ApiKeyEnv = e.String("api_key_env", pattern: FieldReader.EnvironmentVariablePattern(), patternDescription: "an environment variable name"),
                Hardware = ReadHardware(e),
                Location = e.String("location", pattern: FieldReader.SlugPattern(), patternDescription: "a location label ([a-z0-9][a-z0-9.-]*)"),
            };
            if (name is not null)
                endpoints.Add(endpoint);
        }
        return endpoints;
    }

    private static Uri? ReadBaseUrl(FieldReader e, string? style)
    {
        var text = e.String("base_url", required: style is PlanApiStyles.OpenAiChat or PlanApiStyles.Anthropic);
        if (text is null)
            return null;
        if (style == PlanApiStyles.Gguf)
            e.Error("base_url", "is for HTTP endpoints; api_style gguf names its file with gguf", e.Raw("base_url"));
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri;
        e.Error("base_url", $"'{text}' is not an http(s) URL", e.Raw("base_url"));
        return null;
    }

    private static PlanHardware? ReadHardware(FieldReader e)
    {
        var h = e.Mapping("hardware");
        if (h is null)
            return null;
        h.RejectUnknown("hourly_usd", "description", "source");
        // A rate is what the measured self-hosting cost divides by: without a positive one, hardware would be silently ignored.
        var hourly = h.Price("hourly_usd");
        if (hourly == 0 || (hourly is null && h.Raw("hourly_usd") is null))
            h.Error("hourly_usd", "is required: what the hardware costs an hour in USD, above 0", h.Raw("hourly_usd"));
        var source = h.String("source");
        if (source is not null && FactSource.TryParse(source) is null)
            h.Error("source", $"'{source}' is not published:<url or document>, measured:<run id> or user", h.Raw("source"));
        return new PlanHardware(hourly, h.String("description"), source);
    }

    private static List<PlanSuite> ReadSuites(FieldReader r, List<PlanEndpoint> endpoints, PlanReferences references)
    {
        var suites = new List<PlanSuite>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var known = endpoints.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var s in r.MappingList("suites"))
        {
            s.RejectUnknown(SuiteFields);
            var name = s.String("name", required: true, FieldReader.SlugPattern(), "a name ([a-z0-9][a-z0-9.-]*)");
            if (name is not null && !names.Add(name))
                s.Error("name", $"'{name}' names another suite too", s.Raw("name"));
            var suiteEndpoints = s.StringList("endpoints", required: true) ?? [];
            foreach (var endpoint in suiteEndpoints.Where(e => !known.Contains(e)))
                s.Error("endpoints", $"'{endpoint}' is no endpoint of this plan", s.Raw("endpoints"));
            if (suiteEndpoints.Distinct().Count() != suiteEndpoints.Count)
                s.Error("endpoints", "names an endpoint twice", s.Raw("endpoints"));
            var perf = ReadPerf(s);
            var evals = ReadEvals(s, references);
            var probes = s.StringList("probes") ?? [];
            if (perf is null && evals.Count == 0 && probes.Count == 0 && s.Raw("perf") is null && s.Raw("evals") is null)
                s.Error("perf", "a suite needs perf, evals or probes");
            var locations = s.StringList("locations") ?? [];
            foreach (var location in locations.Where(l => !FieldReader.SlugPattern().IsMatch(l)))
                s.Error("locations", $"'{location}' is not a location label ([a-z0-9][a-z0-9.-]*)", s.Raw("locations"));
            if (locations.Distinct().Count() != locations.Count)
                s.Error("locations", "names a location twice", s.Raw("locations"));
            var schedule = ReadSchedule(s);
            if (name is not null && schedule is not null)
                suites.Add(new PlanSuite
                {
                    Name = name, Endpoints = suiteEndpoints, Perf = perf, Evals = evals, Probes = probes, Schedule = schedule, Locations = locations,
                });
        }
        return suites;
    }

    private static PerfPlan? ReadPerf(FieldReader s)
    {
        var p = s.Mapping("perf");
        if (p is null)
            return null;
        p.RejectUnknown(PerfFields);
        var promptTokens = PositiveIntegers(p, "prompt_tokens", minimum: 16);
        var concurrency = PositiveIntegers(p, "concurrency", minimum: 1);
        return new PerfPlan
        {
            PromptTokens = promptTokens.Count > 0 ? promptTokens : [100],
            Concurrency = concurrency.Count > 0 ? concurrency : [1],
            Requests = (int)(p.PositiveInteger("requests") ?? 20),
            MaxTokens = (int)(p.PositiveInteger("max_tokens") ?? 500),
        };
    }

    private static List<int> PositiveIntegers(FieldReader p, string field, int minimum)
    {
        var values = new List<int>();
        foreach (var text in p.StringList(field) ?? [])
        {
            if (int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
                values.Add(value);
            else
                p.Error(field, $"'{text}' is not a whole number of at least {minimum}", p.Raw(field));
        }
        return values;
    }

    private static List<EvalPlan> ReadEvals(FieldReader s, PlanReferences references)
    {
        var evals = new List<EvalPlan>();
        foreach (var e in s.MappingList("evals"))
        {
            e.RejectUnknown("eval", "limit");
            var id = e.String("eval", required: true);
            if (id is not null && !references.EvalIds.Contains(id))
                e.Error("eval", $"'{id}' is not one of: {string.Join(", ", references.EvalIds.Order(StringComparer.Ordinal))}", e.Raw("eval"));
            var limit = e.PositiveInteger("limit");
            if (id is not null)
                evals.Add(new EvalPlan(id, limit is null ? null : (int)limit));
        }
        if (evals.Select(e => e.Eval).Distinct().Count() != evals.Count)
            s.Error("evals", "names an eval twice", s.Raw("evals"));
        return evals;
    }

    private static SuiteSchedule? ReadSchedule(FieldReader s)
    {
        var every = s.String("every");
        var cron = s.String("cron");
        if (every is not null && cron is not null)
        {
            s.Error("cron", "give either every or cron, not both", s.Raw("cron"));
            return null;
        }
        if (every is not null)
        {
            if (SuiteSchedule.ParseDuration(every) is { } interval)
                return SuiteSchedule.Interval(interval);
            s.Error("every", $"'{every}' is not a duration (e.g. 90s, 30m, 3h, 7d, 1h30m)", s.Raw("every"));
            return null;
        }
        if (cron is not null)
        {
            if (CronExpression.TryParse(cron, out _))
                return SuiteSchedule.OnCron(cron);
            s.Error("cron", $"'{cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 */3 * * ?\")", s.Raw("cron"));
            return null;
        }
        s.Error("every", "is required (or cron)");
        return null;
    }
}
