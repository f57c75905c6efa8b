using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

internal static class TestProviders
{
    public static OpenAiChatProvider OpenAi(Uri baseUrl, TimeSpan? firstByte = null, TimeSpan? idle = null, TimeSpan? connect = null, string? apiKey = null,
        bool sendIgnoreEos = false)
    {
        var connectTimeout = connect ?? TimeSpan.FromSeconds(5);
        return new OpenAiChatProvider(ProviderHttpClients.Create(connectTimeout), new OpenAiChatProviderOptions
        {
            BaseUrl = baseUrl,
            Model = "test-model",
            ApiKey = apiKey,
            ConnectTimeout = connectTimeout,
            FirstByteTimeout = firstByte ?? TimeSpan.FromSeconds(10),
            IdleTimeout = idle ?? TimeSpan.FromSeconds(10),
            SendIgnoreEos = sendIgnoreEos,
        });
    }
}
