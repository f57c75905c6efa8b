using LLama.Native;

namespace Yardstick.Local.Inference;

/// <summary>One request made ready for the decode loop: the prompt's tokens and how to sample and stop.</summary>
internal sealed record GenerationPlan(
    LLamaToken[] PromptTokens,
    int MaxTokens,
    float Temperature,
    uint Seed,
    IReadOnlyList<string> Stop,
    bool IgnoreEos,
    bool StartsInThink);
