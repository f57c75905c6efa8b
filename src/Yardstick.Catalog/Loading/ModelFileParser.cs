using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Yardstick.Catalog.Loading;

/// <summary>Parses one model file (schema: docs/catalog.md) into a <see cref="ModelCard"/>, or records why it cannot.</summary>
internal static class ModelFileParser
{
    private static readonly string[] ModelFields =
    [
        "slug", "name", "creator", "description", "release_date", "parameters_total_b", "parameters_active_b",
        "context_window_tokens", "max_output_tokens", "modalities", "licence", "open_weights", "knowledge_cutoff",
        "reasoning", "variants", "successor", "capabilities", "published_scores", "endpoints", "sources", "last_reviewed", "demo",
    ];

    private static readonly string[] KnownModalities = ["text", "image", "audio", "video", "file"];

    public static ModelCard? Parse(string displayPath, string yaml, List<CatalogError> errors)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new CatalogError(displayPath, "(file)", "must hold exactly one YAML mapping"));
                return null;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            errors.Add(new CatalogError(displayPath, "(file)", $"is not valid YAML: {e.Message}", e.Start.Line));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some truncated flow collections instead of a YamlException.
            errors.Add(new CatalogError(displayPath, "(file)", $"is not valid YAML: {e.Message}"));
            return null;
        }

        var before = errors.Count;
        var r = new FieldReader(displayPath, root, "", errors);
        r.RejectUnknown(ModelFields);

        var slug = r.String("slug", required: true, FieldReader.SlugPattern(), "a slug ([a-z0-9][a-z0-9.-]*)");
        var expectedSlug = Path.GetFileNameWithoutExtension(displayPath);
        if (slug is not null && slug != expectedSlug)
            r.Error("slug", $"'{slug}' must equal the file name '{expectedSlug}'", r.Raw("slug"));

        var sources = ParseSources(r);
        var openWeights = r.Bool("open_weights", required: true);
        var totalB = r.Number("parameters_total_b", min: 0, exclusiveMin: true);
        var activeB = r.Number("parameters_active_b", min: 0, exclusiveMin: true);
        if (openWeights == true && totalB is null && r.Raw("parameters_total_b") is null)
            r.Error("parameters_total_b", "is required for open-weights models (it sets the size class)");
        if (totalB is not null && activeB is not null && activeB > totalB)
            r.Error("parameters_active_b", $"{activeB} is more than parameters_total_b {totalB}", r.Raw("parameters_active_b"));

        var modalities = ParseModalities(r);
        var reasoning = r.Bool("reasoning", required: true);
        var variants = r.Mapping("variants");
        variants?.RejectUnknown("reasoning", "non_reasoning");
        var card = new ModelCard
        {
            Slug = slug ?? expectedSlug,
            Name = r.String("name", required: true) ?? "",
            Creator = r.String("creator", required: true) ?? "",
            Description = r.String("description"),
            ReleaseDate = r.Date("release_date"),
            ParametersTotalB = totalB,
            ParametersActiveB = activeB ?? totalB,
            ContextWindowTokens = r.PositiveInteger("context_window_tokens", required: true),
            MaxOutputTokens = r.PositiveInteger("max_output_tokens"),
            Modalities = modalities ?? Modalities.TextOnly,
            Licence = r.String("licence", required: true) ?? "",
            OpenWeights = openWeights ?? false,
            KnowledgeCutoff = r.String("knowledge_cutoff", pattern: FieldReader.MonthOrDatePattern(), patternDescription: "yyyy-MM or yyyy-MM-dd"),
            Reasoning = reasoning ?? false,
            ReasoningVariantSlug = variants?.String("reasoning", pattern: FieldReader.SlugPattern(), patternDescription: "a slug"),
            NonReasoningVariantSlug = variants?.String("non_reasoning", pattern: FieldReader.SlugPattern(), patternDescription: "a slug"),
            SuccessorSlug = r.String("successor", pattern: FieldReader.SlugPattern(), patternDescription: "a slug"),
            Capabilities = ParseCapabilities(r, sources),
            PublishedScores = ParseScores(r, sources),
            Endpoints = ParseEndpoints(r, slug ?? expectedSlug),
            FactSources = sources,
            CatalogFile = displayPath,
            LastReviewed = r.Date("last_reviewed"),
            Demo = r.Bool("demo") ?? false,
        };
        if (card.ReasoningVariantSlug == card.Slug || card.NonReasoningVariantSlug == card.Slug || card.SuccessorSlug == card.Slug)
            r.Error("variants/successor", "a model cannot point to itself");
        return errors.Count == before ? card : null;
    }

    private static Dictionary<string, FactSource> ParseSources(FieldReader r)
    {
        var result = new Dictionary<string, FactSource>(StringComparer.Ordinal);
        var sources = r.Mapping("sources", required: true);
        if (sources is null)
            return result;
        foreach (var key in sources.Keys)
        {
            if (key != "default" && !ModelFields.Contains(key))
                sources.Error(key, $"names no field of the schema (expected 'default' or one of: {string.Join(", ", ModelFields)})");
            var text = sources.String(key, required: true);
            if (text is null)
                continue;
            if (FactSource.TryParse(text) is { } source)
                result[key] = source;
            else
                sources.Error(key, $"'{text}' is not a source (published:<url or document>, measured:<run id> or user)");
        }
        if (!result.ContainsKey("default") && sources.Raw("default") is null)
            sources.Error("default", "is required: the source of every fact without its own entry");
        return result;
    }

    private static Modalities? ParseModalities(FieldReader r)
    {
        var node = r.Mapping("modalities", required: true);
        if (node is null)
            return null;
        node.RejectUnknown("input", "output");
        var input = node.StringList("input", required: true);
        var output = node.StringList("output", required: true);
        foreach (var (field, list) in new[] { ("input", input), ("output", output) })
            foreach (var m in list ?? [])
                if (!KnownModalities.Contains(m))
                    node.Error(field, $"'{m}' is not a modality ({string.Join(", ", KnownModalities)})");
        return input is null || output is null ? null : new Modalities(input, output);
    }

    private static List<CapabilityClaim> ParseCapabilities(FieldReader r, Dictionary<string, FactSource> sources)
    {
        var claims = new List<CapabilityClaim>();
        var node = r.Mapping("capabilities");
        if (node is null)
            return claims;
        var source = sources.GetValueOrDefault("capabilities") ?? sources.GetValueOrDefault("default");
        foreach (var name in node.Keys)
        {
            if (!KnownCapabilities.All.Contains(name))
            {
                node.Error(name, $"is not a known capability ({string.Join(", ", KnownCapabilities.All)})");
                continue;
            }
            if (node.Bool(name, required: true) is { } supported && source is not null)
                claims.Add(new CapabilityClaim(name, supported, CapabilityStatus.Claimed, source));
        }
        return claims;
    }

    private static List<PublishedScore> ParseScores(FieldReader r, Dictionary<string, FactSource> sources)
    {
        var scores = new List<PublishedScore>();
        foreach (var item in r.MappingList("published_scores"))
        {
            item.RejectUnknown("benchmark", "value", "source");
            var benchmark = item.String("benchmark", required: true, FieldReader.SlugPattern(), "a benchmark id");
            var value = item.Number("value", required: true, min: 0);
            if (value > 100)
                item.Error("value", $"{value} is not a percentage (0–100)", item.Raw("value"));
            var source = ReadSource(item) ?? sources.GetValueOrDefault("published_scores") ?? sources.GetValueOrDefault("default");
            if (benchmark is not null && value is not null && source is not null)
                scores.Add(new PublishedScore(benchmark, value.Value, source));
        }
        return scores;
    }

    private static List<EndpointCard> ParseEndpoints(FieldReader r, string modelSlug)
    {
        var endpoints = new List<EndpointCard>();
        foreach (var item in r.MappingList("endpoints"))
        {
            item.RejectUnknown("provider", "first_party", "api_style", "base_url", "model_id", "api_key_env", "price", "hardware");
            var provider = item.String("provider", required: true);
            var style = item.String("api_style", required: true) switch
            {
                null => (ApiStyle?)null,
                "openai-chat" => ApiStyle.OpenAiChat,
                "anthropic-messages" => ApiStyle.AnthropicMessages,
                "in-process-gguf" => ApiStyle.InProcessGguf,
                var other => Invalid(item, "api_style", $"'{other}' is not openai-chat, anthropic-messages or in-process-gguf"),
            };
            var baseUrl = item.String("base_url", required: true);
            if (baseUrl is not null && style is ApiStyle.OpenAiChat or ApiStyle.AnthropicMessages
                && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                item.Error("base_url", $"'{baseUrl}' is not an http(s) URL", item.Raw("base_url"));
            var modelId = item.String("model_id", required: true);
            var keyEnv = item.String("api_key_env", pattern: FieldReader.EnvironmentVariablePattern(), patternDescription: "an environment variable name ([A-Z_][A-Z0-9_]*)");
            var price = ParsePrice(item);
            var hardware = ParseHardware(item);
            if (provider is null || style is null || baseUrl is null || modelId is null)
                continue;
            var id = EndpointIds.For(modelSlug, provider);
            if (endpoints.Any(e => e.Id == id))
            {
                item.Error("provider", $"'{provider}' is listed twice for this model");
                continue;
            }
            endpoints.Add(new EndpointCard
            {
                Id = id,
                ModelSlug = modelSlug,
                Provider = provider,
                ApiStyle = style.Value,
                BaseUrl = baseUrl,
                ModelId = modelId,
                FirstParty = item.Bool("first_party") ?? false,
                ApiKeyEnvironmentVariable = keyEnv,
                Price = price,
                Hardware = hardware,
            });
        }
        return endpoints;
    }

    private static TokenPrice ParsePrice(FieldReader endpoint)
    {
        var node = endpoint.Mapping("price");
        if (node is null)
            return TokenPrice.None;
        node.RejectUnknown("input", "cached_input", "output", "cache_write", "reasoning", "long_context", "source");
        var input = node.Price("input");
        var cached = node.Price("cached_input");
        var output = node.Price("output");
        var cacheWrite = node.Price("cache_write");
        var reasoning = node.Price("reasoning");
        var longContext = ParseLongContext(node);
        var source = ReadSource(node);
        if (source is null && (input is not null || output is not null || cached is not null || cacheWrite is not null || reasoning is not null || longContext is not null))
            node.Error("source", "is required when a price is given (the price list it comes from)");
        return new TokenPrice(Wrap(input), Wrap(cached), Wrap(output), source)
        {
            CacheWrite = Wrap(cacheWrite),
            Reasoning = Wrap(reasoning),
            LongContext = longContext,
        };
    }

    /// <summary><c>long_context: { above_tokens: 200000, input: 6, cached_input: 0.6, output: 22.5 }</c>.</summary>
    private static LongContextTier? ParseLongContext(FieldReader price)
    {
        var node = price.Mapping("long_context");
        if (node is null)
            return null;
        node.RejectUnknown("above_tokens", "input", "cached_input", "output");
        var threshold = node.PositiveInteger("above_tokens", required: true);
        var input = node.Price("input");
        var cached = node.Price("cached_input");
        var output = node.Price("output");
        if (input is null && cached is null && output is null)
            node.Error("input", "a long-context tier needs at least one of input, cached_input, output");
        return threshold is null ? null : new LongContextTier(threshold.Value, Wrap(input), Wrap(cached), Wrap(output));
    }

    /// <summary><c>hardware: { hourly_usd: 2.50, description: "1x L40S on-demand", source: … }</c>.</summary>
    private static HardwareRate? ParseHardware(FieldReader endpoint)
    {
        var node = endpoint.Mapping("hardware");
        if (node is null)
            return null;
        node.RejectUnknown("hourly_usd", "description", "source");
        var hourly = node.Number("hourly_usd", required: true, min: 0, exclusiveMin: true);
        var description = node.String("description");
        var source = ReadSource(node);
        if (source is null && node.Raw("source") is null)
            node.Error("source", "is required: where the hourly figure comes from (a price list, or user)");
        return hourly is null || source is null ? null : new HardwareRate((decimal)hourly.Value, description, source);
    }

    private static UsdPerMillionTokens? Wrap(decimal? value) => value is null ? null : new UsdPerMillionTokens(value.Value);

    private static FactSource? ReadSource(FieldReader node)
    {
        var text = node.String("source");
        if (text is null)
            return null;
        var source = FactSource.TryParse(text);
        if (source is null)
            node.Error("source", $"'{text}' is not a source (published:<url or document>, measured:<run id> or user)", node.Raw("source"));
        return source;
    }

    private static ApiStyle? Invalid(FieldReader node, string field, string reason)
    {
        node.Error(field, reason, node.Raw(field));
        return null;
    }
}
