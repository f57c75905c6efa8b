namespace Yardstick.Pricing.Import;

/// <summary>Fetches a live feed (the LiteLLM file's raw URL, or https://openrouter.ai/api/v1/models) as text.</summary>
public sealed class PriceFeedFetcher(HttpClient http)
{
    /// <summary>The feed's body; a non-success status throws <see cref="HttpRequestException"/> naming it.</summary>
    public async Task<string> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
