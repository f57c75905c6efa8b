namespace Yardstick.Providers.Http;

/// <summary>One element of a chunk's <c>delta.tool_calls</c>: which call (index), and what of it this chunk carries.</summary>
internal sealed record ToolCallFragment(int Index, string? Id, string? Name, string? Arguments);
