using System.Diagnostics;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Tests.Fakes;

/// <summary>
/// A provider that plays an agent: for each request, <paramref name="decide"/> sees the messages so far and returns
/// either function calls (streamed as fragments, the arguments split in two) or a text reply. Records every request.
/// </summary>
internal sealed class ToolCallingAgent(Func<IReadOnlyList<ChatMessage>, (IReadOnlyList<ToolCall> Calls, string Text)> decide) : ICompletionProvider
{
    private readonly List<CompletionRequest> _requests = [];

    public string Describe => "tool-calling agent";
    public IReadOnlyList<CompletionRequest> Requests => _requests;

    /// <summary>The decision for a list of messages, for agents that delegate to another agent's rule.</summary>
    public (IReadOnlyList<ToolCall> Calls, string Text) Decide(IReadOnlyList<ChatMessage> messages) => decide(messages);

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        lock (_requests)
            _requests.Add(request);
        await Task.Yield();
        yield return new RequestStarted(Stopwatch.GetTimestamp());
        yield return new ResponseStarted(Stopwatch.GetTimestamp(), 200);
        var (calls, text) = decide(request.Messages);
        for (var i = 0; i < calls.Count; i++)
        {
            var half = calls[i].ArgumentsJson.Length / 2;
            yield return new ToolCallDelta(Stopwatch.GetTimestamp(), i, calls[i].Id, calls[i].Name, calls[i].ArgumentsJson[..half]);
            yield return new ToolCallDelta(Stopwatch.GetTimestamp(), i, null, null, calls[i].ArgumentsJson[half..]);
        }
        if (text.Length > 0)
            yield return new TokenDelta(Stopwatch.GetTimestamp(), text, null);
        yield return new Finished(Stopwatch.GetTimestamp(), calls.Count > 0 ? "tool_calls" : "stop");
    }
}
