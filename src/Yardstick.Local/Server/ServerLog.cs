using Microsoft.Extensions.Logging;

namespace Yardstick.Local.Server;

internal static partial class ServerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Client disconnected during a chat completion; its sequence was freed")]
    public static partial void ClientDisconnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat completion failed ({Kind}): {Reason}")]
    public static partial void CompletionFailed(ILogger logger, string kind, string reason);
}
