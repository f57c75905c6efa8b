using Yardstick.Core.Providers;
using Yardstick.Testing.Faults;

namespace Yardstick.Cli.Tests.Faults;

/// <summary>
/// What every sample of a run against one fault kind must record: the error kind and a phrase of its message; or, for
/// kinds that are odd but answer, success. The expectations follow issue 8 and docs/reliability.md.
/// </summary>
public sealed record FaultCase(FaultKind Kind, ErrorKind Error, string? MessagePhrase)
{
    public bool Succeeds => Error == ErrorKind.None;

    public static IReadOnlyList<FaultCase> All { get; } =
    [
        new(FaultKind.RateLimited, ErrorKind.RateLimited, "HTTP 429"),
        new(FaultKind.ServerError, ErrorKind.ServerError, "HTTP 500"),
        new(FaultKind.ServiceUnavailable, ErrorKind.ServerError, "HTTP 503"),
        new(FaultKind.ResetMidStream, ErrorKind.StreamCut, "reset"),
        new(FaultKind.StallAfterChunks, ErrorKind.IdleTimeout, "no data for 2 s"),
        new(FaultKind.NoHeaders, ErrorKind.FirstByteTimeout, "No response headers within 2 s"),
        new(FaultKind.TruncatedStream, ErrorKind.StreamCut, "ended prematurely"),
        new(FaultKind.MalformedJson, ErrorKind.MalformedEvent, "Malformed event"),
        new(FaultKind.InvalidUtf8, ErrorKind.InvalidUtf8, "UTF-8"),
        new(FaultKind.MissingUsage, ErrorKind.None, null),
        new(FaultKind.EmptyChoices, ErrorKind.EmptyChoices, "empty choices"),
        new(FaultKind.ReasoningOnly, ErrorKind.None, null),
        new(FaultKind.HugeChunk, ErrorKind.None, null),
        new(FaultKind.HtmlWith200, ErrorKind.UnexpectedContentType, "text/html"),
        new(FaultKind.KeyEchoed, ErrorKind.ClientError, "HTTP 401"),
        new(FaultKind.KeyInAnswer, ErrorKind.None, null),
    ];

    /// <summary>The sample recorded what this kind must give, and no text of it holds the key.</summary>
    public void AssertRecordedIn(Core.Runs.SampleRecord sample)
    {
        Assert.Equal(Error, sample.ErrorKind);
        if (MessagePhrase is { } phrase)
            Assert.Contains(phrase, sample.ErrorMessage ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, sample.ErrorMessage ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(Key, sample.AnswerText ?? "", StringComparison.Ordinal);
    }

    public static TheoryData<FaultKind> Kinds() => [.. All.Select(c => c.Kind)];

    public static FaultCase Of(FaultKind kind) => All.Single(c => c.Kind == kind);

    /// <summary>The key the runs send (--api-key-env): no stored or printed text may contain it.</summary>
    public const string Key = "sk-fault-suite-5f3a9c1e7d2b";

    public const string KeyVariable = "YARDSTICK_FAULT_KEY";

    /// <summary>
    /// A run of two samples with two attempts each must end well before the default 60–120 s timeouts could expire even
    /// once per attempt (≥ 240 s for a stall), yet a process start on two loaded cores can take a minute by itself.
    /// </summary>
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(180);
}
