using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Tests.Plans;

public sealed class PlanLoaderTests
{
    private static readonly PlanReferences References = new(
        new HashSet<string> { "qwen3-4b", "yardstick-tiny" }, new HashSet<string> { "gsm8k", "ifeval", "builtin-arith" });

    private const string IssuePlan = """
        endpoints:
          - name: local-vllm
            base_url: http://127.0.0.1:8000/v1
            model: Qwen/Qwen3-4B
            model_slug: qwen3-4b
            api_style: openai-chat
            api_key_env: VLLM_KEY
            hardware: { hourly_usd: 1.2, description: 1x L4, source: "published:https://example.com/prices" }
            location: eu
        suites:
          - name: speed
            endpoints: [local-vllm]
            perf: { prompt_tokens: [100, 1000, 10000], concurrency: [1, 10], requests: 20, max_tokens: 500 }
            every: 3h
            locations: [eu, us]
          - name: intelligence
            endpoints: [local-vllm]
            evals: [ { eval: gsm8k, limit: 200 }, { eval: ifeval } ]
            cron: "0 0 */3 * * ?"
        """;

    [Fact]
    public void The_issue_plan_loads_with_its_suites_steps_and_work()
    {
        // Given the plan shape of the issue
        // When it is loaded
        var result = PlanLoader.Load("plan.yaml", IssuePlan, References);

        // Then it is valid and says what each fire runs
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var plan = result.Plan!;
        var endpoint = Assert.Single(plan.Endpoints);
        Assert.Equal(new Uri("http://127.0.0.1:8000/v1"), endpoint.BaseUrl);
        Assert.Equal("VLLM_KEY", endpoint.ApiKeyEnv);
        Assert.Equal(1.2m, endpoint.Hardware?.HourlyUsd);
        Assert.Equal(TimeSpan.FromHours(3), plan.Suites[0].Schedule.Every);
        Assert.Equal("0 0 */3 * * ?", plan.Suites[1].Schedule.Cron);
        Assert.Equal(["speed/local-vllm@eu", "speed/local-vllm@us", "intelligence/local-vllm"], plan.Work().Select(w => w.Key));
        Assert.Equal(["perf-p100-c1", "perf-p100-c10", "perf-p1000-c1", "perf-p1000-c10", "perf-p10000-c1", "perf-p10000-c10"],
            plan.Work()[0].Steps().Select(s => s.Name));
        Assert.Equal([new EvalPlan("gsm8k", 200), new EvalPlan("ifeval")], plan.Suites[1].Evals);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_its_line_and_field()
    {
        // Given a plan with a duplicate endpoint, an unknown slug, an unknown endpoint, a bad duration, a bad cron and an unknown eval
        const string yaml = """
            endpoints:
              - name: a
                base_url: http://127.0.0.1:8000/v1
                model: m
                model_slug: no-such-model
                api_style: openai-chat
              - name: a
                base_url: not a url
                model: m
                model_slug: qwen3-4b
                api_style: grpc
            suites:
              - name: s
                endpoints: [a, b]
                perf: { prompt_tokens: [100] }
                every: 3 hours
              - name: t
                endpoints: [a]
                evals: [ { eval: nope } ]
                cron: "every day"
            """;

        // When it is loaded
        var result = PlanLoader.Load("plan.yaml", yaml, References);

        // Then each problem is named with file, line and field, and there is no plan
        Assert.Null(result.Plan);
        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("plan.yaml:5: endpoints[0].model_slug: 'no-such-model' is no model in the catalog", messages);
        Assert.Contains("plan.yaml:7: endpoints[1].name: 'a' names another endpoint too", messages);
        Assert.Contains(messages, m => m.StartsWith("plan.yaml:8: endpoints[1].base_url: 'not a url' is not an http(s) URL", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("plan.yaml:11: endpoints[1].api_style: 'grpc' is not one of", StringComparison.Ordinal));
        Assert.Contains("plan.yaml:14: suites[0].endpoints: 'b' is no endpoint of this plan", messages);
        Assert.Contains(messages, m => m.StartsWith("plan.yaml:16: suites[0].every: '3 hours' is not a duration", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("plan.yaml:19: suites[1].evals[0].eval: 'nope' is not one of: builtin-arith, gsm8k, ifeval", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("plan.yaml:20: suites[1].cron: 'every day' is not a Quartz cron expression", StringComparison.Ordinal));
        Assert.Equal(8, result.Errors.Count);
    }

    [Fact]
    public void A_gguf_endpoint_names_its_file_and_needs_no_url()
    {
        // Given an in-process endpoint
        const string yaml = """
            endpoints:
              - { name: tiny, api_style: gguf, gguf: /data/models/yardstick-tiny.gguf, model_slug: yardstick-tiny }
            suites:
              - { name: probe, endpoints: [tiny], perf: { prompt_tokens: [100], concurrency: [1], requests: 4, max_tokens: 32 }, every: 30m }
            """;

        // When it is loaded
        var result = PlanLoader.Load("plan.yaml", yaml, References);

        // Then the file is the endpoint and the model label defaults to its name
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var endpoint = result.Plan!.Endpoints[0];
        Assert.Null(endpoint.BaseUrl);
        Assert.Equal("yardstick-tiny", endpoint.Model);
        Assert.Equal(TimeSpan.FromMinutes(30), result.Plan.Suites[0].Schedule.Every);
    }

    private const string BadHardware = "endpoints:\n  - { name: e, base_url: http://x/v1, model: m, model_slug: qwen3-4b, api_style: openai-chat, hardware: ";

    [Theory]
    [InlineData("suites: []", "plan.yaml:1: endpoints: is required")]
    [InlineData("endpoints: []\nsuites:\n  - { name: s, endpoints: [], every: 1h }", "plan.yaml:3: suites[0].perf: a suite needs perf, evals or probes")]
    [InlineData("endpoints: []\nsuites:\n  - { name: s, endpoints: [], evals: [{eval: gsm8k}], every: 1h, cron: \"0 0 * * * ?\" }", "plan.yaml:3: suites[0].cron: give either every or cron, not both")]
    [InlineData("endpoints: []\nsuites:\n  - { name: s, endpoints: [], evals: [{eval: gsm8k}] }", "plan.yaml:3: suites[0].every: is required (or cron)")]
    [InlineData("endpoints: [\n", "plan.yaml:")]
    [InlineData(BadHardware + "{ description: 1x L4 } }", "plan.yaml:2: endpoints[0].hardware.hourly_usd: is required")]
    [InlineData(BadHardware + "{ hourly_usd: 0 } }", "plan.yaml:2: endpoints[0].hardware.hourly_usd: is required")]
    [InlineData(BadHardware + "{ hourly_usd: 1, source: a blog } }", "plan.yaml:2: endpoints[0].hardware.source: 'a blog' is not published:")]
    public void A_bad_plan_says_what_is_wrong(string yaml, string expected)
    {
        var result = PlanLoader.Load("plan.yaml", yaml, References);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ hourly_usd: 2.5, description: 1x L40S, source: \"published:https://example.com/l40s\" }", 2.5, "1x L40S", "published:https://example.com/l40s")]
    [InlineData("{ hourly_usd: 0.8 }", 0.8, null, "user")]
    public void An_endpoint_hardware_becomes_the_rate_its_perf_runs_store(string hardware, double hourlyUsd, string? description, string source)
    {
        // Given an endpoint with hardware
        var yaml = BadHardware + hardware + " }\nsuites:\n  - { name: s, endpoints: [e], perf: { requests: 2 }, every: 1h }";

        // When the plan is loaded
        var result = PlanLoader.Load("plan.yaml", yaml, References);

        // Then the endpoint's rate is the hardware's, with its source (the plan's author when none is named)
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var rate = Assert.Single(result.Plan!.Endpoints).Hardware?.ToRate();
        Assert.NotNull(rate);
        Assert.Equal((decimal)hourlyUsd, rate.HourlyUsd);
        Assert.Equal(description, rate.Description);
        Assert.Equal(source, rate.Source?.ToString());
    }
}
