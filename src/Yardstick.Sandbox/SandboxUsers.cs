namespace Yardstick.Sandbox;

/// <summary>
/// Which user id a run gets. RLIMIT_NPROC counts every task of a user id and does not bind root, so on a root host
/// each concurrent run takes its own unprivileged id from a pool (a fork bomb in one cannot starve another); on a
/// non-root host the program runs as the host user and its process limit is set above the tasks that user already has.
/// </summary>
internal sealed class SandboxUsers(BubblewrapOptions options)
{
    private readonly Lock _lock = new();
    private readonly HashSet<int> _inUse = [];
    // Two hosts' test runs on one machine start at different places in the pool.
    private int _next = Environment.ProcessId % Math.Max(1, options.UserIds);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>A free id of the pool (root hosts), or null to run as the host user.</summary>
    public int? Take()
    {
        if (!IsRoot)
            return null;
        lock (_lock)
        {
            for (var tried = 0; tried < options.UserIds; tried++)
            {
                var id = options.FirstUserId + (_next++ % options.UserIds);
                if (_inUse.Add(id))
                    return id;
            }
        }
        throw new InvalidOperationException($"All {options.UserIds} sandbox user ids are in use.");
    }

    public void Return(int? id)
    {
        if (id is { } taken)
            lock (_lock)
                _inUse.Remove(taken);
    }

    /// <summary>The RLIMIT_NPROC value for a run as <paramref name="userId"/>: the limit itself for a pool id, the host user's current tasks plus the limit otherwise.</summary>
    public int ProcessLimit(int? userId) => userId is null ? TasksOfCurrentUser() + options.Limits.MaxProcesses : options.Limits.MaxProcesses;

    private static int TasksOfCurrentUser()
    {
        var uid = GetUid();
        var tasks = 0;
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(process), out _) || !OwnedBy(process, uid))
                    continue;
                tasks += Directory.EnumerateDirectories(Path.Combine(process, "task")).Count();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being counted.
            }
        }
        return tasks;
    }

    private static bool OwnedBy(string processDirectory, uint uid)
    {
        foreach (var line in File.ReadLines(Path.Combine(processDirectory, "status")))
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
                return line.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, var real, ..] && real == uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return false;
    }

    private static uint GetUid()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
                return uint.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        throw new IOException("/proc/self/status has no Uid line.");
    }
}
