namespace Yardstick.Core.Catalog;

/// <summary>The capability names the catalog and the pages understand, in display order.</summary>
public static class KnownCapabilities
{
    public const string Vision = "vision";
    public const string Multimodal = "multimodal";
    public const string Reasoning = "reasoning";
    public const string FunctionCalling = "function_calling";
    public const string ToolUse = "tool_use";
    public const string StructuredOutput = "structured_output";
    public const string CodeExecution = "code_execution";
    public const string JsonMode = "json_mode";
    public const string Streaming = "streaming";

    public static IReadOnlyList<string> All { get; } =
        [Vision, Multimodal, Reasoning, FunctionCalling, ToolUse, StructuredOutput, JsonMode, CodeExecution, Streaming];

    public static string DisplayName(string capability) => capability switch
    {
        Vision => "Vision (image input)",
        Multimodal => "Multimodal",
        Reasoning => "Reasoning",
        FunctionCalling => "Function calling",
        ToolUse => "Tool use",
        StructuredOutput => "Structured outputs",
        CodeExecution => "Code execution",
        JsonMode => "JSON mode",
        Streaming => "Streaming",
        _ => capability,
    };
}
