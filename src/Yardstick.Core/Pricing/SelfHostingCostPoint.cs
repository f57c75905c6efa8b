namespace Yardstick.Core.Pricing;

/// <summary>The measured self-hosting cost at one load level (one perf run): a point of the cost-vs-load curve.</summary>
public sealed record SelfHostingCostPoint(
    string RunId,
    double? Load,
    double OutputTokensPerSecond,
    double PrefillTokensPerSecond,
    UsdPerMillionTokens? Input,
    UsdPerMillionTokens? Output,
    UsdPerMillionTokens? Blended,
    bool WithinSlo);
