using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Web.Tests.Seed;

/// <summary>Cards with the facts of the bundled catalog (DESIGN.md §7 and catalog/models/*.yaml), built in code.</summary>
internal static class SeedCatalog
{
    public const string Gpt41 = "gpt-4.1";
    public const string Gpt4o = "gpt-4o";
    public const string ClaudeSonnet45 = "claude-sonnet-4.5";
    public const string ClaudeHaiku45 = "claude-haiku-4.5";
    public const string Qwen3_4B = "qwen3-4b-reasoning";
    public const string Qwen3_4B_2507 = "qwen3-4b-2507-reasoning";
    public const string Qwen35_4B = "qwen3.5-4b";
    public const string Nanbeige = "nanbeige4.1-3b";

    private static readonly FactSource OpenAiPricing = Published("https://platform.openai.com/docs/pricing");
    private static readonly FactSource AnthropicPricing = Published("https://platform.claude.com/docs/en/about-claude/pricing");
    private static readonly FactSource User = new(FactSourceKind.User, "");

    public static IReadOnlyList<ModelCard> All() =>
        [Gpt41Card(), Gpt4oCard(), Claude(ClaudeSonnet45, "Claude Sonnet 4.5", 3m, 0.3m, 15m, hasSuccessor: true), Claude(ClaudeHaiku45, "Claude Haiku 4.5", 1m, 0.1m, 5m, hasSuccessor: false),
         Qwen3_4BCard(), Qwen3_4B_2507Card(), Qwen35Card(), NanbeigeCard()];

    public static ModelCard Gpt41Card() => new()
    {
        Slug = Gpt41, Name = "GPT-4.1", Creator = "OpenAI",
        Description = "OpenAI's flagship non-reasoning model of the GPT-4.1 family, with a context window of about one million tokens.",
        ReleaseDate = new DateOnly(2025, 4, 1), ContextWindowTokens = 1_047_576, MaxOutputTokens = 32_768,
        Modalities = new Modalities(["text", "image"], ["text"]), Licence = "proprietary", OpenWeights = false, KnowledgeCutoff = "2025-01", Reasoning = false,
        Capabilities = Claims(Published("https://platform.openai.com/docs/models/gpt-4.1"), "vision", "function_calling", "tool_use", "structured_output", "json_mode", "streaming"),
        PublishedScores = [new PublishedScore("mmlu-pro", 81.8, Published("https://openai.com/index/gpt-4-1/"))],
        Endpoints =
        [
            Endpoint(Gpt41, "OpenAI", 2m, 0.5m, 8m, OpenAiPricing, firstParty: true),
            Endpoint(Gpt41, "Azure OpenAI", 2m, 0.5m, 8m, Published("https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/")),
            Endpoint(Gpt41, "OpenRouter", 2m, 0.5m, 8m, Published("https://openrouter.ai/openai/gpt-4.1")),
            Endpoint(Gpt41, "Vercel AI Gateway", 2m, null, 8m, Published("https://vercel.com/ai-gateway/models/gpt-4.1")),
        ],
        FactSources = Sources("https://platform.openai.com/docs/models/gpt-4.1"),
        LastReviewed = new DateOnly(2026, 11, 26),
    };

    public static ModelCard Gpt4oCard() => new()
    {
        Slug = Gpt4o, Name = "GPT-4o", Creator = "OpenAI", ReleaseDate = new DateOnly(2024, 5, 13), ContextWindowTokens = 128_000,
        Modalities = new Modalities(["text", "image"], ["text"]), Licence = "proprietary", OpenWeights = false, Reasoning = false, SuccessorSlug = Gpt41,
        Capabilities = Claims(Published("https://platform.openai.com/docs/models/gpt-4o"), "vision", "function_calling", "tool_use", "structured_output", "json_mode", "streaming"),
        Endpoints =
        [
            Endpoint(Gpt4o, "OpenAI", 2.5m, 1.25m, 10m, OpenAiPricing, firstParty: true),
            Endpoint(Gpt4o, "Azure OpenAI", 2.5m, 1.25m, 10m, Published("https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/")),
        ],
        FactSources = Sources("https://platform.openai.com/docs/models/gpt-4o"),
    };

    private static ModelCard Claude(string slug, string name, decimal input, decimal cached, decimal output, bool hasSuccessor) => new()
    {
        Slug = slug, Name = name, Creator = "Anthropic", ContextWindowTokens = 200_000,
        Modalities = new Modalities(["text", "image"], ["text"]), Licence = "proprietary", OpenWeights = false, Reasoning = false,
        SuccessorSlug = hasSuccessor ? "claude-sonnet-4.6" : null,
        Capabilities = Claims(Published("https://docs.claude.com/en/docs/about-claude/models"), "vision", "reasoning", "function_calling", "tool_use", "streaming"),
        Endpoints = [Endpoint(slug, "Anthropic", input, cached, output, AnthropicPricing, firstParty: true, ApiStyle.AnthropicMessages)],
        FactSources = Sources("https://docs.claude.com/en/docs/about-claude/models"),
    };

