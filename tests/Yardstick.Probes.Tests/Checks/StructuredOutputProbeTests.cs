using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class StructuredOutputProbeTests
{
    /// <summary>A conforming answer for each schema, keyed by the json_schema name the probe sends.</summary>
    private static readonly Dictionary<string, string> Conforming = new()
    {
        ["flat"] = """{"name":"Ada","age":36}""",
        ["enum_array"] = """{"colour":"green","words":["leaf","grass","go"]}""",
        ["nested"] = """{"order_id":"A1","customer":{"name":"Ada","email":"ada@example.com"},"items":[{"sku":"X","quantity":2,"unit_price":3.5}]}""",
        ["union_nullable"] = """{"shape":{"kind":"circle","radius":2},"note":null}""",
    };

    [Fact]
    public async Task Conforming_answers_to_every_schema_are_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
            FakeReply.Message(Conforming[body["response_format"]!["json_schema"]!["name"]!.GetValue<string>()]));

        var (outcome, _) = await endpoint.RunAsync(new StructuredOutputProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(4, outcome.Answered);
        Assert.True(endpoint.Received[0]["response_format"]!["json_schema"]!["strict"]!.GetValue<bool>());
    }

    [Fact]
    public async Task One_answer_that_breaks_its_schema_refutes_strict_mode_with_the_adherence_rate()
    {
        // Given an endpoint that gets the hardest schema wrong (a rectangle without its height)
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
        {
            var name = body["response_format"]!["json_schema"]!["name"]!.GetValue<string>();
            return FakeReply.Message(name == "union_nullable" ? """{"shape":{"kind":"rectangle","width":2},"note":null}""" : Conforming[name]);
        });

        var (outcome, _) = await endpoint.RunAsync(new StructuredOutputProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal(0.75, outcome.Rate);
        Assert.Equal("invalid", outcome.Observed["union-nullable"]);
    }

    [Fact]
    public async Task Prose_instead_of_json_is_refuted_and_a_refusal_is_not_supported()
    {
        await using var prose = await FakeEndpoint.StartAsync(_ => FakeReply.Message("Sure! Here is a person: Ada, 36."));
        await using var refusing = await FakeEndpoint.StartAsync(_ => FakeReply.Refuse("response_format", "response_format json_schema is not supported"));

        Assert.Equal(ProbeVerdict.Refuted, (await prose.RunAsync(new StructuredOutputProbe())).Outcome.Verdict);
        Assert.Equal(ProbeVerdict.NotSupported, (await refusing.RunAsync(new StructuredOutputProbe())).Outcome.Verdict);
    }
}
