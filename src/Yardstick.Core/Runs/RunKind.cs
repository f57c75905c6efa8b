namespace Yardstick.Core.Runs;

/// <summary>The three kinds of job Yardstick runs against an endpoint.</summary>
public enum RunKind
{
    Perf,
    Eval,
    Probe,
}
