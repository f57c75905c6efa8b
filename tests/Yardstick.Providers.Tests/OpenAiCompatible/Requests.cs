using Yardstick.Core.Providers;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

internal static class Requests
{
    public static CompletionRequest Hello { get; } = new() { Messages = [ChatMessage.User("Hello")], MaxTokens = 16 };
}
