using SkiaSharp;

namespace Yardstick.Probes.Images;

/// <summary>
/// Draws the vision probe's images with known content, so that the right answer is known without a dataset: a count
/// of circles, the colour of a square, and a number drawn as seven-segment digits (no font, so no system dependency).
/// Each is encoded as PNG and as JPEG.
/// </summary>
public static class TestImages
{
    private const int Size = 256;

    // Segments a–g of each digit: top, upper right, lower right, bottom, lower left, upper left, middle.
    private static readonly string[] Segments = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"];

    public static IReadOnlyList<TestImage> All { get; } =
    [
        Draw("circles", "How many circles are in this image? Answer with a number only.", ["4", "four"], canvas => Circles(canvas, 4, SKColors.Blue)),
        Draw("colour", "What colour is the square in this image? Answer with one word.", ["red"], canvas => Square(canvas, SKColors.Red)),
        Draw("number", "What number is shown in this image? Answer with the digits only.", ["472"], canvas => Number(canvas, "472")),
    ];

    private static TestImage Draw(string name, string question, string[] accepted, Action<SKCanvas> paint)
    {
        using var bitmap = new SKBitmap(Size, Size);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            paint(canvas);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return new TestImage(name, question, accepted, png.ToArray(), jpeg.ToArray());
    }

    private static void Circles(SKCanvas canvas, int count, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var i = 0; i < count; i++)
            canvas.DrawCircle(64 + i % 2 * 128, 64 + i / 2 * 128, 40, paint);
    }

    private static void Square(SKCanvas canvas, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
        canvas.DrawRect(48, 48, 160, 160, paint);
    }

    private static void Number(SKCanvas canvas, string digits)
    {
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        const float width = 56, height = 112, thick = 10, gap = 18;
        var left = (Size - (digits.Length * width + (digits.Length - 1) * gap)) / 2;
        const float top = (Size - height) / 2;
        foreach (var digit in digits)
        {
            foreach (var segment in Segments[digit - '0'])
                canvas.DrawRect(Segment(segment, left, top, width, height, thick), paint);
            left += width + gap;
        }
    }

    private static SKRect Segment(char segment, float x, float y, float w, float h, float t) => segment switch
    {
        'a' => SKRect.Create(x, y, w, t),
        'b' => SKRect.Create(x + w - t, y, t, h / 2),
        'c' => SKRect.Create(x + w - t, y + h / 2, t, h / 2),
        'd' => SKRect.Create(x, y + h - t, w, t),
        'e' => SKRect.Create(x, y + h / 2, t, h / 2),
        'f' => SKRect.Create(x, y, t, h / 2),
        _ => SKRect.Create(x, y + (h - t) / 2, w, t),
    };
}
