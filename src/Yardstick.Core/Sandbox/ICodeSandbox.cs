namespace Yardstick.Core.Sandbox;

/// <summary>
/// Runs an untrusted Python program (model-written code) away from the host: no network, no access to the host's
/// files, bounded CPU, memory, processes, file size and wall-clock time. Implementations never fall back to running
/// on the host: when they cannot isolate, <see cref="CheckAsync"/> says why and <see cref="RunAsync"/> throws
/// <see cref="SandboxUnavailableException"/>.
/// </summary>
public interface ICodeSandbox
{
    /// <summary>A short description of the isolation and its limits, stored with runs that use it.</summary>
    string Describe { get; }

    /// <summary>Null when programs can run isolated here; otherwise the reason they cannot (what is missing, what to install).</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="program"/> (Python source, read from standard input by the interpreter) to its end or its limits.</summary>
    Task<SandboxResult> RunAsync(string program, CancellationToken cancellationToken = default);
}
