using Yardstick.Core.Providers;
using Yardstick.Measure.Recording;

namespace Yardstick.Measure.Tests.Recording;

internal static class Contexts
{
    public static RecordingContext Default { get; } = new() { RunId = "perf-test", PromptId = "p/0", Sequence = 0 };

    public static CompletionRequest Request { get; } = new() { Messages = [ChatMessage.User("Hi")] };
}
