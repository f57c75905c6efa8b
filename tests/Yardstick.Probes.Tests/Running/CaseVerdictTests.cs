using Yardstick.Core.Probes;
using Yardstick.Core.Providers;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Tests.Running;

public sealed class CaseVerdictTests
{
    private static ProbeCase Case(int? status, bool? passed, ErrorKind transport = ErrorKind.None)
    {
        var probeCase = new ProbeCase(new ProbeExchange
        {
            Sequence = 0, PromptId = "p/c", RequestBody = "{}", Stream = false, StartedUtc = DateTimeOffset.UnixEpoch,
            StatusCode = status, TransportError = transport, ResponseText = status >= 400 ? "{\"error\":{\"message\":\"nope\"}}" : "{}",
            Json = status >= 400 ? System.Text.Json.Nodes.JsonNode.Parse("{\"error\":{\"message\":\"nope\"}}") : null,
        });
        if (passed is { } p)
            probeCase.Judge(p, p ? "ok" : "wrong");
        return probeCase;
    }

    public static TheoryData<string, ProbeVerdict, double?> Tables => new()
    {
        // cases: status:passed (p pass, f fail, - not judged); x = connection refused
        { "200:p 200:p 200:p", ProbeVerdict.Verified, 1.0 },
        { "200:p 200:p 200:f", ProbeVerdict.Verified, 2.0 / 3 },
        { "200:p 200:f 200:f", ProbeVerdict.Refuted, 1.0 / 3 },
        { "400:- 400:-", ProbeVerdict.NotSupported, null },
        { "422:- 400:-", ProbeVerdict.NotSupported, null },
        { "500:- 500:-", ProbeVerdict.Inconclusive, null },
        { "404:- 404:-", ProbeVerdict.Inconclusive, null },
        { "429:-", ProbeVerdict.Inconclusive, null },
        { "x:-", ProbeVerdict.Inconclusive, null },
        { "400:- x:-", ProbeVerdict.Inconclusive, null },
        { "200:p 200:p 400:-", ProbeVerdict.Verified, 2.0 / 3 },
        { "200:p 400:- 400:-", ProbeVerdict.Refuted, 1.0 / 3 },
        { "200:- 200:-", ProbeVerdict.Inconclusive, null },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Verdict_follows_the_pass_rule_of_two_in_three(string cases, ProbeVerdict expected, double? rate)
    {
        var list = cases.Split(' ').Select(c => c.Split(':')).Select(p => Case(
            p[0] == "x" ? null : int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture),
            p[1] switch { "p" => true, "f" => false, _ => null },
            p[0] == "x" ? ErrorKind.ConnectionRefused : ErrorKind.None)).ToList();

        var outcome = CaseVerdict.Decide(new SystemPromptProbe(), list, 2.0 / 3, "test");

        Assert.Equal(expected, outcome.Verdict);
        if (rate is null)
            Assert.Null(outcome.Rate);
        else
            Assert.Equal(rate.Value, outcome.Rate!.Value, 6);
    }

    [Fact]
    public void Refusals_are_recorded_not_scored_when_asked()
    {
        var outcome = CaseVerdict.Decide(new VisionProbe(), [Case(200, true), Case(400, null)], 2.0 / 3, "test", countRefusals: false);

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(1.0, outcome.Rate);
    }
}
