namespace Yardstick.Sandbox;

/// <summary>
/// The bounds of one sandboxed program. CPU, address space, processes, file size and open files are rlimits set before
/// the interpreter starts (hard and soft alike, so the program cannot raise them); the tmpfs sizes bound what it can
/// write at all; the wall clock kills the whole sandbox.
/// </summary>
public sealed record SandboxLimits
{
    public static SandboxLimits Default { get; } = new();

    public int CpuSeconds { get; init; } = 10;
    public long AddressSpaceBytes { get; init; } = 1L << 30;
    /// <summary>Processes and threads the program may run at once (RLIMIT_NPROC, counted for the sandbox's own user id).</summary>
    public int MaxProcesses { get; init; } = 32;
    public long MaxFileSizeBytes { get; init; } = 16L << 20;
    public int MaxOpenFiles { get; init; } = 64;
    /// <summary>Size of each private tmpfs (<c>/tmp</c>, the home folder, <c>/dev/shm</c>).</summary>
    public long TmpfsBytes { get; init; } = 64L << 20;
    public TimeSpan WallClock { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Bytes kept of standard output and of standard error each; the rest is read and discarded.</summary>
    public int MaxOutputBytes { get; init; } = 64 << 10;
}
