namespace Yardstick.Providers.Http;

/// <summary>Where a request is, so that a timeout can be named by the phase it struck.</summary>
internal enum RequestPhase
{
    AwaitingHeaders,
    Streaming,
}
