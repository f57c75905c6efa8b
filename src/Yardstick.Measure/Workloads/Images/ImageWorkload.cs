using System.Globalization;
using System.Text.Json.Nodes;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads.Images;

/// <summary>
/// Adds generated PNG images to the last message of another workload's prompts (vision endpoints): request n's image
/// i is <see cref="PngImage.Generate"/> seeded by (run seed, n, i), so that runs with one seed send the same pictures
/// and no two requests of a run send the same one (a server's image cache cannot help). The name says what is sent
/// (<c>prompt-length-100+2img-512x512</c>); <see cref="Settings"/> states pixels and PNG bytes for the run's configuration.
/// </summary>
public sealed class ImageWorkload : IPerfWorkload, IWorkloadSettings
{
    private readonly IPerfWorkload _inner;
    private readonly int _seed;

    public ImageWorkload(IPerfWorkload inner, ImageOptions images, int seed)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(images.PerRequest, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(images.PerRequest, ImageOptions.MaximumPerRequest);
        (_inner, Images, _seed) = (inner, images, seed);
        SampleBytes = PngImage.Generate(images.Width, images.Height, Seed(0, 0)).Length;
    }

    public ImageOptions Images { get; }

    /// <summary>PNG bytes of the run's first image (the others differ by a few bytes: same size, same tiling).</summary>
    public int SampleBytes { get; }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"{_inner.Name}+{Images.PerRequest}img-{Images.Width}x{Images.Height}");

    public string Version => _inner.Version;

    public JsonObject Settings => new()
    {
        ["images_per_request"] = Images.PerRequest,
        ["image_width_px"] = Images.Width,
        ["image_height_px"] = Images.Height,
        ["image_format"] = "png, sent as an OpenAI image_url data URI (base64)",
        ["image_png_bytes"] = SampleBytes,
    };

    public PerfPrompt Next(int sequence)
    {
        var prompt = _inner.Next(sequence);
        var images = Enumerable.Range(0, Images.PerRequest)
            .Select(i => new ChatImage(PngImage.MediaType, PngImage.Generate(Images.Width, Images.Height, Seed(sequence, i)), Images.Width, Images.Height)).ToArray();
        var messages = prompt.Messages.ToArray();
        messages[^1] = messages[^1] with { Images = images };
        return prompt with { Messages = messages };
    }

    private int Seed(int sequence, int image) => unchecked((_seed * 1_000_003) ^ (sequence * 8_191) ^ (image * 131));
}
