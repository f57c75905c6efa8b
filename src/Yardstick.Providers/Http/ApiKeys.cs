using Yardstick.Core.Providers;

namespace Yardstick.Providers.Http;

/// <summary>API keys come only from environment variables named by the user; the key is never logged or stored.</summary>
public static class ApiKeys
{
    /// <summary>
    /// The key in <paramref name="environmentVariable"/>, or null when no variable is named. A named variable that is
    /// unset or empty is an error, so that a typo does not silently send unauthenticated requests.
    /// </summary>
    public static string? FromEnvironment(string? environmentVariable)
    {
        if (string.IsNullOrWhiteSpace(environmentVariable))
            return null;
        var value = Environment.GetEnvironmentVariable(environmentVariable);
        if (string.IsNullOrEmpty(value))
            throw new ProviderException(ErrorKind.ClientError, $"Environment variable {environmentVariable} is not set (it should hold the API key).");
        return value;
    }
}
