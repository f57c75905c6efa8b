using System.Collections.Concurrent;
using Yardstick.Measure.Tests.Workloads.Sessions;

namespace Yardstick.Measure.Tests.Workloads.MultiTurn;

/// <summary>
/// A simulated prefix cache: the server remembers every message prefix it has read and every conversation it has
/// answered (with its own answer appended), and answers fast when all but the request's last message is such a prefix,
/// slowly otherwise; without the cache, every request takes the slow time's average of the two, whatever was sent.
/// </summary>
internal sealed class PrefixCacheServer(bool cache)
{
    public static readonly TimeSpan Hit = TimeSpan.FromMilliseconds(5);
    public static readonly TimeSpan Miss = TimeSpan.FromMilliseconds(60);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public ChatReply Respond(ServedChat chat)
    {
        var keys = Keys(chat.Messages);
        var hit = chat.Messages.Count > 1 && _seen.ContainsKey(keys[^2]);
        string[] chunks = [" answer", $" {chat.Index}", " ends", " here"];
        foreach (var key in keys)
            _seen.TryAdd(key, true);
        _seen.TryAdd(keys[^1] + Key("assistant", string.Concat(chunks)), true);
        return new ChatReply(!cache ? (Hit + Miss) / 2 : hit ? Hit : Miss, chunks);
    }

    private static List<string> Keys(IReadOnlyList<(string Role, string Content)> messages)
    {
        var keys = new List<string>(messages.Count);
        var prefix = "";
        foreach (var (role, content) in messages)
            keys.Add(prefix += Key(role, content));
        return keys;
    }

    private static string Key(string role, string content) => $"{role}\u0001{content}\u0002";
}
