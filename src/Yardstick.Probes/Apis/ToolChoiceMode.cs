namespace Yardstick.Probes.Apis;

/// <summary><c>tool_choice</c>: auto, required (Anthropic: any), none, or one named tool.</summary>
public enum ToolChoiceMode
{
    Auto,
    Required,
    None,
    Named,
}
