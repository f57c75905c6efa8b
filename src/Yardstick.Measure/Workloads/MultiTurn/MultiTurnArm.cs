namespace Yardstick.Measure.Workloads.MultiTurn;

/// <summary>The two requests of a turn, as stored in each sample's <c>arm</c> detail.</summary>
public static class MultiTurnArm
{
    /// <summary>The conversation itself: the shared system prompt and the session's real history.</summary>
    public const string Cached = "cached";

    /// <summary>The control: every message replaced by fresh random text of the same length, so no prefix was seen.</summary>
    public const string Fresh = "fresh";
}
