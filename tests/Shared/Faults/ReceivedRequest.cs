namespace Yardstick.Testing.Faults;

/// <summary>One request as the fault server read it (the server's log: it keeps the headers, keys included).</summary>
public sealed record ReceivedRequest(int Sequence, string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, FaultKind Kind)
{
    /// <summary>The credential the client sent: the Authorization header, else x-api-key, else empty.</summary>
    public string Credential =>
        Headers.TryGetValue("authorization", out var authorization) ? authorization
        : Headers.TryGetValue("x-api-key", out var key) ? key
        : "";
}
