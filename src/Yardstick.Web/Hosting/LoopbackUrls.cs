using System.Globalization;

namespace Yardstick.Web.Hosting;

/// <summary>The addresses the site listens on: 127.0.0.1 only (or another loopback address the caller names).</summary>
internal static class LoopbackUrls
{
    public static string Resolve(SiteOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Urls))
        {
            if (options.Port is < 0 or > 65535)
                throw new ArgumentException($"Port {options.Port} is not between 0 and 65535.", nameof(options));
            return string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Port}");
        }
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new ArgumentException($"'{url}' is not an http(s) address such as http://127.0.0.1:5080.", nameof(options));
            if (!uri.IsLoopback)
                throw new ArgumentException($"'{url}' is not a loopback address: the site binds to 127.0.0.1 only.", nameof(options));
        }
        return string.Join(';', urls);
    }
}
