using Yardstick.Core.Providers;

namespace Yardstick.Evals.Tests.Fakes;

/// <summary>What a <see cref="ScriptedProvider"/> streams for one request, or the exception it throws.</summary>
internal sealed record ScriptedReply(string Content, string? Reasoning = null, TokenUsage? Usage = null, Exception? Failure = null)
{
    public static ScriptedReply Fail(ErrorKind kind) => new("", Failure: new ProviderException(kind, $"scripted {kind}"));
}
