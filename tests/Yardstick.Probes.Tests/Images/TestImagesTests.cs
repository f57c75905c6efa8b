using SkiaSharp;
using Yardstick.Probes.Images;

namespace Yardstick.Probes.Tests.Images;

public sealed class TestImagesTests
{
    [Fact]
    public void Every_image_decodes_as_png_and_jpeg_at_its_size()
    {
        foreach (var image in TestImages.All)
        {
            using var png = SKBitmap.Decode(image.Png);
            using var jpeg = SKBitmap.Decode(image.Jpeg);
            Assert.Equal(256, png.Width);
            Assert.Equal(256, jpeg.Height);
        }
    }

    [Fact]
    public void The_colour_image_is_red_in_the_middle_and_white_in_the_corner()
    {
        using var png = SKBitmap.Decode(TestImages.All.Single(i => i.Name == "colour").Png);

        Assert.Equal(SKColors.Red, png.GetPixel(128, 128));
        Assert.Equal(SKColors.White, png.GetPixel(2, 2));
    }

    [Fact]
    public void The_circle_image_has_four_circles()
    {
        using var png = SKBitmap.Decode(TestImages.All.Single(i => i.Name == "circles").Png);

        // Each quadrant's centre is inside one circle; the centre of the image is between them.
        Assert.All(new[] { (64, 64), (192, 64), (64, 192), (192, 192) }, p => Assert.Equal(SKColors.Blue, png.GetPixel(p.Item1, p.Item2)));
        Assert.Equal(SKColors.White, png.GetPixel(128, 128));
    }
}
