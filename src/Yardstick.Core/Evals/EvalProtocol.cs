namespace Yardstick.Core.Evals;

/// <summary>
/// The sampling protocol of Yardstick's evals: temperature 0 for non-reasoning models (the most likely answer) and 0.6
/// for reasoning models (their vendors' recommended setting; greedy decoding makes them loop), unless the run sets one.
/// </summary>
public static class EvalProtocol
{
    public const double NonReasoningTemperature = 0.0;
    public const double ReasoningTemperature = 0.6;

    /// <summary>The temperature of a run: <paramref name="requested"/> when given, else by the catalog's reasoning flag (unknown = non-reasoning).</summary>
    public static double Temperature(double? requested, bool? reasoning) =>
        requested ?? (reasoning == true ? ReasoningTemperature : NonReasoningTemperature);
}
