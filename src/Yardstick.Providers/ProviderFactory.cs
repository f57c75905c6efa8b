using Yardstick.Core.Catalog;
using Yardstick.Core.Providers;
using Yardstick.Core.Secrets;
using Yardstick.Providers.Anthropic;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Providers.Retries;

namespace Yardstick.Providers;

/// <summary>
/// Builds HTTP providers from an endpoint description: reads the key from the named environment variable, creates the
/// measuring HttpClient and, unless told otherwise, wraps the provider in bounded retries for 429 and 5xx.
/// </summary>
public static class ProviderFactory
{
    /// <summary>
    /// A provider for <paramref name="endpoint"/>. The returned provider owns its HttpClient for the life of the process
    /// (one per endpoint is the intended use). In-process GGUF endpoints are built by Yardstick.Local, not here.
    /// </summary>
    /// <param name="endpoint">Where and what to call.</param>
    /// <param name="retries">Bounded retries for 429 and 5xx; <c>MaxRetries = 0</c> for none.</param>
    /// <param name="secrets">Learns the endpoint's key, so that whatever the command stores or prints is redacted of it.</param>
    public static ICompletionProvider Create(ProviderEndpoint endpoint, RetryOptions? retries = null, SecretRedactor? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var apiKey = ApiKeys.FromEnvironment(endpoint.ApiKeyEnvironmentVariable);
        secrets?.Register(apiKey);
        var http = ProviderHttpClients.Create(endpoint.ConnectTimeout);
        ICompletionProvider provider = endpoint.ApiStyle switch
        {
            ApiStyle.OpenAiChat => new OpenAiChatProvider(http, new OpenAiChatProviderOptions
            {
                BaseUrl = endpoint.BaseUrl,
                Model = endpoint.Model,
                ApiKey = apiKey,
                ConnectTimeout = endpoint.ConnectTimeout,
                FirstByteTimeout = endpoint.FirstByteTimeout,
                IdleTimeout = endpoint.IdleTimeout,
                SendIgnoreEos = endpoint.SendIgnoreEos,
            }),
            ApiStyle.AnthropicMessages => new AnthropicMessagesProvider(http, new AnthropicMessagesProviderOptions
            {
                BaseUrl = endpoint.BaseUrl,
                Model = endpoint.Model,
                ApiKey = apiKey,
                ConnectTimeout = endpoint.ConnectTimeout,
                FirstByteTimeout = endpoint.FirstByteTimeout,
                IdleTimeout = endpoint.IdleTimeout,
            }),
            _ => throw new ArgumentException($"API style {endpoint.ApiStyle} is not an HTTP style; build it with its own engine.", nameof(endpoint)),
        };
        return retries is { MaxRetries: 0 } ? provider : new RetryingCompletionProvider(provider, retries ?? RetryOptions.Default);
    }

    /// <summary>An OpenAI-compatible provider with the key read from <paramref name="apiKeyEnvironmentVariable"/>, with default retries.</summary>
    public static ICompletionProvider CreateOpenAiChat(Uri baseUrl, string model, string? apiKeyEnvironmentVariable = null) =>
        Create(new ProviderEndpoint { ApiStyle = ApiStyle.OpenAiChat, BaseUrl = baseUrl, Model = model, ApiKeyEnvironmentVariable = apiKeyEnvironmentVariable });
}
