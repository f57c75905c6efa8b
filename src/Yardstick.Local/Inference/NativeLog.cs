using System.Collections.Concurrent;
using LLama.Native;

namespace Yardstick.Local.Inference;

/// <summary>
/// Keeps llama.cpp's log off the console (it writes to stderr by default) and remembers its recent warnings and errors,
/// so that a load failure can say what the native loader complained about. The native log callback is process-wide by
/// nature, hence this one static sink.
/// </summary>
internal static class NativeLog
{
    private const int Capacity = 16;
    private static readonly ConcurrentQueue<string> Recent = new();
    private static readonly Lock Gate = new();
    private static bool _installed;
    private static LLamaLogLevel _lastLevel;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
                return;
            NativeLogConfig.llama_log_set(OnMessage);
            _installed = true;
        }
    }

    /// <summary>The last warnings and errors, one per line (empty when there were none).</summary>
    public static string RecentProblems => string.Join(" ", Recent.Select(m => m.Trim()).Where(m => m.Length > 0));

    public static void Clear() => Recent.Clear();

    private static void OnMessage(LLamaLogLevel level, string message)
    {
        // Continue lines extend the previous message; keep them only when that one was a problem.
        var effective = level == LLamaLogLevel.Continue ? _lastLevel : level;
        if (level != LLamaLogLevel.Continue)
            _lastLevel = level;
        if (effective is not (LLamaLogLevel.Warning or LLamaLogLevel.Error))
            return;
        Recent.Enqueue(message);
        while (Recent.Count > Capacity)
            Recent.TryDequeue(out _);
    }
}
