namespace Yardstick.Core.Runs;

/// <summary>The kinds of job Yardstick runs against an endpoint.</summary>
public enum RunKind
{
    Perf,
    Eval,
    Probe,
    /// <summary>An LLM judge grading the answers of one eval run: one sample per judgement, linked to the judged sample.</summary>
    Judge,
}
