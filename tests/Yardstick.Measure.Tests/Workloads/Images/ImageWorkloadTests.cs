using System.Buffers.Binary;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Tests.Workloads.Sessions;
using Yardstick.Measure.Workloads;
using Yardstick.Measure.Workloads.Images;

namespace Yardstick.Measure.Tests.Workloads.Images;

public sealed class ImageWorkloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PerfRunOptions Options(Uri baseUrl, IPerfWorkload workload) => new()
    {
        ApiStyle = "openai-chat", BaseUrl = baseUrl.ToString(), ModelId = "m", Workload = workload, Requests = 2, WarmupRequests = 0, MaxTokens = 4,
    };

    [Fact]
    public async Task Requests_carry_the_images_as_image_url_data_uris_and_the_run_states_their_size()
    {
        // Given a server that reads what it is sent
        await using var server = await ConversationServer.StartAsync(_ => new ChatReply(TimeSpan.Zero, [" a", " cat"]));
        var workload = new ImageWorkload(new PromptLengthWorkload(16), new ImageOptions(2, 40, 30), seed: 5);
        var store = new InMemoryRunStore();

        // When two requests run with two 40×30 images each
        var summary = await new PerfRunner().RunAsync(server.Provider(), Options(server.BaseUrl, workload), store, cancellationToken: Ct);

        // Then each request's user message is a text part and two image_url parts holding PNGs of that size
        Assert.Equal(2, summary.Requests.Ok);
        var pictures = new List<string>();
        foreach (var request in server.Requests)
        {
            var parts = request.Body.GetProperty("messages")[0].GetProperty("content").EnumerateArray().ToList();
            Assert.Equal(["text", "image_url", "image_url"], parts.Select(p => p.GetProperty("type").GetString()));
            foreach (var part in parts.Skip(1))
            {
                var uri = part.GetProperty("image_url").GetProperty("url").GetString()!;
                Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);
                var png = Convert.FromBase64String(uri["data:image/png;base64,".Length..]);
                Assert.Equal((40, 30), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
                pictures.Add(uri);
            }
        }
        // and no two images of the run are the same picture
        Assert.Equal(4, pictures.Distinct().Count());
        // and the run's task and configuration state the images
        var run = await store.GetRunAsync(summary.RunId!, Ct);
        Assert.Equal("prompt-length-16+2img-40x30", run!.Task);
        Assert.Contains("\"image_width_px\":40", run.ConfigurationJson, StringComparison.Ordinal);
        Assert.Contains($"\"image_png_bytes\":{workload.SampleBytes}", run.ConfigurationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_that_refuses_images_gives_failed_samples_with_its_reason()
    {
        // Given a text-only server that refuses image parts as vLLM does
        await using var server = await ConversationServer.StartAsync(_ => ChatReply.Error(400,
            """{"error":{"message":"This model does not support image inputs","type":"BadRequestError"}}"""));
        var workload = new ImageWorkload(new PromptLengthWorkload(16), new ImageOptions(1, 8, 8), seed: 1);
        var store = new InMemoryRunStore();

        // When the run sends images
        var summary = await new PerfRunner().RunAsync(server.Provider(), Options(server.BaseUrl, workload), store, cancellationToken: Ct);

        // Then every sample failed as a client error carrying the server's own words
        var samples = await store.GetSamplesAsync(summary.RunId!, Ct);
        Assert.All(samples, s =>
        {
            Assert.Equal(ErrorKind.ClientError, s.ErrorKind);
            Assert.Contains("does not support image inputs", s.ErrorMessage, StringComparison.Ordinal);
        });
    }
}
