using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Running;

/// <summary>
/// The completion cache key: SHA-256 of model, messages, generation parameters and epoch (stored as
/// <c>SampleRecord.PromptSha256</c>). Two requests with the same key would be the same draw from the model.
/// </summary>
public static class CacheKey
{
    public static string Of(string modelId, CompletionRequest request, int epoch)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            model = modelId,
            messages = request.Messages.Select(m => new { role = m.Role, content = m.Content }),
            max_tokens = request.MaxTokens,
            temperature = request.Temperature,
            seed = request.Seed,
            stop = request.Stop,
            epoch,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
