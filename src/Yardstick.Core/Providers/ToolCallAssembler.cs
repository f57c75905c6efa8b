using System.Text;

namespace Yardstick.Core.Providers;

/// <summary>
/// Joins streamed <see cref="ToolCallDelta"/>s into complete <see cref="ToolCall"/>s. OpenAI streams each call as
/// fragments keyed by <c>index</c>: the first carries the id and name, later ones append to the arguments text.
/// </summary>
public sealed class ToolCallAssembler
{
    private readonly SortedDictionary<int, (string? Id, string? Name, StringBuilder Arguments)> _calls = [];

    public bool HasCalls => _calls.Count > 0;

    public void Add(ToolCallDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        if (!_calls.TryGetValue(delta.Index, out var call))
            call = (null, null, new StringBuilder());
        call.Id ??= string.IsNullOrEmpty(delta.Id) ? null : delta.Id;
        // Some servers repeat the name in every fragment, others send it once: keep the first.
        call.Name ??= string.IsNullOrEmpty(delta.Name) ? null : delta.Name;
        call.Arguments.Append(delta.ArgumentsFragment);
        _calls[delta.Index] = call;
    }

    /// <summary>The calls in index order; a call streamed without an id gets <c>call_{index}</c>, one without a name an empty name.</summary>
    public IReadOnlyList<ToolCall> Calls() =>
        _calls.Select(c => new ToolCall(c.Value.Id ?? $"call_{c.Key}", c.Value.Name ?? "", c.Value.Arguments.ToString())).ToList();
}
