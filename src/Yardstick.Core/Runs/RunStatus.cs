namespace Yardstick.Core.Runs;

public enum RunStatus
{
    Running,
    Completed,
    /// <summary>Stopped before the end (Ctrl-C, kill); an eval run resumes from its stored samples.</summary>
    Interrupted,
    Failed,
}
