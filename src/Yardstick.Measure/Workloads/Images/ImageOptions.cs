using System.Globalization;

namespace Yardstick.Measure.Workloads.Images;

/// <summary>Images sent with every request: how many and their size in pixels; <see cref="Parse"/> reads <c>WxH</c>.</summary>
public sealed record ImageOptions(int PerRequest, int Width, int Height)
{
    public const int MaximumPerRequest = 64;

    public static (int Width, int Height)? Parse(string size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var parts = size.Split('x', 'X');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width is >= 1 and <= PngImage.MaximumSide && height is >= 1 and <= PngImage.MaximumSide
            ? (width, height) : null;
    }
}
