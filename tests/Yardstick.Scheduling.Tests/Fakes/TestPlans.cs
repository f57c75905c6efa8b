using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Tests.Fakes;

internal static class TestPlans
{
    public static readonly PlanReferences References = new(new HashSet<string> { "yardstick-tiny" }, new HashSet<string> { "builtin-arith" });

    public static string Yaml(string every = "1h", string suite = "speed", string extraSuite = "") => $$"""
        endpoints:
          - { name: a, base_url: "http://127.0.0.1:9/v1", model: m, model_slug: yardstick-tiny, api_style: openai-chat }
          - { name: b, base_url: "http://127.0.0.1:9/v1", model: m, model_slug: yardstick-tiny, api_style: openai-chat }
        suites:
          - { name: {{suite}}, endpoints: [a, b], perf: { prompt_tokens: [100], concurrency: [1, 2], requests: 2, max_tokens: 8 }, every: {{every}} }
        {{extraSuite}}
        """;

    public static Plan Load(string yaml)
    {
        var result = PlanLoader.Load("plan.yaml", yaml, References);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Plan!;
    }
}
