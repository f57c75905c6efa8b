namespace Yardstick.Measure.Tests.Workloads.Sessions;

/// <summary>How the conversation server answers one request: after a first-token delay, chunks a gap apart; or an error status.</summary>
public sealed record ChatReply(TimeSpan FirstTokenDelay, IReadOnlyList<string> Chunks)
{
    public TimeSpan ChunkGap { get; init; }

    public int? ErrorStatus { get; init; }

    public string ErrorBody { get; init; } = "";

    public static ChatReply Error(int status, string body) => new(TimeSpan.Zero, []) { ErrorStatus = status, ErrorBody = body };
}
