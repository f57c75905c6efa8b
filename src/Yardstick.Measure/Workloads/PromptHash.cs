using System.Security.Cryptography;
using System.Text;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads;

/// <summary>SHA-256 of a request's messages (role and content, length-prefixed so that no two lists collide), hex.</summary>
public static class PromptHash
{
    public static string Of(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var builder = new StringBuilder();
        foreach (var message in messages)
            builder.Append(message.Role.Length).Append(':').Append(message.Role).Append(message.Content.Length).Append(':').Append(message.Content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