    public static ModelCard Qwen3_4BCard() => new()
    {
        Slug = Qwen3_4B, Name = "Qwen3 4B (Reasoning)", Creator = "Alibaba", Description = "Dense 4B model of the Qwen3 family with thinking mode on.",
        ReleaseDate = new DateOnly(2025, 4, 29), ParametersTotalB = 4.0, ParametersActiveB = 4.0, ContextWindowTokens = 32_768,
        Modalities = Modalities.TextOnly, Licence = "Apache 2.0", OpenWeights = true, Reasoning = true, SuccessorSlug = Qwen3_4B_2507,
        Capabilities = Claims(Published("https://huggingface.co/Qwen/Qwen3-4B"), "reasoning", "function_calling", "tool_use"),
        Endpoints = [SelfHosted(Qwen3_4B, "Qwen/Qwen3-4B")],
        FactSources = Sources("https://huggingface.co/Qwen/Qwen3-4B"),
        LastReviewed = new DateOnly(2026, 11, 26),
    };

    public static ModelCard Qwen3_4B_2507Card() => new()
    {
        Slug = Qwen3_4B_2507, Name = "Qwen3 4B 2507 (Reasoning)", Creator = "Alibaba", ReleaseDate = new DateOnly(2025, 8, 6),
        ParametersTotalB = 4.0, ContextWindowTokens = 262_144, Modalities = Modalities.TextOnly, Licence = "Apache 2.0", OpenWeights = true, Reasoning = true,
        Capabilities = Claims(Published("https://huggingface.co/Qwen/Qwen3-4B-Thinking-2507"), "reasoning", "function_calling", "tool_use"),
        PublishedScores = [new PublishedScore("mmlu-pro", 74.0, Published("https://huggingface.co/Qwen/Qwen3-4B-Thinking-2507"))],
        Endpoints = [SelfHosted(Qwen3_4B_2507, "Qwen/Qwen3-4B-Thinking-2507")],
        FactSources = Sources("https://huggingface.co/Qwen/Qwen3-4B-Thinking-2507"),
    };

    public static ModelCard Qwen35Card() => new()
    {
        Slug = Qwen35_4B, Name = "Qwen3.5-4B", Creator = "Alibaba", ReleaseDate = new DateOnly(2026, 3, 2), ParametersTotalB = 4.0, ContextWindowTokens = 262_144,
        Modalities = new Modalities(["text", "image"], ["text"]), Licence = "Apache 2.0", OpenWeights = true, Reasoning = true,
        Capabilities = Claims(Published("https://huggingface.co/Qwen/Qwen3.5-4B"), "vision", "reasoning"),
        PublishedScores = [new PublishedScore("mmlu-pro", 79.1, Published("https://huggingface.co/Qwen/Qwen3.5-4B"))],
        Endpoints = [SelfHosted(Qwen35_4B, "Qwen/Qwen3.5-4B")],
        FactSources = Sources("https://huggingface.co/Qwen/Qwen3.5-4B"),
    };

    public static ModelCard NanbeigeCard() => new()
    {
        Slug = Nanbeige, Name = "Nanbeige4.1-3B", Creator = "Nanbeige", ReleaseDate = new DateOnly(2026, 2, 11), ParametersTotalB = 3.93, ContextWindowTokens = 262_144,
        Modalities = Modalities.TextOnly, Licence = "Apache 2.0", OpenWeights = true, Reasoning = true,
        Capabilities = Claims(Published("https://huggingface.co/Nanbeige/Nanbeige4.1-3B"), "reasoning"),
        Endpoints = [SelfHosted(Nanbeige, "Nanbeige/Nanbeige4.1-3B")],
        FactSources = Sources("https://huggingface.co/Nanbeige/Nanbeige4.1-3B"),
    };

    public static FactSource Published(string url) => new(FactSourceKind.Published, url);

    private static Dictionary<string, FactSource> Sources(string defaultUrl) => new() { ["default"] = Published(defaultUrl) };

    private static List<CapabilityClaim> Claims(FactSource source, params string[] names) =>
        names.Select(n => new CapabilityClaim(n, true, CapabilityStatus.Claimed, source)).ToList();

    private static EndpointCard Endpoint(string slug, string provider, decimal input, decimal? cached, decimal output, FactSource source,
        bool firstParty = false, ApiStyle style = ApiStyle.OpenAiChat) => new()
    {
        Id = $"{slug}@{provider.ToLowerInvariant().Replace(' ', '-')}", ModelSlug = slug, Provider = provider, ApiStyle = style,
        BaseUrl = "https://api.example.org/v1", ModelId = slug, FirstParty = firstParty,
        Price = new TokenPrice(new UsdPerMillionTokens(input), cached is { } c ? new UsdPerMillionTokens(c) : null, new UsdPerMillionTokens(output), source),
    };

    /// <summary>Free self-hosting: listed at $0, which means "no price".</summary>
    private static EndpointCard SelfHosted(string slug, string modelId) => new()
    {
        Id = $"{slug}@self-hosted-vllm", ModelSlug = slug, Provider = "Self-hosted (vLLM)", ApiStyle = ApiStyle.OpenAiChat,
        BaseUrl = "http://127.0.0.1:8000/v1", ModelId = modelId,
        Price = new TokenPrice(new UsdPerMillionTokens(0m), null, new UsdPerMillionTokens(0m), User),
    };
}
