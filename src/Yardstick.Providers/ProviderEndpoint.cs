using Yardstick.Core.Catalog;

namespace Yardstick.Providers;

/// <summary>
/// What a command line or a catalog endpoint says about where to send requests. The key is named by its environment
/// variable, never given itself.
/// </summary>
public sealed record ProviderEndpoint
{
    public required ApiStyle ApiStyle { get; init; }
    public required Uri BaseUrl { get; init; }
    public required string Model { get; init; }
    public string? ApiKeyEnvironmentVariable { get; init; }
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan FirstByteTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>OpenAI-compatible servers only: send <c>ignore_eos</c> when a request asks to run to its limit.</summary>
    public bool SendIgnoreEos { get; init; }
}
