namespace Yardstick.Sandbox;

/// <summary>Where the tools are (absolute paths: nothing is looked up on PATH) and the limits of each program.</summary>
public sealed record BubblewrapOptions
{
    public string BwrapPath { get; init; } = "/usr/bin/bwrap";
    /// <summary>The system interpreter (Debian's <c>/usr/bin/python3</c>), visible inside through the read-only <c>/usr</c>; never a shim outside <c>/usr</c>.</summary>
    public string PythonPath { get; init; } = "/usr/bin/python3";
    public string PrlimitPath { get; init; } = "/usr/bin/prlimit";
    /// <summary>Drops root to an unprivileged user id before bubblewrap starts (RLIMIT_NPROC does not bind root).</summary>
    public string SetprivPath { get; init; } = "/usr/bin/setpriv";
    /// <summary>First of the user ids a root host runs sandboxes as; each concurrent program gets its own, so one program's fork bomb cannot use up another's process limit.</summary>
    public int FirstUserId { get; init; } = 61000;
    public int UserIds { get; init; } = 1000;
    public SandboxLimits Limits { get; init; } = SandboxLimits.Default;
}
