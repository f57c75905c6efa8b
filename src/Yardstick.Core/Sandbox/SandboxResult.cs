namespace Yardstick.Core.Sandbox;

/// <summary>
/// How one sandboxed program ended. <see cref="Passed"/> only for a clean exit 0 inside every limit; a program killed by
/// the wall clock (<see cref="TimedOut"/>), by a signal (CPU limit, fork refusal, memory) or that exited non-zero failed.
/// Output is kept up to a bound (<see cref="OutputTruncated"/> says when more was discarded).
/// </summary>
public sealed record SandboxResult(int ExitCode, bool TimedOut, string Stdout, string Stderr, TimeSpan WallTime, bool OutputTruncated = false)
{
    public bool Passed => ExitCode == 0 && !TimedOut;

    /// <summary>One line for a sample's details: pass, the exit code, or the timeout.</summary>
    public string Verdict => TimedOut ? $"timed out after {WallTime.TotalSeconds:0.0} s" : ExitCode == 0 ? "passed" : $"exit code {ExitCode}";
}
