using System.Globalization;

namespace Yardstick.Sandbox;

/// <summary>
/// The command line of one sandboxed run: [setpriv to an unprivileged uid] → bwrap (every namespace unshared, network
/// included; a read-only <c>/usr</c> and its symlinks and nothing else of the host; private size-bounded tmpfs for
/// <c>/tmp</c>, home and <c>/dev/shm</c>; the rest of the root read-only; a cleared environment; its own session; it
/// dies with its parent) → prlimit (hard rlimits) → python3 reading the program from standard input.
/// </summary>
internal static class BwrapCommand
{
    public const string Home = "/home/sandbox";

    public static (string FileName, IReadOnlyList<string> Arguments) Build(BubblewrapOptions options, int? userId, int processLimit)
    {
        var limits = options.Limits;
        var arguments = new List<string>();
        string fileName;
        if (userId is { } uid)
        {
            fileName = options.SetprivPath;
            var id = uid.ToString(CultureInfo.InvariantCulture);
            arguments.AddRange([$"--reuid={id}", $"--regid={id}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", options.BwrapPath]);
        }
        else
            fileName = options.BwrapPath;
        var size = limits.TmpfsBytes.ToString(CultureInfo.InvariantCulture);
        arguments.AddRange(["--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", Home, "--setenv", "LANG", "C.UTF-8",
            "--setenv", "PYTHONHASHSEED", "0", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--ro-bind", "/usr", "/usr"]);
        foreach (var top in new[] { "bin", "sbin", "lib", "lib32", "lib64", "libx32" })
        {
            var path = "/" + top;
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
                arguments.AddRange(["--symlink", target, path]);
            else if (Directory.Exists(path))
                arguments.AddRange(["--ro-bind", path, path]);
        }
        arguments.AddRange(["--proc", "/proc", "--dev", "/dev",
            "--size", size, "--tmpfs", "/dev/shm", "--size", size, "--tmpfs", "/tmp", "--size", size, "--tmpfs", Home,
            "--chdir", "/tmp", "--remount-ro", "/dev", "--remount-ro", "/",
            options.PrlimitPath,
            $"--cpu={limits.CpuSeconds.ToString(CultureInfo.InvariantCulture)}",
            $"--as={limits.AddressSpaceBytes.ToString(CultureInfo.InvariantCulture)}",
            $"--nproc={processLimit.ToString(CultureInfo.InvariantCulture)}",
            $"--fsize={limits.MaxFileSizeBytes.ToString(CultureInfo.InvariantCulture)}",
            $"--nofile={limits.MaxOpenFiles.ToString(CultureInfo.InvariantCulture)}",
            "--core=0", "--",
            options.PythonPath, "-I", "-B", "-"]);
        return (fileName, arguments);
    }
}
