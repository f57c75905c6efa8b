using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class VisionProbeTests
{
    private static string Url(JsonObject body) =>
        body["messages"]![0]!["content"]!.AsArray().First(p => p!["type"]!.GetValue<string>() == "image_url")!["image_url"]!["url"]!.GetValue<string>();

    private static string RightAnswer(JsonObject body) => Requests.LastUserText(body) switch
    {
        { } q when q.Contains("circles", StringComparison.Ordinal) => "4",
        { } q when q.Contains("colour", StringComparison.Ordinal) => "Red.",
        _ => "472",
    };

    [Fact]
    public async Task Right_answers_are_verified_and_both_formats_recorded_as_accepted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => FakeReply.Message(RightAnswer(body)));

        var (outcome, _) = await endpoint.RunAsync(new VisionProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("yes", outcome.Observed["png_accepted"]);
        Assert.Equal("yes", outcome.Observed["jpeg_accepted"]);
        Assert.StartsWith("data:image/png;base64,iVBOR", Url(endpoint.Received[0]), StringComparison.Ordinal);
        Assert.StartsWith("data:image/jpeg;base64,/9j/", Url(endpoint.Received[3]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jpeg_refused_and_png_answered_right_records_the_formats()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => Url(body).StartsWith("data:image/jpeg", StringComparison.Ordinal)
            ? FakeReply.Refuse("messages[0].content", "image/jpeg is not supported")
            : FakeReply.Message(RightAnswer(body)));

        var (outcome, _) = await endpoint.RunAsync(new VisionProbe());

        Assert.Equal("no", outcome.Observed["jpeg_accepted"]);
        Assert.Equal("yes", outcome.Observed["png_accepted"]);
        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(1.0, outcome.Rate);
        Assert.Contains("3 refused with HTTP 400", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_model_that_guesses_is_refuted_and_a_refusal_is_not_supported()
    {
        await using var guessing = await FakeEndpoint.StartAsync(_ => FakeReply.Message("I see a cat."));
        await using var refusing = await FakeEndpoint.StartAsync(_ => FakeReply.Refuse("messages[0].content", "only text parts are supported"));

        Assert.Equal(ProbeVerdict.Refuted, (await guessing.RunAsync(new VisionProbe())).Outcome.Verdict);
        Assert.Equal(ProbeVerdict.NotSupported, (await refusing.RunAsync(new VisionProbe())).Outcome.Verdict);
    }
}
