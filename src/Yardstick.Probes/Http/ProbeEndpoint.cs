using Yardstick.Probes.Apis;

namespace Yardstick.Probes.Http;

/// <summary>Where probes send their requests: the API root, its style, the model id and the key (read from the environment).</summary>
public sealed record ProbeEndpoint
{
    /// <summary>API root, e.g. <c>http://127.0.0.1:8000/v1</c>.</summary>
    public required Uri BaseUrl { get; init; }
    public required string Model { get; init; }
    public required ProbeApi Api { get; init; }
    /// <summary>Never logged, described or stored.</summary>
    public string? ApiKey { get; init; }
    /// <summary>Longest wait for one whole answer (long-context cases prefill for a while).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>The base URL without user info or query, safe for run records.</summary>
    public string SafeBaseUrl => BaseUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public Uri Url(string relativePath)
    {
        var root = BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
        return new Uri(root, relativePath);
    }
}
