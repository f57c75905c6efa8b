namespace Yardstick.Providers.Http;

/// <summary>What every streaming HTTP provider needs: where, which model, the key, and its timeouts.</summary>
public abstract class HttpProviderOptions
{
    /// <summary>API root, e.g. <c>http://127.0.0.1:8000/v1</c>; paths such as <c>chat/completions</c> are appended to it.</summary>
    public required Uri BaseUrl { get; init; }

    public required string Model { get; init; }

    /// <summary>The key itself, read from the environment by <see cref="ApiKeys"/>; never logged, described or stored.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Longest wait for the TCP (and TLS) connection; enforced by the handler <see cref="ProviderHttpClients"/> builds.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait from writing the request to the response headers.</summary>
    public TimeSpan FirstByteTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Longest silence between two reads of the body, including before the first event (prefill of a long prompt).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Extra headers sent with every request (never shown by <c>Describe</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Appends <paramref name="relativePath"/> to <see cref="BaseUrl"/> whether or not it ends with a slash.</summary>
    public Uri Endpoint(string relativePath)
    {
        var root = BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
        return new Uri(root, relativePath);
    }

    /// <summary>The base URL without user info or query, safe for logs and run records.</summary>
    public string SafeBaseUrl => BaseUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
