namespace Yardstick.Core.Providers;

/// <summary>An image sent with a message (vision endpoints): its encoded bytes, media type and size in pixels.</summary>
public sealed record ChatImage(string MediaType, byte[] Data, int Width, int Height)
{
    /// <summary>The image as a <c>data:</c> URI (base64), the form OpenAI's <c>image_url</c> accepts.</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Data)}";
}
